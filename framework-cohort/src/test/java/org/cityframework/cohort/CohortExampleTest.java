package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessor;
import org.junit.jupiter.api.Test;

/**
 * The example cohort's documents, committed in examples/cohort so that tools/schema-check validates
 * them against the published schemas with ajv: the cohort document of the 40 cities ({@code cohort
 * examples/cohort/cities.jsonl --format json}) and Riverton's place among them ({@code assess
 * examples/cities/riverton.json --cohort examples/cohort/cities.jsonl --format json}). Regenerate
 * with {@code -Dgolden.update=true}.
 */
class CohortExampleTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "cohort");
  private static final Assessor ASSESSOR = Assessor.standard();

  private static Cohort cohort() throws IOException {
    Cohort cohort = Cohort.of(ASSESSOR.catalogue(), PeerFilter.everyCity());
    Files.readAllLines(EXAMPLE.resolve("cities.jsonl"), StandardCharsets.UTF_8).stream()
        .map(DocumentFormat.JSON::readProfile)
        .map(ASSESSOR::assess)
        .forEach(cohort::add);
    return cohort;
  }

  @Test
  void the_committed_cohort_document_is_the_example_s() throws IOException {
    same(EXAMPLE.resolve("cohort.json"), CohortDocument.write(cohort().summary(5)));
  }

  @Test
  void the_committed_peer_position_is_riverton_s_among_the_example() throws IOException {
    byte[] riverton = Files.readAllBytes(Path.of("..", "examples", "cities", "riverton.json"));
    PeerPosition position =
        cohort().position(ASSESSOR.assess(DocumentFormat.JSON.readProfile(riverton)), 5);
    same(EXAMPLE.resolve("riverton.peers.json"), PeerPositionDocument.write(position));
  }

  private static void same(Path golden, String written) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, written, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("%s exists; write it with -Dgolden.update=true", golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate with -Dgolden.update=true", golden)
        .isEqualTo(written);
  }
}
