package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, and usage errors (exit 2). */
class UsageTest {

  @Test
  void help_lists_the_commands_and_the_exit_codes() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("assess", "validate", "diff", "catalogue", "schema", "generate")
        .contains("Exit codes:", "0   Success.", "1   Findings at or above --fail-on", "2   Usage");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "validate", "diff", "catalogue", "schema", "generate"})
  void every_command_has_help_with_the_exit_codes(String command) {
    Run run = Run.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(run.out().lines().findFirst().get()).contains("Exit codes:");
    assertThat(Run.of("help", command).out()).isEqualTo(run.out());
  }

  @Test
  void version_comes_from_the_build() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("cityframework \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "assess",
        "inspect",
        "assess --colour ../examples/cities/riverton.json",
        "assess --format pdf ../examples/cities/riverton.json",
        "validate",
        "diff a.json",
        "catalogue --format html",
        "assess - -"
      })
  void usage_errors_exit_with_2_and_say_what_is_wrong(String line) {
    Run run = Run.of(line.isEmpty() ? new String[0] : line.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: cityframework").doesNotContain("\tat ");
  }

  @Test
  void a_missing_command_is_named() {
    assertThat(Run.of().err())
        .startsWith("Missing a command: assess, validate, diff, catalogue, schema or generate.");
  }
}
