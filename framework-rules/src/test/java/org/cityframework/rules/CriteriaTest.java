package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_APPLICABLE;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.cityframework.core.Coverage;
import org.junit.jupiter.api.Test;

class CriteriaTest {
  static final Optional<Boolean> YES = Optional.of(true);
  static final Optional<Boolean> NO = Optional.of(false);
  static final Optional<Boolean> UNKNOWN = Optional.empty();

  @Test
  void all_of_keeps_every_outcome_a_filling_in_could_give() {
    assertThat(Criteria.allOf(YES, YES)).isEqualTo(Verdict.MET);
    assertThat(Criteria.allOf(NO, NO)).isEqualTo(Verdict.NOT_MET);
    assertThat(Criteria.allOf(YES, NO)).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.allOf(YES, NO, UNKNOWN)).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.allOf(YES, UNKNOWN)).isEqualTo(Verdict.between(PARTLY_MET, MET));
    assertThat(Criteria.allOf(NO, UNKNOWN)).isEqualTo(Verdict.between(NOT_MET, PARTLY_MET));
    assertThat(Criteria.allOf(NO, NO, UNKNOWN).isCertainGap()).isTrue();
    assertThat(Criteria.allOf(UNKNOWN)).isEqualTo(Verdict.MET.or(Verdict.NOT_MET));
    assertThat(Criteria.allOf(UNKNOWN, UNKNOWN)).isEqualTo(Verdict.UNKNOWN);
    assertThat(Criteria.allOf(List.of())).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void any_of_is_met_by_one_yes_and_not_met_only_by_all_no() {
    assertThat(Criteria.anyOf(UNKNOWN, YES)).isEqualTo(Verdict.MET);
    assertThat(Criteria.anyOf(NO, NO)).isEqualTo(Verdict.NOT_MET);
    assertThat(Criteria.anyOf(NO, UNKNOWN)).isEqualTo(Verdict.MET.or(Verdict.NOT_MET));
    assertThat(Criteria.anyOf(NO, UNKNOWN).allows(PARTLY_MET)).isFalse();
    assertThat(Criteria.anyOf(List.of())).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void at_least_spans_the_lowest_and_highest_possible_counts() {
    assertThat(Criteria.atLeast(2, 1, List.of(YES, YES, UNKNOWN))).isEqualTo(Verdict.MET);
    assertThat(Criteria.atLeast(2, 1, List.of(YES, NO, UNKNOWN)))
        .isEqualTo(Verdict.between(PARTLY_MET, MET));
    assertThat(Criteria.atLeast(3, 1, List.of(YES, NO, UNKNOWN))).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.atLeast(2, 1, List.of(NO, NO, NO))).isEqualTo(Verdict.NOT_MET);
    assertThat(Criteria.atLeast(3, 1, List.of(NO, NO, UNKNOWN)))
        .isEqualTo(Verdict.between(NOT_MET, PARTLY_MET));
    assertThatThrownBy(() -> Criteria.atLeast(1, 2, List.of(YES)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_number_against_thresholds_spans_its_whole_range_when_unknown() {
    assertThat(Criteria.atLeast(OptionalInt.of(80), 80, 1, 0, 100)).isEqualTo(Verdict.MET);
    assertThat(Criteria.atLeast(OptionalInt.of(79), 80, 1, 0, 100)).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.atLeast(OptionalInt.of(0), 80, 1, 0, 100)).isEqualTo(Verdict.NOT_MET);
    assertThat(Criteria.atLeast(OptionalInt.empty(), 80, 1, 0, 100)).isEqualTo(Verdict.UNKNOWN);
    assertThat(Criteria.atLeast(OptionalInt.empty(), 1, 1, 0, Integer.MAX_VALUE))
        .isEqualTo(Verdict.MET.or(Verdict.NOT_MET));
    assertThat(Criteria.atLeast(OptionalInt.empty(), 80, 1, 1, 50)).isEqualTo(Verdict.PARTLY_MET);
  }

  @Test
  void reach_beyond_the_innovation_team_is_what_counts() {
    assertThat(Criteria.reach(Optional.of(Coverage.ALL_AGENCIES))).isEqualTo(Verdict.MET);
    assertThat(Criteria.reach(Optional.of(Coverage.SOME_AGENCIES))).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.reach(Optional.of(Coverage.INNOVATION_TEAM_ONLY)))
        .isEqualTo(Verdict.NOT_MET);
    assertThat(Criteria.reach(Optional.empty())).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void combine_and_either_of_handle_undecided_and_not_applicable_parts() {
    assertThat(Criteria.combine(Verdict.MET, Verdict.NOT_MET)).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.combine(Verdict.MET, Verdict.UNKNOWN))
        .isEqualTo(Verdict.between(PARTLY_MET, MET));
    assertThat(Criteria.combine(Verdict.PARTLY_MET, Verdict.UNKNOWN)).isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.combine(Verdict.NOT_MET, Verdict.UNKNOWN))
        .isEqualTo(Verdict.between(NOT_MET, PARTLY_MET));
    assertThat(Criteria.combine(Verdict.MET, Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.MET);
    assertThat(Criteria.combine(Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(Criteria.eitherOf(Verdict.UNKNOWN, Verdict.MET)).isEqualTo(Verdict.MET);
    assertThat(Criteria.eitherOf(Verdict.PARTLY_MET, Verdict.NOT_MET))
        .isEqualTo(Verdict.PARTLY_MET);
    assertThat(Criteria.eitherOf(Verdict.PARTLY_MET, Verdict.UNKNOWN))
        .isEqualTo(Verdict.between(PARTLY_MET, MET));
    assertThat(Criteria.eitherOf(Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  /** Every combinator, on random inputs: its verdict is exactly the outcomes of the fillings-in. */
  @Test
  void every_verdict_is_exactly_the_outcomes_of_the_fillings_in() {
    SplittableRandom random = new SplittableRandom(2026_12_07);
    for (int round = 0; round < 3_000; round++) {
      List<Optional<Boolean>> facts = new ArrayList<>();
      int n = random.nextInt(1, 6);
      for (int i = 0; i < n; i++) {
        facts.add(List.of(YES, NO, UNKNOWN).get(random.nextInt(3)));
      }
      assertExact(Criteria.allOf(facts), facts, Criteria::allOf);
      assertExact(Criteria.anyOf(facts), facts, Criteria::anyOf);
      int partlyAt = random.nextInt(1, n + 1);
      int metAt = random.nextInt(partlyAt, n + 2);
      assertExact(
          Criteria.atLeast(metAt, partlyAt, facts),
          facts,
          decided -> Criteria.atLeast(metAt, partlyAt, decided));

      List<Verdict> parts = new ArrayList<>();
      for (int i = 0; i < random.nextInt(1, 5); i++) {
        parts.add(Verdict.ofBits(random.nextInt(1, 16)));
      }
      assertExactParts(Criteria.combine(parts), parts, Criteria::combine);
      assertExactParts(
          Criteria.eitherOf(parts.toArray(Verdict[]::new)),
          parts,
          decided -> Criteria.eitherOf(decided.toArray(Verdict[]::new)));
    }
  }

  private static void assertExact(
      Verdict verdict,
      List<Optional<Boolean>> facts,
      Function<List<Optional<Boolean>>, Verdict> decide) {
    Set<Status> outcomes = EnumSet.noneOf(Status.class);
    fillIn(facts, 0, new ArrayList<>(), decide, outcomes);
    assertThat(verdict.possible()).as("%s", facts).isEqualTo(outcomes);
  }

  private static void fillIn(
      List<Optional<Boolean>> facts,
      int at,
      List<Optional<Boolean>> decided,
      Function<List<Optional<Boolean>>, Verdict> decide,
      Set<Status> outcomes) {
    if (at == facts.size()) {
      Verdict v = decide.apply(decided);
      assertThat(v.isDecided()).isTrue();
      outcomes.add(v.status());
      return;
    }
    List<Optional<Boolean>> values =
        facts.get(at).isPresent() ? List.of(facts.get(at)) : List.of(YES, NO);
    for (Optional<Boolean> value : values) {
      decided.add(value);
      fillIn(facts, at + 1, decided, decide, outcomes);
      decided.remove(decided.size() - 1);
    }
  }

  private static void assertExactParts(
      Verdict verdict, List<Verdict> parts, Function<List<Verdict>, Verdict> decide) {
    Set<Status> outcomes = EnumSet.noneOf(Status.class);
    choose(parts, 0, new ArrayList<>(), decide, outcomes);
    assertThat(verdict.possible()).as("%s", parts).isEqualTo(outcomes);
  }

  private static void choose(
      List<Verdict> parts,
      int at,
      List<Verdict> chosen,
      Function<List<Verdict>, Verdict> decide,
      Set<Status> outcomes) {
    if (at == parts.size()) {
      Verdict v = decide.apply(chosen);
      assertThat(v.isDecided()).isTrue();
      outcomes.add(v.status());
      return;
    }
    for (Status s : parts.get(at).possible()) {
      chosen.add(Verdict.of(s));
      choose(parts, at + 1, chosen, decide, outcomes);
      chosen.remove(chosen.size() - 1);
    }
  }

  @Test
  void a_verdict_reads_its_status_and_bounds() {
    Verdict gap = Verdict.between(NOT_MET, PARTLY_MET);
    assertThat(gap.status()).isEqualTo(Status.NOT_ASSESSED);
    assertThat(gap.worstCase()).isEqualTo(NOT_MET);
    assertThat(gap.bestCase()).isEqualTo(PARTLY_MET);
    assertThat(gap.isCertainGap()).isTrue();
    assertThat(gap).hasToString("NOT_MET..PARTLY_MET");
    assertThat(Verdict.NOT_MET.isCertainGap()).isTrue();
    assertThat(Verdict.UNKNOWN.isCertainGap()).isFalse();
    Verdict mayNotApply = Verdict.NOT_APPLICABLE.or(Verdict.NOT_MET);
    assertThat(mayNotApply.bestCase()).isEqualTo(NOT_APPLICABLE);
    assertThat(mayNotApply.isCertainGap()).isFalse();
    assertThat(Verdict.of(Status.NOT_ASSESSED)).isSameAs(Verdict.UNKNOWN);
    assertThat(Verdict.between(MET, MET)).isSameAs(Verdict.MET);
    assertThatThrownBy(() -> Verdict.between(MET, NOT_MET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Verdict.between(Status.NOT_ASSESSED, MET))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
