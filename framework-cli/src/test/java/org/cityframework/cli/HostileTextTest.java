package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text that reaches a terminal is cleaned, whatever it echoes: a city's name, a goal, a check's
 * summary in an assessment document, a problem's message and pointer, a file name, an option's
 * value. No character that moves the cursor, or hides or reorders text, comes out as it went in.
 */
class HostileTextTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Each starts with a character that must never reach a terminal. */
  static final List<String> HOSTILE =
      List.of(
          "\u001b[2J", // ESC: clear the screen
          "\u009b31m", // CSI, the C1 form of ESC [
          "\u0007", // bell
          "\u0085", // next line
          "\u202e", // right-to-left override
          "\u202a", // left-to-right embedding
          "\u2066", // left-to-right isolate
          "\u2069", // pop directional isolate
          "\u200e", // left-to-right mark
          "\u061c", // Arabic letter mark
          "\u200b", // zero-width space
          "\ufeff", // zero-width no-break space
          "\u2028"); // line separator

  /** All of them in one text. */
  static final String TEXT = "Evil " + String.join(" x ", HOSTILE) + " town";

  @TempDir static Path dir;

  private static String hostile;
  private static String bad;
  private static String escaped;
  private static String before;
  private static String after;
  private static String tailoring;
  private static String wave;

  @BeforeAll
  static void documents() throws IOException {
    ObjectNode riverton = (ObjectNode) JSON.readTree(Files.readString(Path.of(city("riverton"))));
    ObjectNode profile = riverton.deepCopy();
    profile.put("name", TEXT);
    ObjectNode goal = (ObjectNode) profile.get("strategy").get("goals").get(0);
    goal.put("description", TEXT);
    goal.put("indicator", TEXT);
    hostile = write("hostile.json", profile);

    ObjectNode invalid = riverton.deepCopy();
    ((ObjectNode) invalid.get("strategy")).put("status", TEXT);
    invalid.put(TEXT, 1);
    bad = write("bad.json", invalid);

    escaped = write("a\u001b[2J\u0007.json", profile);

    before = assessment("before.json", city("riverton-2024"), "Before");
    after = assessment("after.json", city("riverton"), "After");

    tailoring = dir.resolve("tailoring.json").toString();
    Files.writeString(
        Path.of(tailoring),
        JSON.writeValueAsString(
            JSON.createObjectNode()
                .put("schemaVersion", "1.0")
                .set("disabled", JSON.createArrayNode().add("R1." + TEXT))));

    wave = dir.resolve("wave.jsonl").toString();
    Files.writeString(
        Path.of(wave),
        JSON.writeValueAsString(profile) + "\n" + JSON.writeValueAsString(invalid) + "\n");
  }

  private static String city(String name) {
    return Run.city(name + ".json");
  }

  private static String write(String name, JsonNode tree) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writeValueAsString(tree));
    return file.toString();
  }

  /** The assessment document of a profile, its city and every summary made hostile. */
  private static String assessment(String name, String profile, String city) throws IOException {
    Run run = Run.of("assess", profile, "-f", "json");
    assertThat(run.exitCode()).isZero();
    ObjectNode document = (ObjectNode) JSON.readTree(run.out());
    ((ObjectNode) document.get("city")).put("name", city + " " + TEXT);
    for (JsonNode finding : (ArrayNode) document.get("findings")) {
      ((ObjectNode) finding).put("summary", TEXT + " " + finding.get("checkId").stringValue());
    }
    return write(name, document);
  }

  /** Runs that echo hostile text in text, Markdown or CSV, or on standard error. */
  static Stream<List<String>> runs() {
    List<List<String>> runs = new ArrayList<>();
    runs.add(List.of("validate", hostile, bad, escaped));
    runs.add(List.of("assess", hostile));
    runs.add(List.of("assess", hostile, "-f", "markdown"));
    runs.add(List.of("assess", hostile, "--fail-on", "LOW"));
    runs.add(List.of("assess", escaped, "-f", "csv"));
    runs.add(List.of("assess", bad));
    runs.add(List.of("assess", city("riverton"), "--tailoring", tailoring));
    runs.add(List.of("assess", "--batch", wave, "-f", "csv"));
    runs.add(List.of("diff", city("riverton"), hostile));
    runs.add(List.of("diff", city("riverton"), hostile, "-f", "markdown"));
    runs.add(List.of("diff", hostile, city("riverton-2024"), "-f", "json"));
    runs.add(List.of("diff", bad, escaped));
    runs.add(List.of("diff", before, after));
    runs.add(List.of("diff", before, after, "-f", "markdown"));
    runs.add(List.of("diff", after, before, "-f", "json"));
    runs.add(List.of("assess", city("riverton"), "-f", TEXT));
    runs.add(List.of("assess", city("riverton"), "--" + TEXT));
    for (String h : HOSTILE) {
      runs.add(List.of("validate", "missing" + h + ".json"));
      runs.add(List.of("diff", "missing" + h + ".json", city("riverton")));
    }
    return runs.stream();
  }

  @ParameterizedTest
  @MethodSource("runs")
  void no_hostile_character_reaches_the_terminal(List<String> args) {
    Run run = Run.of(args.toArray(String[]::new));

    // JSON output is data, not text for a terminal: it keeps every character, escaped or not
    boolean json = args.contains("json");
    String shown = (json ? "" : run.out()) + run.err();
    for (String h : HOSTILE) {
      String raw = h.substring(0, 1);
      assertThat(shown).as("%s: %s", args, run).doesNotContain(raw);
    }
    // U+FFFD, or a space for a line break
    assertThat(shown).as("what was echoed, cleaned: %s", run).containsAnyOf("\uFFFD", "missing .");
  }

  @Test
  void a_file_name_is_echoed_cleaned_on_one_line() {
    Run run = Run.of("validate", escaped);

    assertThat(run.out())
        .startsWith(dir.resolve("a\uFFFD[2J\uFFFD.json") + ": valid (Evil \uFFFD[2J x ");
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void a_batch_line_echoes_its_problems_cleaned_on_one_line_each() {
    Run run = Run.of("assess", "--batch", wave);

    assertThat(run.err().lines())
        .anySatisfy(l -> assertThat(l).startsWith(wave + ":2: /Evil \uFFFD[2J x \uFFFD31m x "))
        .anySatisfy(l -> assertThat(l).startsWith(wave + ":2: /strategy/status: "));
  }
}
