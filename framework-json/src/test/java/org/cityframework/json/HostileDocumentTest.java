package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents made to cost: a list of problems that would exhaust memory, tokens that made the YAML
 * reader quadratic, names over the limit. Each is refused (or read) in bounded time and memory,
 * with a bounded list of problems at the right places.
 */
class HostileDocumentTest {
  private static final String JSON_HEAD =
      "{\"schemaVersion\":\"1.0\",\"assessedOn\":\"2026-03-31\",\"country\":\"GB\",\"name\":\"X\"";
  private static final String YAML_HEAD =
      "schemaVersion: '1.0'\nassessedOn: '2026-03-31'\ncountry: GB\nname: X\n";

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void two_hundred_thousand_unknown_properties_are_counted_beyond_the_first_hundred() {
    StringBuilder document = new StringBuilder(JSON_HEAD);
    for (int i = 0; i < 200_000; i++) {
      document.append(",\"k").append(i).append("\":1");
    }
    document.append('}');
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> DocumentFormat.JSON.readProfile(document.toString()));
    assertThat(e.problems()).hasSize(InvalidDocumentException.MAX_PROBLEMS);
    assertThat(e.problemsLeftOut()).isEqualTo(200_000 - InvalidDocumentException.MAX_PROBLEMS);
    assertThat(e.problemCount()).isEqualTo(200_000);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/k0");
    assertThat(e.problems().get(99).pointer()).isEqualTo("/k99");
    assertThat(e.getMessage())
        .startsWith("200000 problems in the document:")
        .endsWith("\n  and 199900 more problems")
        .hasSizeLessThan(20_000);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void unknown_keys_of_a_yes_no_map_in_yaml_are_counted_too() {
    StringBuilder document = new StringBuilder(YAML_HEAD + "engagement:\n  innovationTools:\n");
    for (int i = 0; i < 50_000; i++) {
      document.append("    K").append(i).append(": true\n");
    }
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> DocumentFormat.YAML.readProfile(document.toString()));
    assertThat(e.problems()).hasSize(InvalidDocumentException.MAX_PROBLEMS);
    assertThat(e.problemCount()).isEqualTo(50_000);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/engagement/innovationTools/K0");
  }

  @Test
  void an_exception_keeps_the_first_problems_and_counts_the_rest() {
    java.util.List<DocumentProblem> many =
        java.util.stream.IntStream.range(0, 250)
            .mapToObj(i -> DocumentProblem.of("/p" + i, null, null, "problem " + i))
            .toList();
    InvalidDocumentException e = new InvalidDocumentException(many, 7);
    assertThat(e.problems())
        .hasSize(100)
        .first()
        .extracting(DocumentProblem::pointer)
        .isEqualTo("/p0");
    assertThat(e.problemsLeftOut()).isEqualTo(157);
    assertThat(e.getMessage()).startsWith("257 problems").endsWith("and 157 more problems");
    InvalidDocumentException one = new InvalidDocumentException(many.subList(0, 1));
    assertThat(one.problemsLeftOut()).isZero();
    assertThat(one.getMessage()).isEqualTo("1 problem in the document:\n  /p0: problem 0");
  }

  /** A YAML document whose value for {@code name} is one token of about two million characters. */
  private static String yamlWithLongToken(String before, String after) {
    return YAML_HEAD.replace("name: X\n", "")
        + "name: "
        + before
        + "x".repeat(2_000_000)
        + after
        + "\n";
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_two_megabyte_yaml_scalar_is_refused_in_linear_time() {
    for (String[] quotes : new String[][] {{"", ""}, {"'", "'"}, {"\"", "\""}, {"|\n  ", ""}}) {
      InvalidDocumentException e =
          catchThrowableOfType(
              InvalidDocumentException.class,
              () -> DocumentFormat.YAML.readProfile(yamlWithLongToken(quotes[0], quotes[1])));
      assertThat(e).as("refused").isNotNull();
      assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly("/name");
      assertThat(e.problems().get(0).message())
          .contains("a text is longer than 100 000 characters (line ")
          .doesNotContain("StreamReadConstraints");
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_two_megabyte_yaml_comment_line_is_read_in_linear_time() {
    String document = "#" + "x".repeat(2_000_000) + "\n" + YAML_HEAD;
    assertThat(DocumentFormat.YAML.readProfile(document).name()).isEqualTo("X");
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentFormat.YAML.readProfile(bytes).name()).isEqualTo("X");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void any_document_read_as_a_tree_gets_the_same_checks_and_limits() {
    byte[] longComment =
        ("#" + "x".repeat(2_000_000) + "\nwaivers: []\n").getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentFormat.YAML.readTree(longComment).get("waivers").isArray()).isTrue();
    assertThat(DocumentFormat.YAML.readTree(new byte[0])).isNull();
    assertThat(DocumentFormat.JSON.readTree("  ".getBytes(StandardCharsets.UTF_8))).isNull();
    InvalidDocumentException surrogate =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () ->
                DocumentFormat.JSON.readTree(
                    "{\"waivers\": [{\"reason\": \"\\udfff\"}]}".getBytes(StandardCharsets.UTF_8)));
    assertThat(surrogate.problems())
        .extracting(DocumentProblem::pointer)
        .containsExactly("/waivers/0/reason");
    InvalidDocumentException scalar =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () ->
                DocumentFormat.YAML.readTree(
                    ("reason: " + "x".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8)));
    assertThat(scalar.problems()).extracting(DocumentProblem::pointer).containsExactly("/reason");
    assertThat(
            catchThrowableOfType(
                InvalidDocumentException.class,
                () -> DocumentFormat.JSON.readTree(new byte[10_000_001])))
        .hasMessageContaining("larger than 10 MB");
  }

  @Test
  void a_name_over_the_limit_is_reported_at_its_object_not_at_the_property_before_it() {
    String longName = "n".repeat(201);
    String json = JSON_HEAD + ",\"strategy\":{\"published\":true,\"" + longName + "\":1}}";
    String yaml = YAML_HEAD + "strategy:\n  published: true\n  " + longName + ": 1\n";
    String jsonInList =
        JSON_HEAD + ",\"strategy\":{\"goals\":[{\"description\":\"d\"},{\"" + longName + "\":1}]}}";
    assertThat(problem(DocumentFormat.JSON, json).pointer()).isEqualTo("/strategy");
    assertThat(problem(DocumentFormat.YAML, yaml).pointer()).isEqualTo("/strategy");
    assertThat(problem(DocumentFormat.JSON, jsonInList).pointer()).isEqualTo("/strategy/goals/1");
    assertThat(problem(DocumentFormat.JSON, json).message())
        .contains("a property name is longer than 200 characters (line 1, column");
  }

  static DocumentProblem problem(DocumentFormat format, String document) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> format.readProfile(document));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }
}
