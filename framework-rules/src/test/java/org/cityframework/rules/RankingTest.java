package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cityframework.core.Element;
import org.junit.jupiter.api.Test;

/** Priorities and the order of findings, on a small catalogue whose keys are easy to follow. */
class RankingTest {
  /** A (foundation of B and C), B (builds on A), C (builds on B), D and E (leaves). */
  private static final List<CheckInfo> CHECKS =
      List.of(
          info("A.1", 3, Effort.HIGH),
          info("B.1", 2, Effort.LOW, "A.1"),
          info("C.1", 1, Effort.LOW, "B.1"),
          info("D.1", 3, Effort.MEDIUM),
          info("E.1", 1, Effort.LOW));

  private static final Ranking RANKING = new Ranking(CHECKS);

  private static final Verdict CERTAIN_GAP = Verdict.between(Status.NOT_MET, Status.PARTLY_MET);
  private static final Verdict OPEN = Verdict.UNKNOWN;
  private static final Verdict FINE = Verdict.MET.or(Verdict.NOT_APPLICABLE);

  static CheckInfo info(String id, int weight, Effort effort, String... prerequisites) {
    return CheckInfo.builder()
        .id(id)
        .recommendation(1)
        .element(Element.VISION)
        .summary("Practice " + id)
        .why("Because")
        .rule("Rule")
        .addActions("Act")
        .effort(effort)
        .weight(weight)
        .addPrerequisites(prerequisites)
        .build();
  }

  @Test
  void counts_the_checks_that_build_on_each_directly_or_through_others() {
    assertThat(RANKING.dependents(0)).isEqualTo(2);
    assertThat(RANKING.dependents(1)).isEqualTo(1);
    assertThat(RANKING.dependents(2)).isZero();
    assertThat(RANKING.dependents(3)).isZero();
  }

  @Test
  void a_gap_in_a_foundation_is_high_whatever_its_weight_and_size() {
    assertThat(RANKING.priority(1, Verdict.PARTLY_MET, false)).isEqualTo(Priority.HIGH);
    assertThat(RANKING.priority(1, CERTAIN_GAP, false)).isEqualTo(Priority.HIGH);
    assertThat(RANKING.priority(0, Verdict.NOT_MET, false)).isEqualTo(Priority.HIGH);
  }

  @Test
  void a_leaf_gap_is_high_only_when_certainly_not_met_at_weight_3() {
    assertThat(RANKING.priority(3, Verdict.NOT_MET, false)).isEqualTo(Priority.HIGH);
    assertThat(RANKING.priority(3, Verdict.PARTLY_MET, false)).isEqualTo(Priority.MEDIUM);
    // A certain gap counts as its best case, partly met: medium at weight 3.
    assertThat(RANKING.priority(3, CERTAIN_GAP, false)).isEqualTo(Priority.MEDIUM);
    assertThat(RANKING.priority(2, Verdict.NOT_MET, false)).isEqualTo(Priority.LOW);
    assertThat(RANKING.priority(4, CERTAIN_GAP, false)).isEqualTo(Priority.LOW);
  }

  @Test
  void an_open_finding_is_medium_for_a_foundation_and_low_otherwise() {
    assertThat(RANKING.priority(0, OPEN, false)).isEqualTo(Priority.MEDIUM);
    assertThat(RANKING.priority(3, OPEN, false)).isEqualTo(Priority.LOW);
    assertThat(RANKING.priority(3, Verdict.between(Status.PARTLY_MET, Status.MET), false))
        .isEqualTo(Priority.LOW);
  }

  @Test
  void nothing_to_do_is_no_priority() {
    assertThat(RANKING.priority(0, Verdict.MET, false)).isEqualTo(Priority.NONE);
    assertThat(RANKING.priority(0, Verdict.NOT_APPLICABLE, false)).isEqualTo(Priority.NONE);
    assertThat(RANKING.priority(0, FINE, false)).isEqualTo(Priority.NONE);
    assertThat(RANKING.priority(0, Verdict.NOT_MET, true)).isEqualTo(Priority.NONE);
  }

  @Test
  void orders_by_priority_then_tier_foundation_gap_size_weight_effort_and_catalogue() {
    Verdict[] verdicts = {
      OPEN, // A: foundation, open: MEDIUM
      Verdict.PARTLY_MET, // B: foundation gap: HIGH
      Verdict.NOT_MET, // C: leaf, weight 1: LOW
      Verdict.NOT_MET, // D: leaf, weight 3, not met: HIGH
      FINE // E: nothing to do
    };
    int[] order = RANKING.order(verdicts, null);
    // HIGH: B (foundation) before D; MEDIUM: A; LOW: C; NONE: E.
    assertThat(order).containsExactly(1, 3, 0, 2, 4);
    Priority[] priorities = new Priority[5];
    for (int i = 0; i < 5; i++) {
      priorities[i] = RANKING.priority(i, verdicts[i], false);
    }
    assertThat(priorities)
        .containsExactly(
            Priority.MEDIUM, Priority.HIGH, Priority.LOW, Priority.HIGH, Priority.NONE);
  }

  @Test
  void within_a_priority_gaps_come_before_open_findings_and_waived_ones_after() {
    Verdict[] verdicts = {OPEN, Verdict.NOT_MET, Verdict.NOT_MET, OPEN, Verdict.MET};
    Waiver[] waivedBy = new Waiver[5];
    waivedBy[3] =
        Waiver.builder()
            .checkId("D.1")
            .justification("Regional")
            .authority("Council")
            .expiresOn(LocalDate.of(2030, 1, 1))
            .build();
    int[] order = RANKING.order(verdicts, waivedBy);
    // HIGH: B; MEDIUM: A; LOW: C; NONE: D (waived) before E (met).
    assertThat(order).containsExactly(1, 0, 2, 3, 4);
  }

  @Test
  void a_certainly_not_met_gap_ranks_before_the_same_check_partly_met() {
    List<Integer> notMetFirst = new ArrayList<>();
    for (Verdict v : List.of(Verdict.NOT_MET, Verdict.PARTLY_MET)) {
      Verdict[] verdicts = {Verdict.MET, Verdict.MET, Verdict.MET, v, Verdict.PARTLY_MET};
      // D and E are both leaves; E weighs less, so only D's gap size can put E first.
      int[] order = RANKING.order(verdicts, null);
      notMetFirst.add(order[0]);
    }
    assertThat(notMetFirst).containsExactly(3, 3);
    Verdict[] same = {Verdict.MET, Verdict.MET, Verdict.NOT_MET, Verdict.MET, Verdict.NOT_MET};
    // C and E: both LOW, both not met, both weight 1 and low effort: catalogue order.
    assertThat(RANKING.order(same, null)[0]).isEqualTo(2);
  }
}
