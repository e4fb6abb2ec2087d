package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad documents, one per kind of problem, each refused with the expected JSON Pointers. */
class BadInputTest {
  /** A valid profile's head, to which a case adds its fault. */
  static final String HEAD =
      "\"schemaVersion\": \"1.0\", \"name\": \"Riverton\", \"country\": \"GB\","
          + " \"assessedOn\": \"2026-03-31\"";

  static String profile(String body) {
    return "{" + HEAD + (body.isEmpty() ? "" : ", " + body) + "}";
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        bad("unknown top-level property, with a suggestion", profile("\"nmae\": \"x\""), "/nmae"),
        bad(
            "misspelt property in a section",
            profile("\"strategy\": {\"publised\": true}"),
            "/strategy/publised"),
        bad(
            "text where a yes/no is expected",
            profile("\"strategy\": {\"published\": \"yes\"}"),
            "/strategy/published"),
        bad("number where a text is expected", profile("\"notes\": 42"), "/notes"),
        bad(
            "unknown enum value",
            profile("\"strategy\": {\"status\": \"ADOPTD\"}"),
            "/strategy/status"),
        bad(
            "impossible date",
            "{\"schemaVersion\": \"1.0\", \"name\": \"R\", \"country\": \"GB\","
                + " \"assessedOn\": \"2026-02-31\"}",
            "/assessedOn"),
        bad(
            "date in another format",
            "{\"schemaVersion\": \"1.0\", \"name\": \"R\","
                + " \"country\": \"GB\", \"assessedOn\": \"31/03/2026\"}",
            "/assessedOn"),
        bad(
            "percentage over 100",
            profile("\"evaluation\": {\"projectsMonitoredFromInceptionPercent\": 101}"),
            "/evaluation/projectsMonitoredFromInceptionPercent"),
        bad("negative count", profile("\"staff\": {\"teamSize\": -3}"), "/staff/teamSize"),
        bad(
            "negative money",
            profile(
                "\"funding\": {\"budgetLines\": [{\"year\": 2025,"
                    + " \"amount\": -1, \"currency\": \"EUR\"}]}"),
            "/funding/budgetLines/0/amount"),
        bad(
            "fraction where a whole number is expected",
            profile("\"staff\": {\"teamSize\": 2.5}"),
            "/staff/teamSize"),
        bad(
            "contradiction: published but not adopted",
            profile("\"strategy\": {\"status\": \"NONE\", \"published\": true}"),
            "/strategy/published"),
        bad(
            "date after the assessment",
            profile("\"strategy\": {\"status\": \"ADOPTED\", \"adoptedOn\": \"2027-01-01\"}"),
            "/strategy/adoptedOn"),
        bad(
            "missing required properties", "{\"schemaVersion\": \"1.0\", \"name\": \"R\"}",
            "/assessedOn", "/country"),
        bad("null for an unknown fact", profile("\"population\": null"), "/population"),
        bad(
            "unknown key in a yes/no map",
            profile("\"engagement\": {\"innovationTools\": {\"HACKATON\": true}}"),
            "/engagement/innovationTools/HACKATON"),
        bad(
            "text in a yes/no map",
            profile("\"engagement\": {\"innovationTools\": {\"HACKATHONS\": \"no\"}}"),
            "/engagement/innovationTools/HACKATHONS"),
        bad("object where a list is expected", profile("\"sources\": {}"), "/sources"),
        bad(
            "required property missing in a list item",
            profile("\"strategy\": {\"goals\": [{\"indicator\": \"days\"}]}"),
            "/strategy/goals/0/description"),
        bad(
            "many problems at once, in several sections",
            profile(
                "\"strategy\": {\"published\": 1, \"scope\": \"CITY\"},"
                    + " \"staff\": {\"teamSize\": -1}, \"funding\": {\"dedicatedBudget\": \"maybe\"}"),
            "/strategy/published",
            "/strategy/scope",
            "/staff/teamSize",
            "/funding/dedicatedBudget"),
        bad(
            "schemaVersion missing",
            "{\"name\": \"R\", \"country\": \"GB\"," + " \"assessedOn\": \"2026-03-31\"}",
            "/schemaVersion"),
        bad(
            "schemaVersion of an unknown major version",
            "{\"schemaVersion\": \"2.0\", \"name\": \"R\", \"country\": \"GB\","
                + " \"assessedOn\": \"2026-03-31\"}",
            "/schemaVersion"),
        bad(
            "schemaVersion as a number",
            "{\"schemaVersion\": 1.0, \"name\": \"R\","
                + " \"country\": \"GB\", \"assessedOn\": \"2026-03-31\"}",
            "/schemaVersion"),
        bad("duplicate key", profile("\"name\": \"Again\""), "/name"),
        bad("trailing content", profile("") + " {}", ""),
        bad("NaN", profile("\"population\": NaN"), "/population"),
        bad(
            "malformed JSON, cut off after a property name",
            "{\"schemaVersion\": \"1.0\", \"name\": ",
            "/name"),
        bad("empty document", "", ""),
        bad("whitespace only", "  \n ", ""),
        bad("null as the whole document", "null", ""),
        bad("a list as the whole document", "[]", ""),
        bad(
            "a list longer than 1000 items",
            profile("\"sources\": [" + "{\"title\": \"t\"},".repeat(1_000) + "{\"title\": \"t\"}]"),
            "/sources"),
        bad("a number with 65 digits", profile("\"population\": " + "9".repeat(65)), "/population"),
        bad(
            "a number whose size is in its exponent",
            profile(
                "\"funding\": {\"budgetLines\": [{\"year\": 2025, \"amount\": 1e999999999,"
                    + " \"currency\": \"EUR\"}]}"),
            "/funding/budgetLines/0/amount"),
        bad(
            "a number too precise to read",
            profile(
                "\"strategy\": {\"goals\": [{\"description\": \"d\", \"baseline\":"
                    + " 1e-999999999}]}"),
            "/strategy/goals/0/baseline"),
        bad(
            "an exponent beyond what the parser reads",
            profile("\"population\": 1e9222222299"),
            "/population"),
        bad(
            "a string over 100 000 characters",
            profile("\"notes\": \"" + "x".repeat(100_001) + "\""),
            "/notes"),
        bad(
            "nesting 33 deep",
            profile("\"notes\": " + "[".repeat(33) + "]".repeat(33)),
            "/notes/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"));
  }

  static Stream<Arguments> yamlDocuments() {
    String head = "schemaVersion: '1.0'\nname: Riverton\ncountry: GB\nassessedOn: 2026-03-31\n";
    return Stream.of(
        bad(
            "YAML 1.2: yes is text, not true",
            head + "strategy:\n  published: yes\n",
            "/strategy/published"),
        bad("YAML duplicate key", head + "name: Again\n", "/name"),
        bad(
            "YAML alias expansion (billion laughs)",
            head + "notes: &a [x, x]\n" + "sources: &b [*a, *a, *a]\n",
            "/notes",
            "/sources",
            "/sources/0",
            "/sources/1",
            "/sources/2"),
        bad("YAML custom tag", head + "notes: !!python/object:os.system echo\n", "/notes"),
        bad("YAML misspelt property", head + "strategy:\n  statsu: ADOPTED\n", "/strategy/statsu"));
  }

  static Arguments bad(String name, String document, String... pointers) {
    return Arguments.of(Named.of(name, document), List.of(pointers));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void json_is_refused_with_every_problem_at_its_pointer(String document, List<String> pointers) {
    assertRefused(DocumentFormat.JSON, document, pointers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlDocuments")
  void yaml_is_refused_with_every_problem_at_its_pointer(String document, List<String> pointers) {
    assertRefused(DocumentFormat.YAML, document, pointers);
  }

  static void assertRefused(DocumentFormat format, String document, List<String> pointers) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> format.readProfile(document));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems())
        .extracting(DocumentProblem::pointer)
        .containsExactlyInAnyOrderElementsOf(pointers);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    assertThat(e.getMessage()).contains(String.valueOf(e.problems().size()));
  }

  @Test
  void a_misspelling_gets_a_suggestion_and_says_what_was_expected_and_found() {
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () ->
                DocumentFormat.JSON.readProfile(
                    profile("\"strategy\": {\"publised\": true," + " \"status\": \"ADOPTD\"}")));
    assertThat(e.problems().get(0).message()).contains("did you mean \"published\"?");
    assertThat(e.problems().get(1).expected()).contains("one of NONE, IN_DEVELOPMENT, ADOPTED");
    assertThat(e.problems().get(1).found()).contains("the text \"ADOPTD\"");
    assertThat(e.problems().get(1).message()).contains("did you mean \"ADOPTED\"?");
  }

  @Test
  void a_whole_number_may_be_written_with_a_zero_fraction_as_json_schema_allows() {
    assertThat(
            DocumentFormat.JSON
                .readProfile(profile("\"staff\": {\"teamSize\": 3.0}"))
                .staff()
                .teamSize())
        .hasValue(3);
  }

  @Test
  void a_byte_order_mark_is_allowed_and_invalid_utf8_is_refused() {
    byte[] bom = ("\uFEFF" + profile("")).getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentFormat.JSON.readProfile(new ByteArrayInputStream(bom)).name())
        .isEqualTo("Riverton");
    assertThat(DocumentFormat.JSON.readProfile("\uFEFF" + profile("")).name())
        .isEqualTo("Riverton");
    byte[] broken = profile("\"notes\": \"x\"").getBytes(StandardCharsets.UTF_8);
    broken[broken.length - 4] = (byte) 0xC3;
    assertThatThrownBy(() -> DocumentFormat.JSON.readProfile(new ByteArrayInputStream(broken)))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("not valid UTF-8 (line 1, column");
  }

  @Test
  void hostile_documents_are_refused_quickly() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String hugeString = "{\"notes\": \"" + "x".repeat(50_000_000) + "\"}";
    String hugeArray = profile("\"sources\": [" + "0,".repeat(999_999) + "0]");
    String hugeNumber = profile("\"population\": " + "1".repeat(100_000));
    for (String document : List.of(deep, hugeString, hugeArray, hugeNumber)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> DocumentFormat.JSON.readProfile(document))
          .isInstanceOf(InvalidDocumentException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }
}
