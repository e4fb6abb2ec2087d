package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, and usage errors (exit 2). */
class UsageTest {

  @Test
  void help_lists_the_commands_and_the_exit_codes() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "assess",
            "validate",
            "diff",
            "catalogue",
            "schema",
            "export",
            "generate",
            "init",
            "questionnaire",
            "import")
        .contains(
            "Exit codes (when more than one applies, the largest wins):",
            "0   Success",
            "1   Findings at or above --fail-on",
            "2   Usage error",
            "3   An input is invalid or cannot be read",
            "4   The output cannot be written",
            "5   Unexpected error");
  }

  @ParameterizedTest
  @CsvSource({
    "assess, 0 1 2 3 4 5",
    "validate, 0 2 3 4 5",
    "diff, 0 2 3 4 5",
    "catalogue, 0 2 4 5",
    "schema, 0 2 4 5",
    "generate, 0 2 4 5",
    "init, 0 2 4 5",
    "questionnaire, 0 2 4 5",
    "import, 0 2 3 4 5"
  })
  void every_command_has_help_with_the_exit_codes_it_can_give(String command, String codes) {
    Run run = Run.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(run.out().lines().findFirst().get()).contains("Exit codes");
    String list = run.out().substring(run.out().indexOf("Exit codes"));
    List<String> listed =
        list.lines()
            .skip(1)
            .filter(l -> l.matches("  \\d   .*"))
            .map(l -> l.substring(2, 3))
            .toList();
    assertThat(String.join(" ", listed)).isEqualTo(codes);
    assertThat(Run.of("help", command).out()).isEqualTo(run.out());
  }

  /**
   * Picocli formats every description as a format string: a bare {@code %} (as in "39% say") is
   * refused and the text printed raw, with a warning on the JVM's standard error, not the
   * command's.
   */
  @Test
  void every_help_text_formats_without_a_warning() {
    PrintStream before = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      for (String command : RootCommand.COMMANDS) {
        assertThat(Run.of(command, "--help").exitCode()).as(command).isZero();
      }
      assertThat(Run.of("--help").exitCode()).isZero();
    } finally {
      System.setErr(before);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
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
        "init --format xml",
        "init --lang de",
        "init --country XX",
        "init --assessed-on 2026-02-31",
        "assess - -",
        "questionnaire --lang de",
        "import",
        "import survey.csv --mapping m.yaml",
        "import survey.ods --mapping m.yaml --output out",
        "import survey.csv --template out",
        "import --template out --list-items 0"
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
        .startsWith(
            "Missing a command: assess, cohort, validate, diff, catalogue, schema, export, generate,"
                + " init, questionnaire or import.");
  }
}
