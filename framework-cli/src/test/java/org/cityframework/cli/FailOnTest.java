package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --fail-on: exit 1 when any finding has the priority or a more urgent one. */
class FailOnTest {

  @ParameterizedTest(name = "{0} with --fail-on {1} exits {2}")
  @CsvSource({
    // Northport: no HIGH finding, some MEDIUM. Eastvale: no HIGH, some MEDIUM. Riverton: HIGH ones.
    "northport.json, HIGH,   0",
    "northport.json, MEDIUM, 1",
    "northport.json, LOW,    1",
    "eastvale.json,  HIGH,   0",
    "eastvale.json,  MEDIUM, 1",
    "riverton.json,  HIGH,   1",
    "riverton.json,  high,   1"
  })
  void fails_on_findings_at_or_above_the_priority(String city, String priority, int exitCode) {
    Run run = Run.of("assess", Run.city(city), "-f", "json", "--fail-on", priority);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.out()).as("the report is written either way").contains("\"findings\"");
  }

  @Test
  void says_how_many_findings_reached_the_threshold() {
    Run run = Run.of("assess", Run.city("northport.json"), "--fail-on", "MEDIUM");

    long medium =
        Assessor.standard()
            .assess(DocumentFormat.JSON.readProfile(readCity("northport.json")))
            .findings()
            .stream()
            .filter(f -> f.priority().isAtLeast(Priority.MEDIUM))
            .count();
    assertThat(medium).isGreaterThan(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "Northport has "
                + medium
                + " findings of priority MEDIUM or more urgent (--fail-on MEDIUM).");
  }

  @Test
  void any_of_several_cities_fails_the_run() {
    Run run =
        Run.of(
            "assess", Run.city("northport.json"), Run.city("riverton.json"), "--fail-on", "HIGH");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.err())
        .startsWith(
            "Riverton has "
                + highFindings("riverton.json").size()
                + " findings of priority HIGH (--fail-on HIGH).");
  }

  @Test
  void waived_findings_do_not_fail_the_run(@TempDir Path dir) throws IOException {
    Path tailoring = dir.resolve("waivers.yaml");
    StringBuilder yaml = new StringBuilder("schemaVersion: \"1.0\"\nwaivers:\n");
    for (String id : highFindings("riverton.json")) {
      yaml.append("  - checkId: ")
          .append(id)
          .append("\n    justification: Data leadership is reviewed in 2027\n")
          .append("    authority: City council\n    expiresOn: 2027-12-31\n");
    }
    Files.writeString(tailoring, yaml);

    Run run =
        Run.of(
            "assess",
            Run.city("riverton.json"),
            "--tailoring",
            tailoring.toString(),
            "--fail-on",
            "HIGH");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  /** The ids of a shipped city's findings of high priority, as the library ranks them. */
  private static List<String> highFindings(String city) {
    Assessment a = Assessor.standard().assess(DocumentFormat.JSON.readProfile(readCity(city)));
    return a.findings().stream()
        .filter(f -> f.priority() == Priority.HIGH)
        .map(Finding::checkId)
        .toList();
  }

  private static String readCity(String city) {
    try {
      return Files.readString(Path.of(Run.city(city)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void none_is_not_a_threshold() {
    Run run = Run.of("assess", Run.city("riverton.json"), "--fail-on", "NONE");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--fail-on");
  }
}
