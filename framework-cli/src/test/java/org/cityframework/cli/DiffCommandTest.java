package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    assertThat(diff.get("schemaVersion").stringValue()).isEqualTo("1.1");
    assertThat(diff.get("compared").stringValue()).isEqualTo("profiles");
    assertThat(diff.get("before").get("assessedOn").stringValue()).isEqualTo("2024-04-15");
    assertThat(diff.get("after").get("assessedOn").stringValue()).isEqualTo("2026-03-31");
    assertThat(diff.get("resolved").size()).isPositive();
    for (JsonNode c : diff.get("resolved")) {
      assertThat(c.get("bestCaseBefore").stringValue()).isIn("NOT_MET", "PARTLY_MET");
      assertThat(c.get("worstCaseAfter").stringValue()).isIn("MET", "NOT_APPLICABLE");
      assertThat(c.get("to").stringValue()).isIn("MET", "NOT_APPLICABLE");
      assertThat(c.get("checkId").stringValue()).matches("R\\d+\\.\\d+");
    }
    for (JsonNode c : diff.get("newGaps")) {
      assertThat(c.get("bestCaseAfter").stringValue()).isIn("NOT_MET", "PARTLY_MET");
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

    Run french = Run.of("diff", before, after, "--lang", "fr");
    assertThat(french.exitCode()).isZero();
    assertThat(french.out())
        .startsWith("Progrès de Riverton (GB)\nDes faits au 2024-04-15 aux faits au 2026-03-31.")
        .contains("\nÉcarts résorbés\u00a0: ", "\nScore global ")
        .doesNotContain("Resolved gaps", "priority now", "A formal");
  }

  @Test
  void text_from_assessment_documents_never_becomes_markup() throws IOException {
    String before = assessment(EARLIER, "before.json");
    JsonNode tree = JSON.readTree(Files.readString(Path.of(before)));
    ((ObjectNode) tree.get("city"))
        .put(
            "name",
            "<img src=x> *Riverton* | \u001b[31m https://x.example www.x.example a@x.example");
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, JSON.writeValueAsString(tree));

    String markdown = Run.of("diff", before, hostile.toString(), "-f", "markdown").out();
    String text = Run.of("diff", before, hostile.toString()).out();

    assertThat(markdown)
        .contains(
            "&lt;img src=x&gt; \\*Riverton\\* \\| \uFFFD\\[31m https:&#8203;//x.example"
                + " www&#8203;.x.example a@&#8203;x.example")
        .doesNotContain("https://x.example", "www.x", "a@x");
    assertThat(text).doesNotContain("\u001b");
  }

  @Test
  void a_profile_and_an_assessment_document_do_not_compare() {
    Run run = Run.of("diff", EARLIER, assessment(LATER, "after.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
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

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .contains(broken + ": /findings/2/status: status is not \"DONE\"")
        .contains(broken + ": /scores/overall: ");
  }

  @Test
  void an_invalid_profile_is_refused_with_pointers() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": \"1.0\", \"name\": 3}");

    Run run = Run.of("diff", bad.toString(), LATER);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains(bad + ": /name: ");
  }

  // Warnings: the comparison is written, but it may not be what was meant.

  private static final String LAKESIDE = Run.city("lakeside.json");

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void two_different_cities_compare_with_a_warning(String format) {
    Run run = Run.of("diff", LATER, LAKESIDE, "-f", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Lakeside");
    assertThat(run.err())
        .isEqualTo(
            "Warning: OLD "
                + LATER
                + " and NEW "
                + LAKESIDE
                + " are assessments of different cities: Riverton (GB) and Lakeside (US).\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void a_newer_assessment_given_first_compares_with_a_warning_saying_which_is_older(String format) {
    Run run = Run.of("diff", LATER, EARLIER, "-f", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "Warning: OLD "
                + LATER
                + " is the newer assessment (facts as of 2026-03-31) and NEW "
                + EARLIER
                + " the older (facts as of 2024-04-15), so every change reads backwards in"
                + " time; give the older one first.\n");
  }

  @Test
  void assessment_documents_warn_as_profiles_do() {
    String riverton = assessment(LATER, "riverton.json");
    String earlier = assessment(EARLIER, "riverton-2024.json");
    String lakeside = assessment(LAKESIDE, "lakeside.json");

    assertThat(Run.of("diff", earlier, riverton).err()).isEmpty();
    assertThat(Run.of("diff", riverton, earlier).err())
        .startsWith("Warning: OLD " + riverton + " is the newer assessment")
        .contains("NEW " + earlier + " the older (facts as of 2024-04-15)");
    assertThat(Run.of("diff", riverton, lakeside, "-f", "markdown").err())
        .contains("different cities: Riverton (GB) and Lakeside (US).");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"+12026-03-31", "2026-02-31", "31/03/2026", "2026-3-31"})
  void an_assessment_document_dated_other_than_yyyy_mm_dd_is_refused(String date)
      throws IOException {
    String before = assessment(EARLIER, "before.json");
    JsonNode tree = JSON.readTree(Files.readString(Path.of(before)));
    ((ObjectNode) tree.get("city")).put("assessedOn", date);
    Path odd = dir.resolve("odd.json");
    Files.writeString(odd, JSON.writeValueAsString(tree));

    Run run = Run.of("diff", before, odd.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .startsWith(odd + ": /city/assessedOn: assessedOn is a date as YYYY-MM-DD, not ");
  }

  @Test
  void one_file_is_a_usage_error() {
    Run run = Run.of("diff", LATER);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter").contains("NEW");
  }

  // Bounds: a finding still not assessed whose worst or best case moved, a score whose range
  // moved. Riverton 2024 without its basic data training (a fact R6.1 reads) leaves R6.1 anything
  // from not met to met; with it, R6.1 is still not assessed but can be partly met at best.

  private static final String TRAINING = "/dataUse/basicDataTraining";

  /** Riverton 2024 without one fact, of the given profile format version. */
  private String without(String pointer, String version, String name) throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(Path.of(BOUNDED)));
    int cut = pointer.lastIndexOf('/');
    ((ObjectNode) tree.at(pointer.substring(0, cut))).remove(pointer.substring(cut + 1));
    tree.put("schemaVersion", version);
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writeValueAsString(tree));
    return file.toString();
  }

  private static final String BOUNDED = Run.city("riverton-2024.json");

  private static JsonNode json(Run run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return JSON.readTree(run.out());
  }

  /** The one change of a comparison that has exactly one. */
  private static JsonNode onlyChange(JsonNode diff, String kind) {
    for (String k : new String[] {"resolved", "newGaps", "otherChanges"}) {
      assertThat(diff.get(k).size()).as(k).isEqualTo(k.equals(kind) ? 1 : 0);
    }
    return diff.get(kind).get(0);
  }

  @Test
  void a_check_whose_bounds_moved_is_a_change_though_its_status_is_the_same() throws IOException {
    String before = without(TRAINING, "1.1", "untrained.json");

    JsonNode diff = json(Run.of("diff", before, BOUNDED, "-f", "json"));

    JsonNode c = onlyChange(diff, "newGaps"); // a certain gap now, possibly met before
    assertThat(c.get("checkId").stringValue()).isEqualTo("R6.1");
    assertThat(c.get("from").stringValue()).isEqualTo("NOT_ASSESSED");
    assertThat(c.get("to").stringValue()).isEqualTo("NOT_ASSESSED");
    assertThat(c.get("worstCaseBefore").stringValue()).isEqualTo("NOT_MET");
    assertThat(c.get("bestCaseBefore").stringValue()).isEqualTo("MET");
    assertThat(c.get("worstCaseAfter").stringValue()).isEqualTo("NOT_MET");
    assertThat(c.get("bestCaseAfter").stringValue()).isEqualTo("PARTLY_MET");
    assertThat(c.get("boundsOnly").booleanValue()).isTrue();
  }

  @Test
  void a_score_whose_range_moved_is_a_move_though_the_score_is_the_same() throws IOException {
    String before = without(TRAINING, "1.1", "untrained.json");

    JsonNode moves = json(Run.of("diff", before, BOUNDED, "-f", "json")).get("scoreMoves");

    JsonNode r6 = moves.get("R6");
    assertThat(r6.get("delta").doubleValue()).isZero();
    assertThat(r6.get("coverageAfter").doubleValue())
        .isEqualTo(r6.get("coverageBefore").doubleValue());
    assertThat(r6.get("floorAfter").doubleValue()).isEqualTo(r6.get("floorBefore").doubleValue());
    assertThat(r6.get("ceilingAfter").doubleValue())
        .isLessThan(r6.get("ceilingBefore").doubleValue());
    assertThat(r6.get("boundsMoved").booleanValue()).isTrue();
    JsonNode r1 = moves.get("R1");
    assertThat(r1.get("boundsMoved").booleanValue()).isFalse();
    assertThat(r1.get("floorAfter").doubleValue()).isEqualTo(r1.get("floorBefore").doubleValue());
  }

  @Test
  void a_bounds_only_change_reads_as_the_reports_say_bounds_and_is_marked() throws IOException {
    String before = assessment(without(TRAINING, "1.1", "untrained.json"), "before.json");
    String after = assessment(BOUNDED, "after.json");

    String text = Run.of("diff", before, after).out();
    String markdown = Run.of("diff", before, after, "-f", "markdown").out();
    String back = Run.of("diff", after, before).out();

    assertThat(text)
        .contains(
            "\nResolved gaps: 0\n\nNew gaps: 1\n  R6.1  Not assessed -> Not met or partly met")
        .contains("Not met or partly met (bounds only)  priority now Medium  Basic data use")
        .contains("\nOther changes: 0\n")
        .containsPattern(
            "\n  Scope +Before +After +Delta +Coverage before +Coverage after"
                + " +Range before +Range after\n")
        .containsPattern(
            "\n  R6 +35\\.0 +35\\.0 +0\\.0 +47\\.6% +47\\.6% +16\\.7 to \\d+\\.\\d"
                + " +16\\.7 to 47\\.6  range only\n")
        .containsPattern(
            "\n  R1 +43\\.8 +43\\.8 +0\\.0 +72\\.7% +72\\.7% +31\\.8 to 50\\.0"
                + " +31\\.8 to 50\\.0\n")
        .containsPattern(
            "\nOverall score 37\\.2 -> 37\\.2 \\(0\\.0\\), coverage 55\\.6% -> 55\\.6%,"
                + " range 21\\.9 to \\d+\\.\\d -> 21\\.9 to 61\\.1\n");
    assertThat(markdown)
        .contains(
            "| R6.1 | Not assessed -> Not met or partly met (bounds only) | Medium | Basic data use")
        .contains("| Range before | Range after |")
        .containsPattern("\n\\| R6 \\| 35\\.0 \\|.* \\| 16\\.7 to 47\\.6 \\(range only\\) \\|\n");
    assertThat(back)
        .contains("\nNew gaps: 0\n")
        .contains(
            "\nOther changes: 1\n  R6.1  Not met or partly met -> Not assessed (bounds only)");
  }

  @Test
  void assessment_documents_compare_bounds_as_their_profiles_do() throws IOException {
    String untrained = without(TRAINING, "1.1", "untrained.json");
    String before = assessment(untrained, "before.json");
    String after = assessment(BOUNDED, "after.json");

    JsonNode documents = json(Run.of("diff", before, after, "-f", "json"));
    JsonNode profiles = json(Run.of("diff", untrained, BOUNDED, "-f", "json"));

    ((ObjectNode) documents).put("compared", "profiles");
    assertThat(documents).isEqualTo(profiles);
  }

  @Test
  void a_profile_of_version_1_0_compares_with_one_of_version_1_1() throws IOException {
    String old = without(TRAINING, "1.0", "untrained-1.0.json");

    JsonNode diff = json(Run.of("diff", old, BOUNDED, "-f", "json"));
    Run text = Run.of("diff", old, BOUNDED);

    JsonNode c = onlyChange(diff, "newGaps");
    assertThat(c.get("checkId").stringValue()).isEqualTo("R6.1");
    assertThat(c.get("boundsOnly").booleanValue()).isTrue();
    assertThat(diff.get("scoreMoves").get("R6").get("boundsMoved").booleanValue()).isTrue();
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).contains("R6.1", "Not assessed -> Not met or partly met");
  }

  /** An assessment document of version 1.1 as version 1.0 wrote it: no bounds, no ranges. */
  private String version10(String document, String name) throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(Path.of(document)));
    tree.put("schemaVersion", "1.0");
    tree.remove("toCollect");
    for (JsonNode f : tree.get("findings")) {
      ((ObjectNode) f).remove(List.of("worstCase", "bestCase", "placement"));
    }
    List<JsonNode> scores = new ArrayList<>();
    JsonNode table = tree.get("scores");
    scores.add(table.get("overall"));
    for (String group : new String[] {"byRecommendation", "byElement", "byComponent", "byLayer"}) {
      table.get(group).values().forEach(scores::add);
    }
    for (JsonNode score : scores) {
      ((ObjectNode) score).remove(List.of("floor", "ceiling", "maturityAtLeast"));
    }
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writeValueAsString(tree));
    return file.toString();
  }

  @Test
  void an_assessment_document_of_version_1_0_has_no_bounds_but_its_statuses() throws IOException {
    String old = version10(assessment(BOUNDED, "bounded.json"), "old.json");
    String now = assessment(BOUNDED, "now.json");

    JsonNode same = json(Run.of("diff", old, old, "-f", "json"));
    JsonNode diff = json(Run.of("diff", old, now, "-f", "json"));
    Run text = Run.of("diff", old, now);

    // Between two documents of version 1.0 nothing moves, and there is no range.
    assertThat(same.get("resolved").isEmpty()).isTrue();
    assertThat(same.get("newGaps").isEmpty()).isTrue();
    assertThat(same.get("otherChanges").isEmpty()).isTrue();
    JsonNode overall = same.get("scoreMoves").get("overall");
    assertThat(overall.has("floorBefore") || overall.has("ceilingAfter")).isFalse();
    assertThat(overall.get("boundsMoved").booleanValue()).isFalse();
    // From 1.0 to 1.1 of the same facts: no status changes, only the bounds a 1.0 document could
    // not say (a decided status is its own bounds, not assessed is anything from not met to met).
    List<JsonNode> changes = new ArrayList<>();
    for (String k : new String[] {"resolved", "newGaps", "otherChanges"}) {
      diff.get(k).forEach(changes::add);
    }
    assertThat(changes).isNotEmpty();
    for (JsonNode c : changes) {
      assertThat(c.get("boundsOnly").booleanValue()).as(c.toString()).isTrue();
      assertThat(c.get("from").stringValue()).isEqualTo("NOT_ASSESSED");
      assertThat(c.get("worstCaseBefore").stringValue()).isEqualTo("NOT_MET");
      assertThat(c.get("bestCaseBefore").stringValue()).isEqualTo("MET");
    }
    assertThat(diff.get("resolved").isEmpty()).isTrue();
    overall = diff.get("scoreMoves").get("overall");
    assertThat(overall.get("delta").doubleValue()).isZero();
    assertThat(overall.has("floorBefore")).isFalse();
    assertThat(overall.get("floorAfter").doubleValue()).isEqualTo(21.9);
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out())
        .containsPattern(
            "\n  Overall +37\\.2 +37\\.2 +0\\.0 +55\\.6% +55\\.6% +n/a +21\\.9 to 61\\.1");
  }

  @Test
  void bounds_in_a_document_of_version_1_1_must_make_sense() throws IOException {
    String before = assessment(BOUNDED, "before.json");
    ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(Path.of(before)));
    ObjectNode decided = null;
    ObjectNode open = null;
    for (JsonNode f : tree.get("findings")) {
      boolean isDecided = !f.get("status").stringValue().equals("NOT_ASSESSED");
      if (isDecided && decided == null) {
        decided = (ObjectNode) f;
      } else if (!isDecided && open == null) {
        open = (ObjectNode) f;
      }
    }
    decided.put("worstCase", "NOT_MET").put("bestCase", "MET");
    open.remove("bestCase");
    ((ObjectNode) tree.get("scores").get("overall")).remove("ceiling");
    ((ObjectNode) tree.get("scores").get("byRecommendation").get("R1")).put("floor", 99.0);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, JSON.writeValueAsString(tree));

    Run run = Run.of("diff", before, broken.toString());

    int d = indexOf(tree.get("findings"), decided);
    int o = indexOf(tree.get("findings"), open);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .contains(
            broken
                + ": /findings/"
                + d
                + "/status: status is "
                + decided.get("status").stringValue())
        .contains(broken + ": /findings/" + o + "/bestCase: bestCase is required")
        .contains(broken + ": /scores/overall/ceiling: a score has both a floor and a ceiling")
        .contains(broken + ": /scores/byRecommendation/R1/ceiling: the ceiling is below the floor");
  }

  private static int indexOf(JsonNode list, JsonNode item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        return i;
      }
    }
    throw new AssertionError("not in the list: " + item);
  }
}
