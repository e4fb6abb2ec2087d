package org.cityframework.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cityframework.core.CityProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the answers of a survey read: one column at a time, each answer in a row of its own. */
class AnswersTest {
  @TempDir Path dir;

  /** Imports one column of answers; gives each row's value of the fact, or its problem. */
  private List<String> answers(String column, String fact, String extra, String... cells)
      throws IOException {
    SurveyMapping mapping =
        SurveyMapping.parse(
            "set: {/country: GB, /assessedOn: \"2026-03-31\"}\n"
                + "columns:\n"
                + "  - {column: City, fact: /name}\n"
                + "  - column: "
                + column
                + "\n    fact: "
                + fact
                + "\n"
                + extra);
    StringBuilder csv = new StringBuilder("City," + column + "\n");
    for (String c : cells) {
      csv.append("C,\"").append(c.replace("\"", "\"\"")).append("\"\n");
    }
    Path file = dir.resolve("a.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    SurveyImport.of(mapping)
        .read(
            file,
            row -> {
              if (row.profile().isPresent()) {
                out.add(value(row.profile().get(), fact));
              } else {
                out.add("problem: " + row.problems().get(0).message());
              }
            });
    return out;
  }

  private static String value(CityProfile p, String fact) {
    return org.cityframework.json.DocumentFormat.JSON
        .writeProfile(p)
        .lines()
        .filter(l -> l.contains("\"" + fact.substring(fact.lastIndexOf('/') + 1) + "\""))
        .map(l -> l.substring(l.indexOf(':') + 1).strip().replaceAll(",$", ""))
        .findFirst()
        .orElse("unknown");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "312,000 | 312000",
        "86 500 | 86500",
        "1'200 | 1200",
        "1.2m | 1200000",
        "12k | 12000",
        "  4 000  | 4000",
        "1,2,3 | problem: \"1,2,3\" is not a number",
        "4.5 | problem: \"4.5\" is not a whole number",
        "about 300 | problem: \"about 300\" is not a number",
        "Don't know | unknown",
        "'' | unknown"
      })
  void whole_numbers_read_with_separators_and_scales(String answer, String expected)
      throws IOException {
    assertThat(answers("Population", "/population", "", answer)).containsExactly(expected);
  }

  @Test
  void amounts_read_in_the_column_s_currency_and_with_a_decimal_comma_when_told()
      throws IOException {
    String euros =
        "    currency: EUR\n    set: {/funding/budgetLines/0/year: 2025,"
            + " /funding/budgetLines/0/currency: EUR}\n";
    assertThat(
            answers(
                "Budget", "/funding/budgetLines/0/amount", euros, "€450,000", "EUR 1,200.50", "$5"))
        .containsExactly(
            "450000",
            "1200.50",
            "problem: \"$5\" is in another currency ($) than the column's (EUR);"
                + " convert it, or map it to a fact of its own");
    assertThat(
            answers(
                "Budget",
                "/funding/budgetLines/0/amount",
                euros + "decimal: \",\"\n",
                "1.200.000,50 €"))
        .containsExactly("1200000.50");
  }

  @Test
  void percentages_read_with_or_without_a_percent_sign() throws IOException {
    assertThat(
            answers(
                "Share", "/dataStrategy/machineReadableDataSetsPercent", "", "45%", "45", "145 %"))
        .containsExactly(
            "45",
            "45",
            "problem: the share of published data sets that are machine-readable is a percentage"
                + " from 0 to 100 (found 145)");
  }

  @Test
  void choices_read_from_their_values_or_their_own_words() throws IOException {
    assertThat(
            answers(
                "Reach",
                "/culture/innovationReach",
                "    values: {Everywhere: ALL_AGENCIES}\n",
                "Everywhere",
                "some agencies",
                "MOST_AGENCIES",
                "a few"))
        .containsExactly(
            "\"ALL_AGENCIES\"",
            "\"SOME_AGENCIES\"",
            "\"MOST_AGENCIES\"",
            "problem: \"a few\" is not one of the answers of this question (\"everywhere\") nor one"
                + " of its constants (NONE, INNOVATION_TEAM_ONLY, SOME_AGENCIES, MOST_AGENCIES,"
                + " ALL_AGENCIES); map it under values: in the mapping");
  }

