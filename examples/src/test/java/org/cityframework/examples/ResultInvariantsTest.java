package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;
import org.cityframework.rules.Scores;
import org.cityframework.rules.Waiver;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/**
 * Every finding and score the library itself makes passes the checks its values apply (scores and
 * coverage from 0 to 100, floor not above ceiling, priority the one the verdict gives): for the
 * example cities, the archetypes and 2,000 random profiles, with and without waivers.
 */
class ResultInvariantsTest {
  private static final int PROFILES = 2_000;

  /** About a third of the checks waived until 2100, so that waived findings are rebuilt too. */
  private static final Assessor WAIVING =
      Assessor.standard()
          .withWaivers(
              Catalogue.standard().checks().stream()
                  .map(c -> c.info().id())
                  .filter(id -> Math.floorMod(id.hashCode(), 3) == 0)
                  .map(
                      id ->
                          Waiver.builder()
                              .checkId(id)
                              .justification("Covered by the county")
                              .authority("Council")
                              .expiresOn(LocalDate.of(2100, 1, 1))
                              .build())
                  .toList());

  @Test
  void every_finding_and_score_of_the_example_cities_and_archetypes_rebuilds() throws IOException {
    List<CityProfile> profiles = new ArrayList<>(ExampleCities.all());
    try (Stream<Path> files = Files.list(Path.of("archetypes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        profiles.add(DocumentFormat.JSON.readProfile(file));
      }
    }
    assertThat(profiles).hasSizeGreaterThan(20);
    profiles.forEach(ResultInvariantsTest::rebuildsEverything);
  }

  @Test
  void every_finding_and_score_of_random_profiles_rebuilds() {
    RandomProfiles.seeded(20_261_207).stream()
        .limit(PROFILES)
        .forEach(ResultInvariantsTest::rebuildsEverything);
  }

  private static void rebuildsEverything(CityProfile profile) {
    for (Assessment a : List.of(Assessor.standard().assess(profile), WAIVING.assess(profile))) {
      for (Finding f : a.findings()) {
        assertThat(Finding.builder().from(f).build()).isEqualTo(f);
      }
      Scores s = a.scores();
      List<Score> all = new ArrayList<>();
      all.add(s.overall());
      all.addAll(s.byRecommendation().values());
      all.addAll(s.byElement().values());
      all.addAll(s.byComponent().values());
      all.addAll(s.byLayer().values());
      for (Score score : all) {
        assertThat(Score.builder().from(score).build()).isEqualTo(score);
      }
    }
  }
}
