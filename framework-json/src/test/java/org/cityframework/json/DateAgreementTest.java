package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader and the profile's JSON Schema agree on every date of a profile: the same texts are
 * dates for both (YYYY-MM-DD, a four-digit year, a day the month has), and the reader writes back
 * what it read.
 */
class DateAgreementTest {
  private static final ProfileSchema SCHEMA = ProfileSchema.load();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Texts at the edges of what a date is, with whether it is one. */
  static final List<Object[]> TEXTS =
      List.of(
          new Object[] {"2026-03-31", true},
          new Object[] {"2024-02-29", true},
          new Object[] {"2000-02-29", true},
          new Object[] {"0000-01-01", true},
          new Object[] {"9999-12-31", true},
          new Object[] {"1900-02-28", true},
          new Object[] {"+12026-03-31", false},
          new Object[] {"+2026-03-31", false},
          new Object[] {"-2026-03-31", false},
          new Object[] {"10000-01-01", false},
          new Object[] {"2026-02-29", false},
          new Object[] {"1900-02-29", false},
          new Object[] {"2026-04-31", false},
          new Object[] {"2026-00-10", false},
          new Object[] {"2026-13-01", false},
          new Object[] {"2026-01-00", false},
          new Object[] {"2026-3-31", false},
          new Object[] {"2026-03-1", false},
          new Object[] {"226-03-31", false},
          new Object[] {"2026-03-31T00:00", false},
          new Object[] {"2026-03-31T00:00:00Z", false},
          new Object[] {"2026-03-31Z", false},
          new Object[] {" 2026-03-31", false},
          new Object[] {"2026-03-31 ", false},
          new Object[] {"2026-03-31\n", false},
          new Object[] {"2026/03/31", false},
          new Object[] {"20260331", false},
          new Object[] {"2026-W13-2", false},
          new Object[] {"2026-090", false},
          new Object[] {"\u0662\u0660\u0662\u0666-03-31", false}, // Arabic-Indic digits
          new Object[] {"\uff12\uff10\uff12\uff16-03-31", false}, // full-width digits
          new Object[] {"", false});

  /** Every date fact of a profile, and the profile that holds it (assessed on 9999-12-31). */
  private static final List<String> FIELDS =
      List.of(
          "/assessedOn",
          "/strategy/adoptedOn",
          "/staff/teamEstablishedOn",
          "/sources/0/accessedOn");

  @Test
  void the_fields_are_every_date_of_the_model() {
    assertThat(ModelFacts.pointers(v -> v == LocalDate.class))
        .containsExactlyInAnyOrderElementsOf(FIELDS);
  }

  @Test
  void the_reader_says_why_a_date_of_the_right_shape_is_not_one() {
    assertThat(problem("2026-02-29")).contains("February has 28 days in 2026");
    assertThat(problem("2026-13-01")).contains("there is no month 13");
    assertThat(problem("+12026-03-31")).contains("expected a date as YYYY-MM-DD");
  }

  private static String problem(String date) {
    try {
      DocumentFormat.JSON.readProfile(profile("/assessedOn", "\"" + date + "\""));
      throw new AssertionError("read " + date);
    } catch (InvalidDocumentException e) {
      return e.problems().get(0).message();
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : FIELDS) {
      for (Object[] t : TEXTS) {
        cases.add(Arguments.of(field, t[0], t[1]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = \"{1}\": {2}")
  @MethodSource("cases")
  void the_reader_and_the_schema_agree_on_a_date(String field, String text, boolean isDate) {
    String document = profile(field, JSON.writeValueAsString(text));
    boolean schema = SCHEMA.validate(JSON.readTree(document)).isEmpty();
    boolean json = reads(DocumentFormat.JSON, document);
    boolean yaml = reads(DocumentFormat.YAML, document);
    assertThat(schema).as("the schema accepts " + document).isEqualTo(isDate);
    assertThat(json).as("the JSON reader accepts " + document).isEqualTo(isDate);
    assertThat(yaml).as("the YAML reader accepts " + document).isEqualTo(isDate);
    if (isDate) {
      assertThat(DocumentFormat.JSON.writeProfile(DocumentFormat.JSON.readProfile(document)))
          .contains("\"" + text + "\"");
      assertThat(LocalDate.parse(text).toString()).isEqualTo(text);
    }
  }

  /** A profile holding the text at a date field; the others dated so that any date may be set. */
  private static String profile(String field, String date) {
    String assessedOn = field.equals("/assessedOn") ? date : "\"9999-12-31\"";
    String head =
        "{\"schemaVersion\": \"1.1\", \"name\": \"Riverton\", \"country\": \"GB\","
            + " \"assessedOn\": "
            + assessedOn;
    return switch (field) {
      case "/assessedOn" -> head + "}";
      case "/strategy/adoptedOn" ->
          head + ", \"strategy\": {\"status\": \"ADOPTED\", \"adoptedOn\": " + date + "}}";
      case "/staff/teamEstablishedOn" ->
          head + ", \"staff\": {\"teamEstablishedOn\": " + date + "}}";
      case "/sources/0/accessedOn" ->
          head + ", \"sources\": [{\"title\": \"t\", \"accessedOn\": " + date + "}]}";
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static boolean reads(DocumentFormat format, String document) {
    try {
      format.readProfile(document);
      return true;
    } catch (InvalidDocumentException e) {
      return false;
    }
  }
}
