package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.junit.jupiter.api.Test;

/**
 * The example in examples/cohort: 40 generated cities and an outcomes file with one planted
 * relation (resident satisfaction rising with the overall score) and two outcomes of pure noise
 * (examples/cohort/README.md). The planted relation is found, the noise is not; the table is the
 * committed examples/cohort/correlations.txt (regenerate with {@code -Dgolden.update=true}).
 */
class OutcomeExampleTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "cohort");

  @Test
  void the_example_finds_the_planted_relation_and_not_the_noise() throws IOException {
    List<Assessment> cohort =
        Files.readAllLines(EXAMPLE.resolve("cities.jsonl"), StandardCharsets.UTF_8).stream()
            .map(DocumentFormat.JSON::readProfile)
            .map(Assessor.standard()::assess)
            .toList();
    CorrelationTable table =
        CorrelationTable.of(cohort, OutcomeTable.read(EXAMPLE.resolve("outcomes.csv")));
    assertThat(table.cohortSize()).isEqualTo(40);
    assertThat(table.citiesWithOutcomes()).isEqualTo(40);
    assertThat(table.rowsWithoutCity()).isZero();
    Correlation planted = table.correlation("overall", "resident satisfaction").orElseThrow();
    assertThat(planted.n()).isEqualTo(40);
    assertThat(planted.rho().getAsDouble()).isGreaterThan(0.5);
    assertThat(planted.significant()).isTrue();
    assertThat(table.correlations())
        .filteredOn(c -> !c.outcome().equals("resident satisfaction"))
        .noneMatch(Correlation::significant);
    // Safety is blank for every seventh city: 35 of the 40 count in its pairs.
    assertThat(table.correlation("overall", "safety").orElseThrow().n()).isEqualTo(35);
    // The table the example's README shows, kept as a golden file.
    Path golden = EXAMPLE.resolve("correlations.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, table.text(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(golden, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate with -Dgolden.update=true", golden)
        .isEqualTo(table.text());
  }
}
