package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cityframework.json.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cityframework import}: survey exports to profiles, and the template. */
class ImportCommandTest {
  private static final Path SURVEY = Path.of("..", "examples", "survey");

  @TempDir Path dir;

  @Test
  void the_example_writes_a_profile_per_good_row_and_lists_every_problem_with_exit_3()
      throws IOException {
    Path out = dir.resolve("profiles");
    Run run =
        Run.of(
            "import",
            SURVEY.resolve("survey.csv").toString(),
            "--mapping",
            SURVEY.resolve("mapping.yaml").toString(),
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("port-amelie.json", "riverton.json");
    }
    assertThat(DocumentFormat.JSON.readProfile(out.resolve("port-amelie.json")).name())
        .isEqualTo("Port Amélie");
    String csv = SURVEY.resolve("survey.csv").toString();
    List<String> expected =
        Files.readAllLines(SURVEY.resolve("expected-problems.txt"), StandardCharsets.UTF_8);
    // The file's problems come after the rows' on standard error.
    assertThat(run.err().lines().toList())
        .containsAll(expected.stream().map(l -> csv + ": " + l).toList())
        .hasSize(expected.size() + 1)
        .last()
        .isEqualTo(
            csv
                + ": 5 rows read, 2 imported to "
                + out
                + ", 3 with problems; 1 problem with the file as a whole.");
  }

  @Test
  void json_lines_are_what_assess_batch_reads() throws IOException {
    Path lines = dir.resolve("wave.jsonl");
    Run.of(
        "import",
        SURVEY.resolve("survey.xlsx").toString(),
        "--mapping",
        SURVEY.resolve("mapping.yaml").toString(),
        "--output",
        lines.toString());

    assertThat(Files.readAllLines(lines)).hasSize(2).allMatch(l -> l.startsWith("{\""));
    Run batch = Run.of("assess", "--batch", lines.toString(), "--format", "csv");
    assertThat(batch.exitCode()).as(batch.toString()).isZero();
    assertThat(batch.out()).contains("Riverton", "Port Amélie");
  }

  @Test
  void a_complete_import_exits_with_0() throws IOException {
    Path mapping = dir.resolve("m.yaml");
    Files.writeString(
        mapping,
        "set: {/country: GB, /assessedOn: \"2026-03-31\"}\ncolumns:\n  - {column: City, fact: /name}\n");
    Path survey = dir.resolve("s.csv");
    Files.writeString(survey, "City\nRiverton\nLakeside\n");

    Run run =
        Run.of(
            "import",
            survey.toString(),
            "--mapping",
            mapping.toString(),
            "-o",
            dir.resolve("o").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .isEqualTo(
            survey + ": 2 rows read, 2 imported to " + dir.resolve("o") + ", 0 with problems.\n");
  }

  @Test
  void an_invalid_mapping_lists_its_problems_with_their_lines_and_exits_with_3()
      throws IOException {
    Path mapping = dir.resolve("m.yaml");
    Files.writeString(mapping, "columns:\n  - {column: City, fact: /nme}\n");

    Run run =
        Run.of(
            "import",
            SURVEY.resolve("survey.csv").toString(),
            "--mapping",
            mapping.toString(),
            "-o",
            dir.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(mapping + ": line 2: the profile has no fact /nme; did you mean /name?")
        .contains(mapping + ": line 1: no column gives /country and it is not set");
  }

  @Test
  void the_template_is_a_mapping_that_reads_its_own_header() throws IOException {
    Run run = Run.of("import", "--template", dir.toString(), "--list-items", "2");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path header = dir.resolve("survey-header.csv");
    Path survey = dir.resolve("survey.csv");
    Files.writeString(survey, Files.readString(header));
    Run empty =
        Run.of(
            "import",
            survey.toString(),
            "--mapping",
            dir.resolve("mapping.yaml").toString(),
            "-o",
            dir.resolve("out").toString());
    assertThat(empty.exitCode()).as(empty.toString()).isZero();
    assertThat(empty.err())
        .endsWith("0 rows read, 0 imported to " + dir.resolve("out") + ", 0 with problems.\n");
  }
}
