package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DiffCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String EARLIER = Run.city("riverton-2024.json");
  private static final String LATER = Run.city("riverton.json");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void riverton_2024_compares_with_riverton_in_every_format(String format) {
    Run run = Run.of("diff", EARLIER, LATER, "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Riverton").endsWith("\n");
  }

  @Test
  void the_json_comparison_lists_changes_by_kind_and_every_score_move() {
    JsonNode diff = JSON.readTree(Run.of("diff", EARLIER, LATER, "-f", "json").out());

    assertThat(diff.get("schemaVersion").stringValue()).isEqualTo("1.0");
    assertThat(diff.get("compared").stringValue()).isEqualTo("profiles");
    assertThat(diff.get("before").get("assessedOn").stringValue()).isEqualTo("2024-04-15");
    assertThat(diff.get("after").get("assessedOn").stringValue()).isEqualTo("2026-03-31");
    assertThat(diff.get("resolved").size()).isPositive();
    for (JsonNode c : diff.get("resolved")) {
      assertThat(c.get("from").stringValue()).isIn("NOT_MET", "PARTLY_MET");
      assertThat(c.get("to").stringValue()).isIn("MET", "NOT_APPLICABLE");
      assertThat(c.get("checkId").stringValue()).matches("R\\d+\\.\\d+");
    }
    for (JsonNode c : diff.get("newGaps")) {
      assertThat(c.get("to").stringValue()).isIn("NOT_MET", "PARTLY_MET");
    }
    assertThat(diff.get("otherChanges").isArray()).isTrue();
    JsonNode moves = diff.get("scoreMoves");
    assertThat(moves.propertyNames()).startsWith("overall", "R1", "R2").contains("R10", "VISION");
    JsonNode overall = moves.get("overall");
    assertThat(overall.get("delta").doubleValue())
        .isCloseTo(
            overall.get("after").doubleValue() - overall.get("before").doubleValue(),
            org.assertj.core.data.Offset.offset(0.06));
  }

  @Test
  void comparing_nothing_with_itself_finds_no_change() {
    JsonNode diff = JSON.readTree(Run.of("diff", LATER, LATER, "-f", "json").out());

    assertThat(diff.get("resolved").isEmpty()).isTrue();
    assertThat(diff.get("newGaps").isEmpty()).isTrue();
    assertThat(diff.get("otherChanges").isEmpty()).isTrue();
    assertThat(diff.get("scoreMoves").get("overall").get("delta").doubleValue()).isZero();
  }

  private String assessment(String city, String name) {
    Path file = dir.resolve(name);
    Run run = Run.of("assess", city, "-f", "json", "-o", file.toString());
    assertThat(run.exitCode()).isZero();
    return file.toString();
  }

  @Test
  void two_assessment_documents_compare_as_their_profiles_do() {
    String before = assessment(EARLIER, "before.json");
    String after = assessment(LATER, "after.json");

    JsonNode documents = JSON.readTree(Run.of("diff", before, after, "-f", "json").out());
    JsonNode profiles = JSON.readTree(Run.of("diff", EARLIER, LATER, "-f", "json").out());

    assertThat(documents.get("compared").stringValue()).isEqualTo("assessments");
    ((ObjectNode) documents).put("compared", "profiles");
    assertThat(documents).isEqualTo(profiles);
  }

  @Test
  void two_assessment_documents_compare_in_text_and_markdown() {
    String before = assessment(EARLIER, "before.json");
    String after = assessment(LATER, "after.json");

    Run text = Run.of("diff", before, after);
    Run markdown = Run.of("diff", before, after, "-f", "markdown");

    assertThat(text.out())
        .startsWith(
            "Progress of Riverton (GB)\nFrom facts as of 2024-04-15 to facts as of 2026-03-31.")
        .contains("\nResolved gaps: ", "\nNew gaps: ", "\nOther changes: ", "\nScore moves\n")
        .containsPattern("\n  R3\\.0 +Partly met -> Met +priority now None +A formal")
        .containsPattern("\n  Overall +\\d+\\.\\d +\\d+\\.\\d +[+-]\\d+\\.\\d");
    assertThat(markdown.out())
        .startsWith("# Progress of Riverton (GB)\n")
        .contains("\n## Resolved gaps: ", "\n## New gaps: ", "\n## Score moves\n")
        .contains("| Id | Change | Priority now | Practice |");
  }

  @Test
  void text_from_assessment_documents_never_becomes_markup() throws IOException {
    String before = assessment(EARLIER, "before.json");
    JsonNode tree = JSON.readTree(Files.readString(Path.of(before)));
    ((ObjectNode) tree.get("city")).put("name", "<img src=x> *Riverton* | \u001b[31m");
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, JSON.writeValueAsString(tree));

    String markdown = Run.of("diff", before, hostile.toString(), "-f", "markdown").out();
    String text = Run.of("diff", before, hostile.toString()).out();

    assertThat(markdown).contains("&lt;img src=x&gt; \\*Riverton\\* \\| \uFFFD\\[31m");
    assertThat(text).doesNotContain("\u001b");
  }

  @Test
  void a_profile_and_an_assessment_document_do_not_compare() {
    Run run = Run.of("diff", EARLIER, assessment(LATER, "after.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("Cannot compare a city profile (" + EARLIER + ") with an assessment document");
  }

  @Test
  void a_broken_assessment_document_is_refused_with_pointers() throws IOException {
    String before = assessment(EARLIER, "before.json");
    JsonNode tree = JSON.readTree(Files.readString(Path.of(before)));
    ((ObjectNode) tree.get("findings").get(2)).put("status", "DONE");
    ((ObjectNode) tree.get("scores")).remove("overall");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, JSON.writeValueAsString(tree));

    Run run = Run.of("diff", before, broken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(broken + ": /findings/2/status: status is not \"DONE\"")
        .contains(broken + ": /scores/overall: ");
  }

  @Test
  void an_invalid_profile_is_refused_with_pointers() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": \"1.0\", \"name\": 3}");

    Run run = Run.of("diff", bad.toString(), LATER);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ": /name: ");
  }

  @Test
  void one_file_is_a_usage_error() {
    Run run = Run.of("diff", LATER);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter").contains("NEW");
  }
}
