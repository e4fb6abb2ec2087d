package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void valid_profiles_are_named_and_summed_up() {
    Run run = Run.of("validate", Run.city("riverton.json"), Run.city("riverton.yaml"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            Run.city("riverton.json")
                + ": valid (Riverton, GB, facts as of 2026-03-31)\n"
                + Run.city("riverton.yaml")
                + ": valid (Riverton, GB, facts as of 2026-03-31)\n"
                + "2 profiles checked: 2 valid, 0 invalid.\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void every_problem_is_printed_with_its_file_and_pointer(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        schemaVersion: "1.0"
        name: Badton
        country: GB
        assessedOn: 2026-03-31
        strategy:
          status: NOT_ADOPTED
          published: true
        staff:
          teamSize: -3
        funding:
          colour: blue
        """);

    Run run = Run.of("validate", bad.toString(), Run.city("lakeside.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /strategy/"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /staff/teamSize: "))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /funding/colour: "))
        .contains(Run.city("lakeside.json") + ": valid (Lakeside, " + lakesideCountry() + ")");
    assertThat(run.out()).endsWith(" 1 valid, 1 invalid (" + problems(run, bad) + " problems).\n");
  }

  @Test
  void an_unreadable_file_is_a_problem_too() {
    Run run = Run.of("validate", "missing.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "missing.json: cannot read the file: there is no such file or folder\n"
                + "1 profile checked: 0 valid, 1 invalid (1 problem).\n");
  }

  @Test
  void malformed_json_on_standard_input_is_located() {
    Run run = Run.withInput("{\"schemaVersion\": \"1.0\",\n \"name\": }", "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("<stdin>: /name: the document is not well-formed JSON (line 2, column 10)");
  }

  private static String lakesideCountry() {
    String line = Run.of("validate", Run.city("lakeside.json")).out().lines().findFirst().get();
    return line.substring(line.indexOf("Lakeside, ") + "Lakeside, ".length(), line.indexOf(')'));
  }

  private static long problems(Run run, Path bad) {
    return run.out().lines().filter(l -> l.startsWith(bad + ": ")).count();
  }
}