  @Test
  void dates_read_strictly_in_the_survey_s_format() throws IOException {
    assertThat(
            answers(
                "Adopted",
                "/strategy/adoptedOn",
                "    dates: d MMM yyyy\n",
                "3 Feb 2025",
                "29 Feb 2025",
                "2025-02-03"))
        .containsExactly(
            "\"2025-02-03\"",
            "problem: \"29 Feb 2025\" is not a date in the survey's format (d MMM yyyy)",
            "problem: \"2025-02-03\" is not a date in the survey's format (d MMM yyyy)");
  }

  @Test
  void list_items_are_closed_up_and_problems_name_the_mapping_s_item() throws IOException {
    SurveyMapping mapping =
        SurveyMapping.parse(
            "set: {/country: GB, /assessedOn: \"2026-03-31\"}\n"
                + "columns:\n"
                + "  - {column: City, fact: /name}\n"
                + "  - {column: Goal 1, fact: /strategy/goals/0/description}\n"
                + "  - {column: Goal 3, fact: /strategy/goals/2/description}\n"
                + "  - {column: Goal 3 target year, fact: /strategy/goals/2/targetYear}\n");
    Path file = dir.resolve("goals.csv");
    Files.writeString(
        file,
        "City,Goal 1,Goal 3,Goal 3 target year\nA,Cut waits,Cleaner air,2030\nB,,Less,1800\n");
    List<ImportedRow> rows = new ArrayList<>();

    SurveyImport.of(mapping).read(file, rows::add);

    assertThat(rows.get(0).profile().orElseThrow().strategy().goals())
        .extracting(g -> g.description())
        .containsExactly("Cut waits", "Cleaner air");
    assertThat(rows.get(1).problems())
        .extracting(SurveyProblem::toString)
        .singleElement()
        .asString()
        .startsWith("row 3, column \"Goal 3 target year\" (/strategy/goals/2/targetYear): ");
  }

  @Test
  void a_fact_set_in_every_row_is_set_in_a_list_item_only_where_the_row_has_the_item()
      throws IOException {
    SurveyMapping mapping =
        SurveyMapping.parse(
            "set: {/country: GB, /assessedOn: \"2026-03-31\", /surveyWave: 2026,"
                + " /funding/budgetLines/0/currency: EUR, /funding/budgetLines/0/year: 2025}\n"
                + "columns:\n"
                + "  - {column: City, fact: /name}\n"
                + "  - {column: Budget, fact: /funding/budgetLines/0/amount}\n");
    Path file = dir.resolve("budget.csv");
    Files.writeString(file, "City,Budget\nA,\"450,000\"\nB,\n");
    List<ImportedRow> rows = new ArrayList<>();

    SurveyImport.of(mapping).read(file, rows::add);

    assertThat(rows.get(0).profile().orElseThrow().funding().budgetLines())
        .singleElement()
        .satisfies(l -> assertThat(l.year()).isEqualTo(2025));
    CityProfile b = rows.get(1).profile().orElseThrow();
    assertThat(b.funding().budgetLines()).isEmpty();
    assertThat(b.surveyWave()).hasValue(2026);
  }

  @Test
  void file_names_come_from_the_city_and_stay_in_the_folder() {
    ProfileFileNames names = new ProfileFileNames();
    CityProfile sao =
        CityProfile.builder()
            .name("São Paulo")
            .country("BR")
            .assessedOn(java.time.LocalDate.of(2026, 1, 1))
            .build();

    assertThat(names.next(sao, 2)).isEqualTo("sao-paulo.json");
    assertThat(names.next(sao, 3)).isEqualTo("sao-paulo-2.json");
    assertThat(names.next(sao.withName("../../etc/passwd"), 4)).isEqualTo("etc-passwd.json");
    assertThat(names.next(sao.withName("東京"), 5)).isEqualTo("row-5.json");
  }
}
