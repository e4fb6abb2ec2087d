package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.ReportedAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link DocumentFormat#readAssessment} (and so {@code diff}) reads of an assessment document:
 * every score, coverage, floor and ceiling is a finite number from 0 to 100, and the city's date is
 * a date, in JSON and in YAML; anything else is a problem at its pointer.
 */
class ReportedAssessmentReaderTest {
  /** Riverton's assessment, as {@code assess --format json} writes it. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String RIVERTON =
      DocumentFormat.JSON.writeAssessment(
          Assessor.standard()
              .assess(
                  DocumentFormat.JSON.readProfile(
                      Path.of("..", "examples", "cities", "riverton.json"))));

  /** Numbers a score cannot be, as YAML writes them (JSON cannot write the first ones). */
  static final List<String> NOT_PERCENTAGES =
      List.of(
          ".nan",
          ".inf",
          "-.inf",
          ".NaN",
          "1e999999",
          "-1e999999",
          "101",
          "100.0001",
          "-0.1",
          "\"50\"",
          "true");

  /** The places of the numbers: the overall score's four, and one of a recommendation's. */
  static final List<String> PLACES =
      List.of(
          "/scores/overall/score",
          "/scores/overall/coverage",
          "/scores/overall/floor",
          "/scores/overall/ceiling",
          "/scores/byRecommendation/R3/coverage");

  static Stream<Arguments> badNumbers() {
    List<Arguments> cases = new ArrayList<>();
    for (String place : PLACES) {
      for (String number : NOT_PERCENTAGES) {
        cases.add(Arguments.of(place, number));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badNumbers")
  void a_score_that_is_not_a_finite_number_from_0_to_100_is_refused_at_its_pointer(
      String pointer, String number) {
    String yaml = with(pointer, number);
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(DocumentFormat.YAML, yaml));
    assertThat(e).as(number).isNotNull();
    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(pointer);
    assertThat(e.problems().get(0).message()).contains("from 0 to 100");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e999999", "-1e999999", "1e999999999", "101", "-1"})
  void json_numbers_out_of_range_are_refused_too(String number) {
    String json = with("/scores/overall/coverage", number);
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(DocumentFormat.JSON, json));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(DocumentProblem::pointer).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"JSON", "YAML"})
  void a_number_beyond_the_parser_limits_anywhere_is_a_problem_at_its_pointer(String format) {
    // Found by ReportedAssessmentFuzzTest: the parser's NumberFormatException escaped JsonTrees.
    String document = RIVERTON.replaceFirst("\"weight\": \\d+", "\"weight\": 18e-999999999183");
    assertThat(document).isNotEqualTo(RIVERTON);
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class, () -> read(DocumentFormat.valueOf(format), document));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(DocumentProblem::pointer)
        .containsExactly("/findings/0/weight");
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void scores_at_0_and_100_are_read() {
    for (String number : List.of("0", "100", "0.0", "100.0", "1e-999999999")) {
      ReportedAssessment read = read(DocumentFormat.YAML, with("/scores/overall/coverage", number));
      assertThat(read.scores().get("overall").coverage()).isBetween(0.0, 100.0);
    }
  }

  @Test
  void riverton_reads_as_it_was_written() {
    ReportedAssessment read = read(DocumentFormat.JSON, RIVERTON);
    assertThat(read.city().name()).isEqualTo("Riverton");
    assertThat(read.scores()).containsKey("overall");
    assertThat(read(DocumentFormat.YAML, RIVERTON)).isEqualTo(read);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "+12026-03-31",
        "10000-01-01",
        "2026-02-29",
        "2026-3-31",
        "2026-03-31T00:00",
        " 2026-03-31",
        "\u0662\u0660\u0662\u0666-03-31",
        ""
      })
  void a_city_date_that_is_not_yyyy_mm_dd_is_refused(String date) {
    String json =
        RIVERTON.replace("\"assessedOn\": \"2026-03-31\"", "\"assessedOn\": \"" + date + "\"");
    assertThat(json).isNotEqualTo(RIVERTON);
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(DocumentFormat.JSON, json));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(DocumentProblem::pointer)
        .containsExactly("/city/assessedOn");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0000-01-01", "2024-02-29", "9999-12-31"})
  void a_city_date_of_four_digits_is_read(String date) {
    String json =
        RIVERTON.replace("\"assessedOn\": \"2026-03-31\"", "\"assessedOn\": \"" + date + "\"");
    assertThat(read(DocumentFormat.JSON, json).city().assessedOn()).isEqualTo(date);
  }

