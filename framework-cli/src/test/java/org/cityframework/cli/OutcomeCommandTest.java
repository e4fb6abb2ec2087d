package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cohort --outcomes: capacity against outcomes added to the cohort's report. */
class OutcomeCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "cohort");
  private static final String CITIES = EXAMPLE.resolve("cities.jsonl").toString();
  private static final String OUTCOMES = EXAMPLE.resolve("outcomes.csv").toString();

  @TempDir Path dir;

  @Test
  void adds_the_correlation_table_of_the_example_to_the_text_report() throws IOException {
    Run run = Run.of("cohort", CITIES, "--outcomes", OUTCOMES);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Cohort of 40 cities\n");
    String table = Files.readString(EXAMPLE.resolve("correlations.txt"), StandardCharsets.UTF_8);
    assertThat(run.out()).endsWith("\n\n" + table);
    assertThat(run.out()).contains("A correlation is not a cause");
  }

  @Test
  void adds_it_to_markdown_and_to_json_beside_the_cohort_document() {
    Run markdown = Run.of("cohort", CITIES, "--outcomes", OUTCOMES, "--format", "markdown");
    assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
    assertThat(markdown.out()).contains("## Capacity against outcomes\n\nA correlation is not");

    Run json = Run.of("cohort", CITIES, "--outcomes", OUTCOMES, "--format", "json");
    Run cohortOnly = Run.of("cohort", CITIES, "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(json.out())
        .startsWith("{\n  \"cohort\": {\n    \"schemaVersion\": \"1.1\",")
        .contains("\"capacityAgainstOutcomes\": {\n    \"notACause\": \"A correlation is not")
        .contains("\"outcome\": \"resident satisfaction\",\n        \"n\": 40,");
    assertThat(json.out())
        .isEqualTo(
            Run.of("cohort", CITIES, "--outcomes", OUTCOMES, "-f", "json", "--threads", "3").out());
    assertThat(cohortOnly.out()).doesNotContain("capacityAgainstOutcomes");
  }

  @Test
  void the_cohort_s_k_raises_the_minimum_number_of_cities() {
    Run run = Run.of("cohort", CITIES, "--outcomes", OUTCOMES, "--min-cities", "41");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("No figure for a pair with fewer than 41 cities")
        .contains("too few cities (fewer than 41)")
        .doesNotContain("+0.77");
  }

  @Test
  void a_bad_outcomes_file_exits_3_listing_every_problem_with_its_place() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "city,safety\nLyon,abc\nLyon,1,2\n", StandardCharsets.UTF_8);

    Run run = Run.of("cohort", CITIES, "--outcomes", bad.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(bad + ": /2/2: row 2, column \"safety\": not a number")
        .contains(bad + ": /3: row 3: 3 cells where the header has 2");
    Run missing = Run.of("cohort", CITIES, "--outcomes", dir.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("cannot read the outcomes file");
  }

  @Test
  void outcomes_do_not_go_into_html_or_csv() {
    Run run = Run.of("cohort", CITIES, "--outcomes", OUTCOMES, "--format", "html");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--outcomes adds to text, markdown and json reports, not to html");
  }
}
