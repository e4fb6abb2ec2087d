package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.cityframework.core.CityProfile;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/**
 * The bounds of findings and scores, on thousands of random profiles: a profile with facts stated
 * is a filling-in of the same profile with some of them forgotten, so its statuses and scores must
 * lie within the bounds the forgetful profile gives, and its bounds within those bounds.
 */
class BoundsPropertiesTest {
  private static final int PROFILES = 2_000;
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void every_filling_in_lies_within_the_bounds_and_adding_facts_only_narrows_them() {
    SplittableRandom random = new SplittableRandom(19);
    RandomProfiles profiles = RandomProfiles.seeded(2026_12_07).withUnknownShare(0.1);
    int undecided = 0;
    int certainGaps = 0;
    for (int i = 0; i < PROFILES; i++) {
      CityProfile known = profiles.next();
      CityProfile partial = forget(known, random, 1 + random.nextInt(40));
      Assessment filled = ASSESSOR.assess(known);
      Assessment bounded = ASSESSOR.assess(partial);
      for (Finding f : bounded.findings()) {
        Finding truth = filled.finding(f.checkId()).orElseThrow();
        assertThat(f.verdict().allows(truth.status()) || !truth.verdict().isDecided())
            .as("%s: %s outside %s (profile %d)", f.checkId(), truth.status(), f.verdict(), i)
            .isTrue();
        assertThat(f.verdict().possible())
            .as(
                "%s narrows from %s to %s (profile %d)",
                f.checkId(), f.verdict(), truth.verdict(), i)
            .containsAll(truth.verdict().possible());
        if (f.isCertainGap()) {
          assertThat(truth.isCertainGap()).as("%s stays a certain gap", f.checkId()).isTrue();
        }
        if (!f.verdict().isDecided()) {
          undecided++;
          certainGaps += f.isCertainGap() ? 1 : 0;
        }
      }
      int profile = i;
      eachScore(
          bounded.scores(),
          filled.scores(),
          (wide, narrow) -> {
            assertThat(atMost(wide.floor(), narrow.floor()))
                .as("floor %s then %s (profile %d)", wide.floor(), narrow.floor(), profile)
                .isTrue();
            assertThat(atMost(narrow.ceiling(), wide.ceiling()))
                .as("ceiling %s then %s (profile %d)", wide.ceiling(), narrow.ceiling(), profile)
                .isTrue();
            assertThat(atMost(narrow.floor(), narrow.ceiling())).isTrue();
          });
    }
    // The profiles exercise the bounds: many undecided findings, a good share of them certain gaps.
    assertThat(undecided).isGreaterThan(PROFILES * 5);
    assertThat(certainGaps).isGreaterThan(PROFILES);
  }

  @Test
  void a_profile_that_decides_every_finding_has_its_score_as_floor_and_ceiling() {
    RandomProfiles profiles = RandomProfiles.seeded(88).withUnknownShare(0);
    int decided = 0;
    for (int i = 0; i < PROFILES / 4; i++) {
      Assessment a = ASSESSOR.assess(profiles.next());
      if (a.findings().stream().allMatch(f -> f.verdict().isDecided())) {
        decided++;
        eachScore(
            a.scores(),
            a.scores(),
            (s, same) -> {
              assertThat(s.floor()).isEqualTo(s.score());
              assertThat(s.ceiling()).isEqualTo(s.score());
            });
      }
      for (Finding f : a.findings()) {
        assertThat(
                f.bestCase().compareTo(f.worstCase()) <= 0 || f.bestCase() == Status.NOT_APPLICABLE)
            .isTrue();
      }
    }
    assertThat(decided).as("profiles with every finding decided").isGreaterThan(0);
  }

  @Test
  void the_score_of_a_complete_filling_in_lies_between_the_floor_and_the_ceiling() {
    SplittableRandom random = new SplittableRandom(23);
    RandomProfiles profiles = RandomProfiles.seeded(2026).withUnknownShare(0);
    int complete = 0;
    for (int i = 0; i < PROFILES / 2; i++) {
      CityProfile known = profiles.next();
      Assessment filled = ASSESSOR.assess(known);
      if (!filled.findings().stream().allMatch(f -> f.verdict().isDecided())) {
        continue;
      }
      complete++;
      Assessment bounded = ASSESSOR.assess(forget(known, random, 1 + random.nextInt(60)));
      int profile = i;
      eachScore(
          bounded.scores(),
          filled.scores(),
          (wide, truth) -> {
            assertThat(atMost(wide.floor(), truth.score()))
                .as("floor %s, score %s (profile %d)", wide.floor(), truth.score(), profile)
                .isTrue();
            assertThat(atMost(truth.score(), wide.ceiling()))
                .as("score %s, ceiling %s (profile %d)", truth.score(), wide.ceiling(), profile)
                .isTrue();
          });
    }
    assertThat(complete).as("complete profiles drawn").isGreaterThan(PROFILES / 20);
  }

  /** Whether {@code low <= high}, where an empty bound (nothing in scope) is no bound. */
  private static boolean atMost(OptionalDouble low, OptionalDouble high) {
    return low.isEmpty() || high.isEmpty() || low.getAsDouble() <= high.getAsDouble();
  }

  private static void eachScore(Scores a, Scores b, BiConsumer<Score, Score> check) {
    check.accept(a.overall(), b.overall());
    a.byRecommendation().forEach((k, s) -> check.accept(s, b.byRecommendation().get(k)));
    a.byElement().forEach((k, s) -> check.accept(s, b.byElement().get(k)));
    a.byComponent().forEach((k, s) -> check.accept(s, b.byComponent().get(k)));
    a.byLayer().forEach((k, s) -> check.accept(s, b.byLayer().get(k)));
  }

  /** The profile with up to {@code count} of its stated facts forgotten, chosen at random. */
  static CityProfile forget(CityProfile profile, SplittableRandom random, int count) {
    CityProfile p = profile;
    for (int k = 0; k < count; k++) {
      List<UnaryOperator<CityProfile>> forgettings = AssessmentPropertiesTest.forgettings(p);
      if (forgettings.isEmpty()) {
        break;
      }
      p = forgettings.get(random.nextInt(forgettings.size())).apply(p);
    }
    return p;
  }
}
