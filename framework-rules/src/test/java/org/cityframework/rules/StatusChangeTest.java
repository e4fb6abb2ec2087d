package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A change of verdict between two assessments, and a score move with its range. */
class StatusChangeTest {
  private static final Verdict GAP = Verdict.between(Status.NOT_MET, Status.PARTLY_MET);

  static StatusChange change(Verdict was, Verdict now) {
    return StatusChange.of(
        "X.1", "A practice", Optional.ofNullable(was), Optional.ofNullable(now), Priority.LOW);
  }

  @Test
  void a_certain_gap_now_met_is_resolved() {
    assertThat(change(GAP, Verdict.MET).isResolved()).isTrue();
    assertThat(change(Verdict.NOT_MET, Verdict.NOT_APPLICABLE).isResolved()).isTrue();
    assertThat(change(GAP, Verdict.MET.or(Verdict.NOT_APPLICABLE)).isResolved()).isTrue();
    assertThat(change(GAP, Verdict.between(Status.PARTLY_MET, Status.MET)).isResolved()).isFalse();
    assertThat(change(Verdict.UNKNOWN, Verdict.MET).isResolved()).isFalse();
    assertThat(change(null, Verdict.MET).isResolved()).isFalse();
    assertThat(change(GAP, null).isResolved()).isFalse();
  }

  @Test
  void a_certain_gap_that_was_not_one_is_new() {
    assertThat(change(Verdict.UNKNOWN, GAP).isNewGap()).isTrue();
    assertThat(change(Verdict.MET, Verdict.NOT_MET).isNewGap()).isTrue();
    assertThat(change(null, Verdict.PARTLY_MET).isNewGap()).isTrue();
    assertThat(change(GAP, Verdict.NOT_MET).isNewGap()).isFalse();
    assertThat(change(Verdict.MET, Verdict.UNKNOWN).isNewGap()).isFalse();
  }

  @Test
  void says_when_only_the_bounds_moved_and_reads_both_statuses() {
    StatusChange c = change(Verdict.UNKNOWN, GAP);
    assertThat(c.isBoundsOnly()).isTrue();
    assertThat(c.from()).contains(Status.NOT_ASSESSED);
    assertThat(c.to()).contains(Status.NOT_ASSESSED);
    assertThat(change(Verdict.NOT_MET, GAP).isBoundsOnly()).isFalse();
    assertThat(change(null, GAP).isBoundsOnly()).isFalse();
    assertThat(change(GAP, null).to()).isEmpty();
  }

  @Test
  void a_score_move_says_when_its_range_moved() {
    ScoreMove same =
        new ScoreMove(
            OptionalDouble.of(50),
            OptionalDouble.of(50),
            60,
            60,
            OptionalDouble.of(30),
            OptionalDouble.of(30),
            OptionalDouble.of(80),
            OptionalDouble.of(80));
    assertThat(same.boundsMoved()).isFalse();
    assertThat(same.delta()).hasValue(0.0);
    ScoreMove floor =
        new ScoreMove(
            OptionalDouble.of(50),
            OptionalDouble.of(50),
            60,
            60,
            OptionalDouble.of(30),
            OptionalDouble.of(35),
            OptionalDouble.of(80),
            OptionalDouble.of(80));
    assertThat(floor.boundsMoved()).isTrue();
    ScoreMove ceiling =
        new ScoreMove(
            OptionalDouble.empty(),
            OptionalDouble.of(50),
            0,
            60,
            OptionalDouble.of(30),
            OptionalDouble.of(30),
            OptionalDouble.of(80),
            OptionalDouble.of(75));
    assertThat(ceiling.boundsMoved()).isTrue();
    assertThat(ceiling.delta()).isEmpty();
  }
}
