package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cityframework.core.Element;
import org.cityframework.json.DocumentProblem;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Effort;
import org.cityframework.rules.Facts;
import org.cityframework.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One bad line never ends a batch: however many problems it has, it gives one bounded output line,
 * and a fault of ours on one line is that line's error.
 */
class BatchBadLineTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A valid profile, on one line. */
  private static final String GOOD =
      "{\"schemaVersion\":\"1.0\",\"name\":\"Good\",\"country\":\"GB\",\"assessedOn\":\"2026-03-31\"}";

  /** A line with {@code count} unknown properties, each with a long name. */
  private static String unknownProperties(int count) {
    return "{\"schemaVersion\":\"1.0\",\"name\":\"X\",\"country\":\"GB\",\"assessedOn\":\"2026-03-31\""
        + IntStream.range(0, count)
            .mapToObj(i -> ",\"k" + i + "x".repeat(150) + "\":1")
            .collect(Collectors.joining())
        + "}";
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_line_with_thousands_of_problems_gives_one_bounded_line_and_the_batch_goes_on() {
    String input = GOOD + "\n" + unknownProperties(5000) + "\n" + GOOD + "\n";

    Run run = Run.withInput(input, "assess", "--batch", "-", "--threads", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(JSON.readTree(lines.get(i)).get("line").intValue()).isEqualTo(i + 1);
    }
    JsonNode bad = JSON.readTree(lines.get(1));
    assertThat(bad.get("error").booleanValue()).isTrue();
    JsonNode problems = bad.get("problems");
    assertThat(problems.size()).isEqualTo(BatchAssessment.PROBLEMS_PER_LINE + 1);
    assertThat(problems.get(BatchAssessment.PROBLEMS_PER_LINE).get("message").stringValue())
        .matches("and \\d+ more problems not listed here \\(the first 20 are\\)");
    assertThat(lines.get(1).length()).isLessThan(bound());
    assertThat(run.err().lines().filter(l -> l.startsWith("<stdin>:2: ")))
        .hasSize(BatchAssessment.PROBLEMS_PER_LINE + 1);
    assertThat(run.err()).endsWith("\n").contains("3 profiles read: 2 assessed, 1 failed, in ");
  }

  @Test
  void a_bad_line_in_csv_is_bounded_too() {
    String input = GOOD + "\n" + unknownProperties(2000) + "\n" + GOOD + "\n";

    Run run = Run.withInput(input, "assess", "--batch", "-", "-f", "csv");

    List<String> rows = run.out().lines().toList();
    assertThat(rows).hasSize(4); // the header, then a row per line
    assertThat(rows.get(2)).startsWith("2,true,").contains(" more problems not listed here");
    assertThat(rows.get(2).length()).isLessThan(bound());
  }

  /** What a bad line may take at most: its problems, each cut, and the line's other fields. */
  private static int bound() {
    return (BatchAssessment.PROBLEMS_PER_LINE + 1) * (2 * BatchAssessment.PROBLEM_CHARACTERS + 40)
        + 200;
  }

  @Test
  void long_pointers_and_messages_are_cut() {
    String pointer = "/" + "p".repeat(5000);
    String message = "m".repeat(5000);
    List<DocumentProblem> shown =
        BatchAssessment.bounded(
            List.of(new DocumentProblem(pointer, Optional.empty(), Optional.empty(), message)));

    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).pointer()).hasSize(BatchAssessment.PROBLEM_CHARACTERS).endsWith("...");
    assertThat(shown.get(0).message()).hasSize(BatchAssessment.PROBLEM_CHARACTERS).endsWith("...");
  }

  @Test
  void a_fault_of_ours_or_a_lack_of_memory_on_one_line_is_that_lines_error_and_the_batch_goes_on() {
    Assessor faulty = Assessor.of(Catalogue.standard().with(List.of(new FaultyCheck())));
    BatchAssessment batch = new BatchAssessment(faulty, SummaryFormat.JSON, null, 2);
    String input =
        GOOD
            + "\n"
            + GOOD.replace("Good", "Boom")
            + "\n"
            + GOOD
            + "\n"
            + GOOD.replace("Good", "Hungry")
            + "\n";
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        batch.run(
            "wave.jsonl",
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            null,
            null,
            new PrintWriter(out),
            new PrintWriter(err),
            false);

    assertThat(code).isEqualTo(ExitCodes.INPUT);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines)
        .extracting(l -> JSON.readTree(l).get("error").booleanValue())
        .containsExactly(false, true, false, true);
    assertThat(err.toString())
        .contains("wave.jsonl:2: (the whole line): this line could not be assessed")
        .contains("wave.jsonl:4: (the whole line): this line needs more memory than the batch")
        .doesNotContain("IllegalStateException", "OutOfMemoryError", "Boom!")
        .contains("4 profiles read: 2 assessed, 2 failed, in ");
  }

  @Test
  void an_input_that_fails_half_way_keeps_the_summaries_written_so_far_in_standard_output() {
    byte[] lines = (GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(lines),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Input/output error");
              }
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    String[] args = {"assess", "--batch", "-"};

    int code =
        RootCommand.commandLine(failing, StandardOutput.printer(out), new PrintWriter(err), args)
            .execute(args);

    assertThat(code).isEqualTo(ExitCodes.INPUT);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    assertThat(err.toString())
        .isEqualTo("<stdin>: cannot read the input after line 2: Input/output error\n");
  }

  /** A check of one's own that fails on the city named Boom, and runs out of memory on Hungry. */
  private static final class FaultyCheck implements Check {
    private static final CheckInfo INFO =
        CheckInfo.builder()
            .id("X.faulty")
            .recommendation(1)
            .element(Element.VISION)
            .addSeedLines(29)
            .summary("A check that fails on one city")
            .why("To show that one line's fault stays on that line")
            .rule("Fails on Boom")
            .addActions("None")
            .effort(Effort.LOW)
            .weight(1)
            .build();

    @Override
    public CheckInfo info() {
      return INFO;
    }

    @Override
    public Verdict evaluate(Facts facts) {
      if (facts.profile().name().equals("Boom")) {
        throw new IllegalStateException("Boom!");
      }
      if (facts.profile().name().equals("Hungry")) {
        throw new OutOfMemoryError("Hungry!");
      }
      return Verdict.MET;
    }
  }
}
