package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/**
 * The results an assessment hands out refuse values no assessment can give, with a message naming
 * the field and the value: scores, bounds and coverage from 0 to 100, counts not negative, and a
 * finding's priority always the one its verdict, weight, foundation and waiver give (derived).
 */
class ResultValuesTest {
  private static final Assessment ASSESSMENT =
      Assessor.standard().assess(RandomProfiles.seeded(7).next());

  @Test
  void a_score_outside_0_to_100_is_refused() {
    Score overall = ASSESSMENT.scores().overall();
    assertThatThrownBy(() -> overall.withScore(250.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be from 0 to 100, found 250.0");
    assertThatThrownBy(() -> overall.withCoverage(-3))
        .hasMessage("coverage must be from 0 to 100, found -3.0");
    assertThatThrownBy(() -> overall.withCoverage(Double.NaN))
        .hasMessage("coverage must be from 0 to 100, found NaN");
    assertThatThrownBy(() -> overall.withFloor(-0.1))
        .hasMessage("floor must be from 0 to 100, found -0.1");
    assertThatThrownBy(() -> overall.withCeiling(100.1))
        .hasMessage("ceiling must be from 0 to 100, found 100.1");
  }

  @Test
  void a_floor_above_the_ceiling_is_refused() {
    Score s =
        Score.of(
            OptionalDouble.empty(),
            0,
            Optional.empty(),
            Map.of(),
            OptionalDouble.of(10.0),
            OptionalDouble.of(60.0));
    assertThat(s.withFloor(60.0).floor()).hasValue(60.0);
    assertThatThrownBy(() -> s.withFloor(60.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor must not be above ceiling, found floor 60.5 and ceiling 60.0");
  }

  @Test
  void a_maturity_other_than_the_level_of_the_score_is_refused() {
    Score s =
        Score.of(
            OptionalDouble.of(10.0),
            80,
            Optional.of(Maturity.of(10.0)),
            Map.of(),
            OptionalDouble.of(10.0),
            OptionalDouble.of(10.0));
    assertThatThrownBy(() -> s.withMaturity(Maturity.of(90.0)))
        .hasMessage(
            "maturity must be the level of the score, found maturity "
                + Maturity.of(90.0)
                + " and score 10.0");
    assertThatThrownBy(() -> s.withScore(OptionalDouble.empty()))
        .hasMessageContaining("and score none");
  }

  @Test
  void a_negative_count_is_refused() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    counts.put(Status.MET, -1);
    assertThatThrownBy(() -> ASSESSMENT.scores().overall().withCounts(counts))
        .hasMessage("counts must not be negative, found -1 for MET");
  }

  @Test
  void a_score_move_outside_0_to_100_is_refused() {
    OptionalDouble none = OptionalDouble.empty();
    assertThat(new ScoreMove(none, OptionalDouble.of(100), 0, 100, none, none, none, none).after())
        .hasValue(100);
    assertThatThrownBy(
            () -> new ScoreMove(none, none, 0, 101, none, none, none, OptionalDouble.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coverageAfter must be from 0 to 100, found 101.0");
    assertThatThrownBy(() -> new ScoreMove(none, null, 0, 0, none, none, none, none))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a score move's scores and bounds are empty, never null");
  }

  @Test
  void a_met_finding_has_no_priority_and_cannot_be_given_one() {
    Finding met =
        ASSESSMENT.findings().stream()
            .filter(f -> f.status() == Status.MET)
            .findFirst()
            .orElseThrow();
    assertThat(met.priority()).isEqualTo(Priority.NONE);
    // The priority is derived: there is no way to set it, so none can disagree with the verdict.
    assertThat(java.util.Arrays.stream(Finding.Builder.class.getMethods()))
        .extracting(java.lang.reflect.Method::getName)
        .doesNotContain("priority");
  }

  @Test
  void a_finding_copied_with_another_verdict_or_a_waiver_has_the_priority_they_give() {
    Finding first = ASSESSMENT.findings().get(0);
    assertThat(first.priority()).isNotEqualTo(Priority.NONE);
    assertThat(first.withVerdict(Verdict.MET).priority()).isEqualTo(Priority.NONE);
    Finding waived =
        first.withWaiver(
            Waiver.builder()
                .checkId(first.checkId())
                .justification("Agreed by the council")
                .authority("Council")
                .expiresOn(java.time.LocalDate.of(2030, 1, 1))
                .build());
    assertThat(waived.priority()).isEqualTo(Priority.NONE);
    for (Finding f : ASSESSMENT.findings()) {
      assertThat(f.priority())
          .isEqualTo(
              Priority.of(f.verdict(), f.dependents() > 0, f.check().weight(), f.isWaived()));
    }
  }

  @Test
  void a_rank_below_1_or_negative_dependents_are_refused() {
    Finding first = ASSESSMENT.findings().get(0);
    assertThatThrownBy(() -> first.withRank(0))
        .hasMessage("a finding of " + first.checkId() + " has rank 0; ranks start at 1");
    assertThatThrownBy(() -> first.withDependents(-2))
        .hasMessage(
            "a finding of "
                + first.checkId()
                + " has dependents -2; a count of checks cannot be negative");
  }
}
