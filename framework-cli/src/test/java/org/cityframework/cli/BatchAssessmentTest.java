package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** assess --batch: JSON Lines in, one summary line per profile out, in order. */
class BatchAssessmentTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** 40 synthetic profiles, one per line. */
  private static String wave;

  private static Path waveFile;

  @BeforeAll
  static void generate(@TempDir Path dir) {
    waveFile = dir.resolve("wave.jsonl");
    Run run = Run.of("generate", "40", "--seed", "11", "--output", waveFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    try {
      wave = Files.readString(waveFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void writes_one_json_line_per_profile_in_input_order() {
    Run run = Run.of("assess", "--batch", waveFile.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> profiles = wave.lines().toList();
    assertThat(lines).hasSize(40);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode summary = JSON.readTree(lines.get(i));
      Assessment a = Assessor.standard().assess(DocumentFormat.JSON.readProfile(profiles.get(i)));
      assertThat(summary.get("schemaVersion").stringValue()).isEqualTo("1.0");
      assertThat(summary.get("line").intValue()).isEqualTo(i + 1);
      assertThat(summary.get("error").booleanValue()).isFalse();
      assertThat(summary.get("name").stringValue()).isEqualTo(a.profile().name());
      assertThat(summary.get("country").stringValue()).isEqualTo(a.profile().country());
      assertThat(summary.get("assessedOn").stringValue())
          .isEqualTo(a.profile().assessedOn().toString());
      assertThat(summary.get("coverage").doubleValue()).isEqualTo(a.scores().overall().coverage());
      if (a.scores().overall().score().isPresent()) {
        assertThat(summary.get("score").doubleValue())
            .isEqualTo(a.scores().overall().score().getAsDouble());
      } else {
        assertThat(summary.get("score").isNull()).isTrue();
      }
      assertThat(summary.get("recommendations").propertyNames())
          .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10");
      int counted = 0;
      for (Status s : Status.values()) {
        counted += summary.get("counts").get(s.name()).intValue();
      }
      assertThat(counted).isEqualTo(a.findings().size());
      assertThat(checkIds(summary.get("top"))).isEqualTo(topOpenFindings(a));
    }
    assertThat(run.err()).startsWith("40 profiles read: 40 assessed, 0 failed, in ");
  }

  @Test
  void the_top_findings_are_the_first_open_ones_in_rank_order() throws IOException {
    String riverton = oneLine(Run.CITIES.resolve("riverton.json"));

    JsonNode summary =
        JSON.readTree(Run.withInput(riverton + "\n", "assess", "--batch", "-").out());

    Assessment a =
        Assessor.standard()
            .assess(DocumentFormat.JSON.readProfile(Run.CITIES.resolve("riverton.json")));
    assertThat(summary.get("name").stringValue()).isEqualTo("Riverton");
    assertThat(summary.get("top").size()).isEqualTo(3);
    assertThat(checkIds(summary.get("top"))).isEqualTo(topOpenFindings(a));
    assertThat(summary.get("top").get(0).get("priority").stringValue())
        .isEqualTo(a.findings().get(0).priority().name());
  }

  @Test
  void writes_a_csv_header_and_one_row_per_profile() {
    Run run = Run.of("assess", "--batch", waveFile.toString(), "--format", "csv");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).endsWith("\r\n");
    List<String> rows = List.of(run.out().split("\r\n"));
    assertThat(rows).hasSize(41);
    assertThat(rows.get(0))
        .isEqualTo(
            "line,error,name,country,assessedOn,score,coverage,maturity,"
                + "R1,R2,R3,R4,R5,R6,R7,R8,R9,R10,"
                + "MET,PARTLY_MET,NOT_MET,NOT_ASSESSED,NOT_APPLICABLE,"
                + "top1CheckId,top1Status,top1Priority,top2CheckId,top2Status,top2Priority,"
                + "top3CheckId,top3Status,top3Priority,problems");
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i)).startsWith(i + ",false,").endsWith(",");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void several_workers_write_what_one_worker_writes_byte_for_byte(String format) {
    String many = wave.repeat(5);

    Run one = Run.withInput(many, "assess", "--batch", "-", "-f", format, "--threads", "1");
    Run four = Run.withInput(many, "assess", "--batch", "-", "-f", format, "--threads", "4");

    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(four.exitCode()).as(four.toString()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(one.out().lines().count()).isEqualTo(format.equals("csv") ? 201 : 200);
  }

  @Test
  void a_bad_line_is_reported_with_its_line_number_and_the_batch_goes_on() {
    List<String> lines = new ArrayList<>(wave.lines().limit(4).toList());
    lines.add(1, "{\"schemaVersion\": \"1.0\", oops");
    lines.add(
        3,
        "{\"schemaVersion\":\"1.0\",\"name\":\"Nowhere\",\"country\":\"GB\","
            + "\"assessedOn\":\"2026-02-31\",\"strategy\":{\"status\":\"NOT_ADOPTED\"}}");

    Run run = Run.withInput(String.join("\n", lines) + "\n", "assess", "--batch", "-");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INPUT);
    List<JsonNode> out = run.out().lines().map(JSON::readTree).toList();
    assertThat(out).extracting(n -> n.get("line").intValue()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(out)
        .extracting(n -> n.get("error").booleanValue())
        .containsExactly(false, true, false, true, false, false);
    JsonNode malformed = out.get(1);
    assertThat(malformed.get("schemaVersion").stringValue()).isEqualTo("1.0");
    assertThat(malformed.get("problems").get(0).get("message").stringValue())
        .contains("not well-formed JSON (column ");
    JsonNode invalid = out.get(3);
    assertThat(invalid.get("problems"))
        .extracting(p -> p.get("pointer").stringValue())
        .containsExactly("/assessedOn", "/strategy/status");
    assertThat(run.err())
        .contains("<stdin>:2: ")
        .contains("<stdin>:4: /assessedOn: expected a date as YYYY-MM-DD")
        .contains("<stdin>:4: /strategy/status: expected one of NONE, IN_DEVELOPMENT, ADOPTED")
        .contains("6 profiles read: 4 assessed, 2 failed, in ");
  }

  @Test
  void a_bad_line_in_csv_is_a_row_with_its_problems() {
    String input = wave.lines().findFirst().orElseThrow() + "\n[1, 2]\n";

    Run run = Run.withInput(input, "assess", "--batch", "-", "-f", "csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    String[] rows = run.out().split("\r\n");
    assertThat(rows).hasSize(3);
    assertThat(rows[2]).startsWith("2,true,,,,").contains("(the whole line): ");
    assertThat(rows[2].split(",", -1).length).isGreaterThanOrEqualTo(rows[0].split(",").length);
  }

  @Test
  void empty_lines_are_skipped_and_line_numbers_count_them() {
    List<String> profiles = wave.lines().limit(2).toList();
    String input = "\n" + profiles.get(0) + "\r\n  \t\n\n" + profiles.get(1);

    Run run = Run.withInput(input, "assess", "--batch", "-");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().map(JSON::readTree).map(n -> n.get("line").intValue()))
        .containsExactly(2, 5);
    assertThat(run.err()).startsWith("2 profiles read: 2 assessed, 0 failed");
  }

  @Test
  void an_empty_input_gives_an_empty_output() {
    Run json = Run.withInput("", "assess", "--batch", "-");
    Run csv = Run.withInput("\n\n", "assess", "--batch", "-", "-f", "csv");

    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEmpty();
    assertThat(json.err()).startsWith("0 profiles read: 0 assessed, 0 failed");
    assertThat(csv.out().split("\r\n")).hasSize(1);
  }

  @Test
  void standard_input_gives_what_the_file_gives() {
    Run file = Run.of("assess", "--batch", waveFile.toString());
    Run stdin = Run.withInput(wave, "assess", "--batch", "-");

    assertThat(stdin.exitCode()).isZero();
    assertThat(stdin.out()).isEqualTo(file.out());
  }

  @Test
  void a_byte_order_mark_before_the_first_line_is_allowed() {
    Run run = Run.withInput("\uFEFF" + wave, "assess", "--batch", "-");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(Run.withInput(wave, "assess", "--batch", "-").out());
  }

  @Test
  void output_writes_the_summaries_to_a_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/wave.csv");

    Run run = Run.of("assess", "--batch", waveFile.toString(), "-f", "csv", "-o", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Run.of("assess", "--batch", waveFile.toString(), "-f", "csv").out());
  }

  @Test
  void fail_on_counts_the_profiles_with_such_findings() throws IOException {
    // Riverton has 3 HIGH findings, Northport none (2 MEDIUM).
    String input =
        oneLine(Run.CITIES.resolve("northport.json"))
            + "\n"
            + oneLine(Run.CITIES.resolve("riverton.json"))
            + "\n";

    Run high = Run.withInput(input, "assess", "--batch", "-", "--fail-on", "HIGH");
    Run medium = Run.withInput(input, "assess", "--batch", "-", "--fail-on", "MEDIUM");
    Run none = Run.withInput(input, "assess", "--batch", "-");

    assertThat(high.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(high.err()).contains("1 profile has findings of priority HIGH (--fail-on HIGH).");
    assertThat(medium.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(medium.err())
        .contains("2 profiles have findings of priority MEDIUM or more urgent (--fail-on MEDIUM).");
    assertThat(none.exitCode()).isZero();
    assertThat(high.out()).isEqualTo(none.out());
  }

  @Test
  void fail_on_passes_when_no_profile_reaches_the_priority() throws IOException {
    String northport = oneLine(Run.CITIES.resolve("northport.json")) + "\n";

    Run run = Run.withInput(northport, "assess", "--batch", "-", "--fail-on", "HIGH");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void a_forced_progress_bar_goes_to_standard_error_only() {
    Run plain = Run.of("assess", "--batch", waveFile.toString(), "--no-progress");
    Run bar = Run.of("assess", "--batch", waveFile.toString(), "--progress");

    assertThat(bar.exitCode()).isZero();
    assertThat(bar.out()).isEqualTo(plain.out());
    assertThat(bar.err()).contains("\rassess ").contains("40 profiles read");
    assertThat(plain.err()).doesNotContain("\r");
  }

  @Test
  void each_line_piped_slowly_is_written_before_the_next_arrives() throws Exception {
    List<String> lines = wave.lines().limit(3).toList();
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(feed);
    StringWriter out = new StringWriter();
    ExecutorService command = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exit =
          command.submit(
              () ->
                  RootCommand.commandLine(
                          in, new PrintWriter(out), new PrintWriter(new StringWriter()))
                      .execute("assess", "--batch", "-", "--threads", "2"));
      for (int i = 0; i < lines.size(); i++) {
        feed.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        int written = i + 1;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (out.toString().lines().count() < written && System.nanoTime() < giveUp) {
          Thread.sleep(5);
        }
        assertThat(out.toString().lines().count())
            .as("summaries written while line %d waits for line %d", written, written + 1)
            .isEqualTo(written);
      }
      feed.close();

      assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
      String all = String.join("\n", lines) + "\n";
      assertThat(out.toString()).isEqualTo(Run.withInput(all, "assess", "--batch", "-").out());
    } finally {
      command.shutdownNow();
    }
  }

  @Test
  void a_missing_batch_file_exits_with_3() {
    Run run = Run.of("assess", "--batch", "no-such-wave.jsonl");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).startsWith("no-such-wave.jsonl: cannot read the file: there is no such");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "assess --batch - ../examples/cities/riverton.json",
        "assess --batch - --format html",
        "assess --batch - --format text",
        "assess --batch - --width 80",
        "assess --batch - --threads 0",
        "assess --batch - --tailoring -",
        "assess ../examples/cities/riverton.json --threads 2",
        "assess ../examples/cities/riverton.json --progress",
        "assess --batch"
      })
  void misuse_of_batch_is_a_usage_error(String line) {
    Run run = Run.of(line.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: cityframework assess");
  }

  @Test
  void a_tailoring_applies_to_every_profile(@TempDir Path dir) throws IOException {
    Path tailoring = dir.resolve("off.yaml");
    Files.writeString(tailoring, "schemaVersion: \"1.0\"\ndisabled: [R5.2]\n");

    Run run = Run.of("assess", "--batch", waveFile.toString(), "--tailoring", tailoring.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode first = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    int counted = 0;
    for (Status s : Status.values()) {
      counted += first.get("counts").get(s.name()).intValue();
    }
    assertThat(counted).isEqualTo(83);
  }

  private static List<String> checkIds(JsonNode top) {
    List<String> ids = new ArrayList<>();
    top.forEach(f -> ids.add(f.get("checkId").stringValue()));
    return ids;
  }

  private static List<String> topOpenFindings(Assessment a) {
    return a.findings().stream()
        .filter(f -> f.priority() != Priority.NONE)
        .limit(3)
        .map(Finding::checkId)
        .toList();
  }

  /** A profile file as one line of JSON Lines. */
  private static String oneLine(Path file) throws IOException {
    CityProfile p = DocumentFormat.JSON.readProfile(file);
    StringBuilder line = new StringBuilder();
    SyntheticProfiles.compact(DocumentFormat.JSON.writeProfile(p), line);
    return line.toString();
  }
}
