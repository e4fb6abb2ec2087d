package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class OutcomeTableTest {

  @Test
  void reads_outcomes_per_city_with_blank_cells_as_missing_values() {
    OutcomeTable table =
        OutcomeTable.read(
            "City, Country ,resident satisfaction,safety (%)\n"
                + "Lyon,FR,7.5,\n"
                + " \"Porto\" ,PT,-0.25,1e2\n"
                + "Graz,,,63\n");
    assertThat(table.outcomes()).containsExactly("resident satisfaction", "safety (%)");
    assertThat(table.hasCountryColumn()).isTrue();
    assertThat(table.rows()).hasSize(3);
    OutcomeRow lyon = table.rows().get(0);
    assertThat(lyon.row()).isEqualTo(2);
    assertThat(lyon.country()).contains("FR");
    assertThat(lyon.value("resident satisfaction")).isEqualTo(OptionalDouble.of(7.5));
    assertThat(lyon.value("safety (%)")).isEmpty();
    assertThat(table.rows().get(1).city()).isEqualTo("Porto");
    assertThat(table.rows().get(1).value("safety (%)")).isEqualTo(OptionalDouble.of(100));
    assertThat(table.rows().get(2).country()).isEmpty();
  }

  @Test
  void lists_every_problem_with_its_row_and_column() {
    InvalidDocumentException e =
        catchInvalid(
            "city,resident satisfaction,safety\n"
                + "Lyon,7.5,abc\n"
                + "Porto,1\n"
                + "Lyon,6,7\n"
                + ",3,4\n"
                + "Graz,\"7,5\",NA\n");
    assertThat(e.problems())
        .extracting(DocumentProblem::pointer)
        .containsExactly("/2/3", "/3", "/4/1", "/5/1", "/6/2", "/6/3");
    assertThat(e.problems().get(0).message())
        .startsWith("row 2, column \"safety\": not a number")
        .contains("leave the cell blank for a missing value");
    assertThat(e.problems().get(1).message()).isEqualTo("row 3: 2 cells where the header has 3");
    assertThat(e.problems().get(2).message()).contains("the same city as row 2");
    assertThat(e.problems().get(3).message()).isEqualTo("row 5: no city named");
  }

  @Test
  void refuses_a_header_without_a_city_or_with_bad_or_repeated_names() {
    InvalidDocumentException e = catchInvalid("town,safety,Safety,<b>x</b>,\nLyon,1,2,3,4\n");
    assertThat(e.problems())
        .extracting(DocumentProblem::message)
        .containsExactly(
            "row 1, column 3: the column name is also that of column 2; each column needs its own"
                + " name",
            "row 1, column 4: an outcome's name is 1 to 60 letters, digits, spaces and - _ . ( ) %"
                + " /, starting with a letter or digit",
            "row 1, column 5: the column has no name",
            "row 1: the header has no city column");
    assertThat(catchInvalid("city,country\nLyon,FR\n").problems().get(0).message())
        .isEqualTo("row 1: the header names no outcome column");
    assertThat(catchInvalid("").problems().get(0).pointer()).isEmpty();
  }

  @Test
  void refuses_what_is_not_csv_and_says_so_for_semicolons() {
    assertThat(catchInvalid("city,safety\nLyon,1\n\"Porto,2\n").problems())
        .extracting(DocumentProblem::toString)
        .containsExactly("/3: row 3: not readable as CSV");
    assertThat(catchInvalid("city;safety\nLyon;1\n").problems())
        .extracting(DocumentProblem::message)
        .last()
        .isEqualTo(
            "row 1: the header has no city column; columns are separated by commas, not"
                + " semicolons");
  }

  @Test
  void ignores_a_byte_order_mark_and_blank_lines() {
    OutcomeTable table = OutcomeTable.read("\uFEFFcity,safety\n\nLyon,1\n");
    assertThat(table.rows()).extracting(OutcomeRow::city).containsExactly("Lyon");
  }

  @Test
  void refuses_a_file_with_too_many_rows() {
    StringBuilder csv = new StringBuilder("city,safety\n");
    for (int i = 0; i < OutcomeTable.MAX_ROWS; i++) {
      csv.append('c').append(i).append(",1\n");
    }
    assertThat(catchInvalid(csv.toString()).problems().get(0).message())
        .isEqualTo("row 20001: the file has more than 20000 rows");
  }

  @Test
  void a_row_belongs_to_the_city_of_the_same_name_and_country() {
    OutcomeTable table =
        OutcomeTable.read(
            "city,country,safety\nValencia,ES,1\nValencia,VE,2\nLyon,,3\nGraz,AT,4\n");
    assertThat(table.rowFor(city("Valencia", "VE")).orElseThrow().row()).isEqualTo(3);
    assertThat(table.rowFor(city("Lyon", "FR")).orElseThrow().row()).isEqualTo(4);
    assertThat(table.rowFor(city("Graz", "DE"))).isEmpty();
    assertThat(table.rowFor(city("lyon", "FR"))).isEmpty();
    OutcomeTable noCountry = OutcomeTable.read("city,safety\nValencia,1\n");
    assertThat(noCountry.rowFor(city("Valencia", "VE"))).isPresent();
  }

  private static CityProfile city(String name, String country) {
    return CityProfile.builder()
        .name(name)
        .country(country)
        .assessedOn(LocalDate.of(2026, 3, 1))
        .build();
  }

  private static InvalidDocumentException catchInvalid(String csv) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> OutcomeTable.read(csv));
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
