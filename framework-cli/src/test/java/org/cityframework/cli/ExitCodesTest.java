package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each exit code on each command that can give it, so that a pipeline tells a failing city (1) from
 * a broken file (3) and from output it could not write (4). Output that fails on standard output is
 * {@link FailedWriteTest}'s, for every command and format.
 */
class ExitCodesTest {
  @TempDir static Path dir;

  static Stream<Arguments> runs() throws IOException {
    String riverton = Run.city("riverton.json");
    String missing = dir.resolve("missing.json").toString();
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"name\": \"Broken\", \"assessedOn\": \"2026-02-31\"}");
    Path folder = broken.resolve("out.txt"); // a file stands where its folder should be
    return Stream.of(
        Arguments.of(new String[] {"assess", riverton}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"assess", riverton, "--fail-on", "low"}, ExitCodes.FINDINGS),
        Arguments.of(new String[] {"assess", riverton, "--colour"}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"assess", missing}, ExitCodes.INPUT),
        Arguments.of(new String[] {"assess", broken.toString()}, ExitCodes.INPUT),
        Arguments.of(
            new String[] {"assess", riverton, broken.toString(), "--fail-on", "low"},
            ExitCodes.INPUT),
        Arguments.of(
            new String[] {"assess", riverton, "-o", folder.toString(), "--fail-on", "low"},
            ExitCodes.OUTPUT),
        Arguments.of(new String[] {"validate", riverton}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"validate"}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"validate", riverton, missing}, ExitCodes.INPUT),
        Arguments.of(new String[] {"validate", broken.toString()}, ExitCodes.INPUT),
        Arguments.of(
            new String[] {"diff", Run.city("riverton-2024.json"), riverton}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"diff", riverton}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"diff", riverton, broken.toString()}, ExitCodes.INPUT),
        Arguments.of(
            new String[] {
              "diff", Run.city("riverton-2024.json"), riverton, "-o", folder.toString()
            },
            ExitCodes.OUTPUT),
        Arguments.of(new String[] {"catalogue"}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"catalogue", "-f", "html"}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"catalogue", "-o", folder.toString()}, ExitCodes.OUTPUT),
        Arguments.of(new String[] {"schema"}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"schema", "nothing"}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"schema", "-o", folder.toString()}, ExitCodes.OUTPUT),
        Arguments.of(new String[] {"generate", "2"}, ExitCodes.SUCCESS),
        Arguments.of(new String[] {"generate", "-5"}, ExitCodes.MISUSED),
        Arguments.of(new String[] {"generate", "2", "-o", folder.toString()}, ExitCodes.OUTPUT));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void each_outcome_has_its_own_exit_code(String[] args, int expected) {
    Run run = Run.of(args);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(expected);
    if (expected >= ExitCodes.INPUT) {
      assertThat(run.out() + run.err())
          .as("says why")
          .isNotBlank()
          .doesNotContain("\tat ", "Exception");
    }
  }

  @Test
  void a_batch_with_an_invalid_line_and_findings_at_the_threshold_exits_with_3()
      throws IOException {
    String good = Run.of("generate", "3").out();
    Path batch = dir.resolve("mixed.jsonl");
    Files.writeString(batch, good + "{\"name\": 7}\n", StandardCharsets.UTF_8);

    Run run = Run.of("assess", "--batch", batch.toString(), "--fail-on", "low");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out().lines()).hasSize(4);
    assertThat(Run.of("assess", "--batch", batch.toString().replace("mixed", "none")).exitCode())
        .isEqualTo(ExitCodes.INPUT);
  }

  @Test
  void a_batch_of_valid_lines_with_findings_at_the_threshold_exits_with_1() throws IOException {
    Path batch = dir.resolve("good.jsonl");
    Files.writeString(batch, Run.of("generate", "3").out(), StandardCharsets.UTF_8);

    assertThat(Run.of("assess", "--batch", batch.toString(), "--fail-on", "low").exitCode())
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(Run.of("assess", "--batch", batch.toString()).exitCode())
        .isEqualTo(ExitCodes.SUCCESS);
  }

  @Test
  void a_missing_schema_resource_is_a_fault_of_the_build_not_of_the_input() {
    assertThat(CommandFailure.broken("missing").exitCode()).isEqualTo(ExitCodes.UNEXPECTED);
    assertThat(CommandFailure.writing("cannot write", null).exitCode()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(new CommandFailure("cannot read").exitCode()).isEqualTo(ExitCodes.INPUT);
  }
}