  /** The committed schema of the assessment document, formats asserted as the library does. */
  private static final Schema SCHEMA =
      SchemaRegistry.withDialect(
              Dialects.getDraft202012(),
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(
              ReportedAssessmentReaderTest.class.getResourceAsStream(
                  "/org/cityframework/json/schema/assessment.schema.json"),
              InputFormat.JSON);

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "2026-03-31",
        "0000-01-01",
        "2024-02-29",
        "9999-12-31",
        "+12026-03-31",
        "10000-01-01",
        "2026-02-29",
        "2026-3-31",
        "2026-03-31T00:00",
        " 2026-03-31",
        "2026-03-31 ",
        "\u0662\u0660\u0662\u0666-03-31",
        ""
      })
  void the_reader_and_the_assessment_schema_agree_on_the_city_date(String date) {
    String json =
        RIVERTON.replace("\"assessedOn\": \"2026-03-31\"", "\"assessedOn\": \"" + date + "\"");
    boolean schema = SCHEMA.validate(JSON.readTree(json)).isEmpty();
    boolean reader;
    try {
      read(DocumentFormat.JSON, json);
      reader = true;
    } catch (InvalidDocumentException e) {
      reader = false;
    }
    assertThat(reader).as("the reader accepts \"" + date + "\"").isEqualTo(schema);
  }

  @Test
  void the_schema_accepts_riverton_as_written() {
    assertThat(SCHEMA.validate(JSON.readTree(RIVERTON))).isEmpty();
  }

  /** Riverton's assessment with {@code value} written as is at {@code pointer}. */
  static String with(String pointer, String value) {
    String[] steps = pointer.substring(1).split("/");
    int at = 0;
    for (int i = 0; i < steps.length - 1; i++) {
      at = RIVERTON.indexOf("\"" + steps[i] + "\": {", at);
      assertThat(at).as(steps[i]).isNotNegative();
    }
    String key = "\"" + steps[steps.length - 1] + "\": ";
    int start = RIVERTON.indexOf(key, at) + key.length();
    int end = start;
    while (",\n}".indexOf(RIVERTON.charAt(end)) < 0) {
      end++;
    }
    return RIVERTON.substring(0, start) + value + RIVERTON.substring(end);
  }

  /** Reads a document as {@code diff} does: its tree, then the assessment. */
  static ReportedAssessment read(DocumentFormat format, String text) {
    return DocumentFormat.readAssessment(format.readTree(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void a_tree_that_is_not_an_assessment_is_refused_as_such() {
    JsonNode profile = JSON.readTree("{\"schemaVersion\": \"1.1\", \"name\": \"Riverton\"}");
    assertThat(DocumentFormat.isAssessment(profile)).isFalse();
    assertThat(DocumentFormat.isAssessment(null)).isFalse();
    assertThat(DocumentFormat.isAssessment(JSON.readTree("{\"findings\": {}}"))).isFalse();
    assertThat(DocumentFormat.isAssessment(JSON.readTree("[]"))).isFalse();
    assertThatThrownBy(() -> DocumentFormat.readAssessment(profile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no findings list");
  }

  @Test
  void every_problem_of_a_broken_document_is_listed_with_its_pointer() {
    String broken =
        RIVERTON
            .replaceFirst("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\"")
            .replaceFirst("\"status\": \"[A-Z_]+\"", "\"status\": \"DONE\"")
            .replaceFirst("\"name\": \"Riverton\"", "\"name\": 7");
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class, () -> read(DocumentFormat.JSON, broken));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(DocumentProblem::pointer)
        .contains("/schemaVersion", "/findings/0/status", "/city/name");
  }

  @Test
  void the_place_of_a_number_is_found_in_the_document() {
    String changed = with("/scores/overall/coverage", "42");
    assertThat(changed).contains("\"coverage\": 42").isNotEqualTo(RIVERTON);
    assertThat(read(DocumentFormat.JSON, changed).scores().get("overall").coverage())
        .isEqualTo(42.0);
  }
}
