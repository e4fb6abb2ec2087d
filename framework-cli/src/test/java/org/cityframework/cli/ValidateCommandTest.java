package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out().lines().toList())
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /strategy/"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /staff/teamSize: "))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ": /funding/colour: "))
        .contains(Run.city("lakeside.json") + ": valid (Lakeside, " + lakesideCountry() + ")");
    assertThat(run.out()).endsWith(" 1 valid, 1 invalid (" + problems(run, bad) + " problems).\n");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void a_document_with_too_many_problems_lists_the_first_hundred_and_counts_the_rest(
      @TempDir Path dir) throws IOException {
    StringBuilder document =
        new StringBuilder(
            "{\"schemaVersion\":\"1.0\",\"assessedOn\":\"2026-03-31\",\"country\":\"GB\","
                + "\"name\":\"X\"");
    for (int i = 0; i < 100_000; i++) {
      document.append(",\"k").append(i).append("\":1");
    }
    Path many = dir.resolve("many.json");
    Files.writeString(many, document.append('}'));

    Run run = Run.of("validate", many.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out().lines().toList())
        .hasSize(102)
        .startsWith(many + ": /k0: unknown property \"k0\"; a city profile has no such fact")
        .endsWith(
            many + ": and 99900 more problems (only the first 100 are listed)",
            "1 profile checked: 0 valid, 1 invalid (100000 problems).");
  }

  @Test
  void an_unreadable_file_is_a_problem_too() {
    Run run = Run.of("validate", "missing.json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out())
        .isEqualTo(
            "missing.json: cannot read the file: there is no such file or folder\n"
                + "1 profile checked: 0 valid, 1 invalid (1 problem).\n");
  }

  @Test
  void malformed_json_on_standard_input_is_located() {
    Run run = Run.withInput("{\"schemaVersion\": \"1.0\",\n \"name\": }", "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
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
