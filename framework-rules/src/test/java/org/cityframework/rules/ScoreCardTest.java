package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

class ScoreCardTest {

  @Test
  void scores_weighted_credit_over_assessed_findings_and_reports_coverage_beside_it() {
    List<Finding> findings =
        List.of(
            finding("X.1", 1, Status.MET),
            finding("X.2", 2, Status.PARTLY_MET),
            finding("X.3", 1, Status.NOT_MET),
            finding("X.4", 2, Status.NOT_ASSESSED),
            finding("X.5", 3, Status.NOT_APPLICABLE));
    Score s = ScoreCard.score(findings, f -> true);
    // (1 x 1 + 2 x 0.5 + 1 x 0) / (1 + 2 + 1) = 50%; assessed weight 4 of 6 in scope.
    assertThat(s.score()).hasValue(50.0);
    assertThat(s.coverage()).isEqualTo(66.7);
    assertThat(s.maturity()).contains(Maturity.DEFINED);
    assertThat(s.counts()).containsEntry(Status.NOT_ASSESSED, 1).containsEntry(Status.MET, 1);
  }

  @Test
  void not_assessed_never_counts_as_zero_and_low_coverage_gives_no_maturity() {
    List<Finding> findings =
        List.of(finding("X.1", 1, Status.MET), finding("X.2", 3, Status.NOT_ASSESSED));
    Score s = ScoreCard.score(findings, f -> true);
    assertThat(s.score()).hasValue(100.0);
    assertThat(s.coverage()).isEqualTo(25.0);
    assertThat(s.maturity()).isEmpty();
  }

  @Test
  void the_floor_and_ceiling_count_each_finding_with_its_worst_and_best_case() {
    List<Finding> findings =
        List.of(
            finding("X.1", 2, Verdict.MET),
            finding("X.2", 1, Verdict.between(Status.NOT_MET, Status.PARTLY_MET)),
            finding("X.3", 1, Verdict.UNKNOWN));
    Score s = ScoreCard.score(findings, f -> true);
    // Floor: (2 x 1 + 0 + 0) / 4 = 50; ceiling: (2 + 0.5 + 1) / 4 = 87.5; score: met alone, 100.
    assertThat(s.floor()).hasValue(50.0);
    assertThat(s.ceiling()).hasValue(87.5);
    assertThat(s.score()).hasValue(100.0);
    assertThat(s.maturityAtLeast()).contains(Maturity.DEFINED);
  }

  @Test
  void a_finding_that_may_not_apply_counts_only_where_it_moves_the_bound_its_way() {
    Verdict mayNotApply = Verdict.NOT_APPLICABLE.or(Verdict.NOT_MET);
    List<Finding> findings =
        List.of(finding("X.1", 1, Verdict.MET), finding("X.2", 3, mayNotApply));
    Score s = ScoreCard.score(findings, f -> true);
    assertThat(s.floor()).hasValue(25.0); // in scope, not met: 1 / 4
    assertThat(s.ceiling()).hasValue(100.0); // out of scope
    Score alone = ScoreCard.score(List.of(finding("X.2", 3, mayNotApply)), f -> true);
    assertThat(alone.floor()).hasValue(0.0);
    assertThat(alone.ceiling()).hasValue(0.0);
    Score none = ScoreCard.score(List.of(finding("X.3", 2, Verdict.NOT_APPLICABLE)), f -> true);
    assertThat(none.floor()).isEmpty();
    assertThat(none.ceiling()).isEmpty();
    assertThat(none.maturityAtLeast()).isEmpty();
  }

  @Test
  void waived_findings_stay_out_of_the_bounds() {
    Finding waived =
        Finding.builder()
            .from(finding("X.2", 3, Verdict.NOT_MET))
            .waiver(
                Waiver.builder()
                    .checkId("X.2")
                    .justification("Regional")
                    .authority("Council")
                    .expiresOn(java.time.LocalDate.of(2030, 1, 1))
                    .build())
            .build();
    Score s = ScoreCard.score(List.of(finding("X.1", 1, Verdict.MET), waived), f -> true);
    assertThat(s.floor()).hasValue(100.0);
    assertThat(s.ceiling()).hasValue(100.0);
  }

  /**
   * On random groups of findings with random verdicts, the floor and ceiling are the lowest and
   * highest score over every way of choosing a status each verdict allows.
   */
  @Test
  void the_bounds_are_the_extremes_over_every_choice_of_statuses() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 2_000; round++) {
      List<Finding> findings = new ArrayList<>();
      int n = random.nextInt(1, 6);
      for (int i = 0; i < n; i++) {
        findings.add(
            finding("X." + i, random.nextInt(1, 4), Verdict.ofBits(random.nextInt(1, 16))));
      }
      double[] extremes = {Double.MAX_VALUE, -Double.MAX_VALUE};
      extremes(findings, 0, new ArrayList<>(), extremes);
      Score s = ScoreCard.score(findings, f -> true);
      if (extremes[0] == Double.MAX_VALUE) {
        assertThat(s.floor()).as("%s", findings).isEmpty();
        continue;
      }
      assertThat(s.floor()).as("%s", findings).hasValue(extremes[0]);
      assertThat(s.ceiling()).as("%s", findings).hasValue(extremes[1]);
    }
  }

  /** The lowest and highest rounded score over the statuses each finding's verdict allows. */
  private static void extremes(
      List<Finding> findings, int at, List<Finding> chosen, double[] extremes) {
    if (at == findings.size()) {
      Score s = ScoreCard.score(chosen, f -> true);
      if (s.score().isPresent()) {
        extremes[0] = Math.min(extremes[0], s.score().getAsDouble());
        extremes[1] = Math.max(extremes[1], s.score().getAsDouble());
      }
      return;
    }
    Finding f = findings.get(at);
    for (Status status : f.verdict().possible()) {
      chosen.add(withVerdict(f, Verdict.of(status)));
      extremes(findings, at + 1, chosen, extremes);
      chosen.remove(chosen.size() - 1);
    }
  }

  @Test
  void maturity_levels_start_at_their_lower_bounds() {
    assertThat(Maturity.of(0)).isEqualTo(Maturity.INITIAL);
    assertThat(Maturity.of(19.9)).isEqualTo(Maturity.INITIAL);
    assertThat(Maturity.of(20)).isEqualTo(Maturity.DEVELOPING);
    assertThat(Maturity.of(59.9)).isEqualTo(Maturity.DEFINED);
    assertThat(Maturity.of(60)).isEqualTo(Maturity.ESTABLISHED);
    assertThat(Maturity.of(100)).isEqualTo(Maturity.EMBEDDED);
  }

  static Finding finding(String id, int weight, Status status) {
    return finding(id, weight, Verdict.of(status));
  }

  static Finding finding(String id, int weight, Verdict verdict) {
    CheckInfo info =
        CheckInfo.builder()
            .id(id)
            .recommendation(1)
            .element(Element.VISION)
            .summary("A practice")
            .why("Because")
            .rule("Rule")
            .addActions("Act")
            .effort(Effort.LOW)
            .weight(weight)
            .build();
    return Finding.builder().check(info).verdict(verdict).rank(1).dependents(0).build();
  }

  /** The same finding with another verdict (and so the priority that verdict gives). */
  static Finding withVerdict(Finding f, Verdict verdict) {
    return Finding.builder().from(f).verdict(verdict).build();
  }

  @Test
  void scores_are_one_value_whichever_groups_were_asked_for_first_and_on_any_thread()
      throws Exception {
    List<CityProfile> profiles = RandomProfiles.seeded(12).stream().limit(200).toList();
    for (CityProfile p : profiles) {
      List<Finding> findings = Assessor.standard().assess(p).findings();
      Scores untouched = ScoreCard.of(findings);
      Scores layersFirst = ScoreCard.of(findings);
      Map<GovernanceLayer, Score> layers = layersFirst.byLayer();
      assertThat(layersFirst.byLayer()).isSameAs(layers);
      String text = untouched.toString();
      assertThat(text)
          .startsWith("Scores{overall=Score{")
          .contains(", byRecommendation={1=Score{", ", byElement={VISION=Score{")
          .contains(", byComponent={", ", byLayer={");
      assertThat(ScoreCard.of(findings).hashCode()).isEqualTo(layersFirst.hashCode());
      assertThat(ScoreCard.of(findings)).isEqualTo(layersFirst).hasToString(text);
      for (Element e : Element.values()) {
        assertThat(untouched.byElement().get(e))
            .isEqualTo(ScoreCard.score(findings, f -> f.check().element() == e));
      }
      for (InnovationComponent c : InnovationComponent.values()) {
        assertThat(untouched.byComponent().get(c))
            .isEqualTo(
                ScoreCard.score(findings, f -> f.check().component().equals(Optional.of(c))));
      }
      for (GovernanceLayer l : GovernanceLayer.values()) {
        assertThat(layers.get(l))
            .isEqualTo(ScoreCard.score(findings, f -> f.check().layer().equals(Optional.of(l))));
      }
    }
    // One Scores, its groups first asked for by eight threads at once: every thread sees the same.
    List<Finding> findings = Assessor.standard().assess(profiles.get(0)).findings();
    String expected = ScoreCard.of(findings).toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        Scores shared = ScoreCard.of(findings);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> seen = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          seen.add(
              pool.submit(
                  () -> {
                    start.await();
                    return shared.toString();
                  }));
        }
        start.countDown();
        for (Future<String> f : seen) {
          assertThat(f.get()).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void scores_differing_in_any_one_group_are_unequal() {
    Finding plain = finding("X.1", 1, Status.MET);
    Scores base = ScoreCard.of(List.of(plain));
    List<Finding> others =
        List.of(
            finding("X.1", 1, Status.NOT_MET), // overall and everything else
            plain.withCheck(plain.check().withRecommendation(2)), // recommendations only
            plain.withCheck(plain.check().withElement(Element.CAPACITY)), // elements only
            plain.withCheck(plain.check().withComponent(InnovationComponent.values()[0])),
            plain.withCheck(plain.check().withLayer(GovernanceLayer.values()[0])));
    assertThat(base).isEqualTo(ScoreCard.of(List.of(plain))).isNotEqualTo("scores");
    for (Finding other : others) {
      Scores different = ScoreCard.of(List.of(other));
      assertThat(different).as("%s", other.check()).isNotEqualTo(base);
    }
  }

  @Test
  void percent_rounds_half_up_to_one_decimal_exactly_as_decimal_arithmetic_does() {
    for (long whole = 1; whole <= 600; whole++) {
      for (long part = 0; part <= whole; part++) {
        double expected =
            BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
        assertThat(ScoreCard.percent(part, whole)).as("%d / %d", part, whole).isEqualTo(expected);
      }
    }
  }

  @Test
  void counts_map_every_status_to_its_count_in_status_order_small_groups_sharing_one_map() {
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 5_000; i++) {
      int[] counts = new int[Status.values().length];
      int bound = random.nextInt(1, 30);
      for (int s = 0; s < counts.length; s++) {
        counts[s] = random.nextInt(bound);
      }
      Map<Status, Integer> expected = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        expected.put(s, counts[s.ordinal()]);
      }
      assertThat(ScoreCard.counts(counts, 0))
          .containsExactlyEntriesOf(expected)
          .isEqualTo(ScoreCard.counts(counts.clone(), 0));
    }
    int[] small = {3, 2, 1, 4, 0};
    assertThat(ScoreCard.counts(small, 0)).isSameAs(ScoreCard.counts(small.clone(), 0));
    // A group's counts read from its place in a longer array, as ScoreCard.of keeps them.
    int[] groups = {9, 9, 9, 9, 9, 3, 2, 1, 4, 0, 7, 7, 7, 7, 7};
    assertThat(ScoreCard.counts(groups, small.length)).isSameAs(ScoreCard.counts(small, 0));
  }
}
