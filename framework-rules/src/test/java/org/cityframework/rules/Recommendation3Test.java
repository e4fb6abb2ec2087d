package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
import static org.cityframework.rules.CheckCase.either;
import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.cityframework.core.Barrier;
import org.cityframework.core.BarrierKind;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.MeasurementMethod;
import org.cityframework.core.StaffRoleElement;
import org.cityframework.core.StrategyScope;
import org.cityframework.core.StrategyStatus;
import org.cityframework.core.WellBeingOutcome;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation3Test {

  static final Goal OUTCOME_GOAL =
      Goal.builder()
          .description("Fewer emergency admissions for asthma")
          .indicator("asthma admissions per 10 000 residents")
          .baseline(new BigDecimal("21.5"))
          .target(new BigDecimal("15"))
          .targetYear(2030)
          .outcome(WellBeingOutcome.HEALTH)
          .measurementMethod(MeasurementMethod.ADMINISTRATIVE_DATA)
          .build();

  static final Goal EFFICIENCY_GOAL =
      Goal.builder()
          .description("Faster permit processing")
          .indicator("days to issue a permit")
          .baseline(new BigDecimal("40"))
          .target(new BigDecimal("20"))
          .build();

  static final Goal VAGUE_GOAL = Goal.builder().description("Be more innovative").build();

  static CityProfile strategy(InnovationStrategy.Builder strategy) {
    return city().strategy(strategy.build()).build();
  }

  static InnovationStrategy.Builder adopted() {
    return InnovationStrategy.builder().status(StrategyStatus.ADOPTED);
  }

  static final CityProfile NO_STRATEGY =
      strategy(InnovationStrategy.builder().status(StrategyStatus.NONE));

  /** {@link #OUTCOME_GOAL} without its target year: measurable, but not concrete. */
  static final Goal UNDATED_OUTCOME_GOAL =
      Goal.builder()
          .description("Cleaner air")
          .indicator("days above the PM2.5 limit")
          .baseline(new BigDecimal("35"))
          .target(new BigDecimal("10"))
          .outcome(WellBeingOutcome.HEALTH)
          .build();

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R3.0",
            "adopted, published, with a measurable goal",
            strategy(adopted().published(true).addGoal(EFFICIENCY_GOAL))),
        met(
            "R3.0",
            "published, which implies adopted, with a measurable goal",
            strategy(InnovationStrategy.builder().published(true).addGoal(OUTCOME_GOAL))),
        partlyMet(
            "R3.0",
            "adopted and published, no measurable goal",
            strategy(adopted().published(true).addGoal(VAGUE_GOAL))),
        partlyMet(
            "R3.0",
            "in development, which implies not published, with a measurable goal",
            strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.IN_DEVELOPMENT)
                    .addGoal(OUTCOME_GOAL))),
        notMet("R3.0", "no strategy, which implies not published and no goals", NO_STRATEGY),
        between(
            "R3.0",
            "adopted and published, goals unknown",
            strategy(adopted().published(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R3.0",
            "not published and said to set no goals, status unknown: a certain gap",
            strategy(InnovationStrategy.builder().published(false).statesGoals(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R3.0", "nothing stated", unknownCity()),
        met(
            "R3.1",
            "every goal measurable, concrete and an outcome for residents",
            strategy(adopted().addGoal(OUTCOME_GOAL))),
        partlyMet(
            "R3.1",
            "one outcome goal, one efficiency goal",
            strategy(adopted().addGoals(OUTCOME_GOAL, EFFICIENCY_GOAL))),
        partlyMet(
            "R3.1",
            "one dated outcome goal, one outcome goal with no target year",
            strategy(adopted().addGoals(OUTCOME_GOAL, UNDATED_OUTCOME_GOAL))),
        notMet("R3.1", "only an efficiency goal", strategy(adopted().addGoal(EFFICIENCY_GOAL))),
        notMet(
            "R3.1",
            "only a measurable outcome goal with no target year, so not concrete",
            strategy(adopted().addGoal(UNDATED_OUTCOME_GOAL))),
        notMet("R3.1", "a strategy said to set no goals", strategy(adopted().statesGoals(false))),
        notMet("R3.1", "no strategy, which implies no goals", NO_STRATEGY),
        between(
            "R3.1",
            "adopted, goals not listed: any of the three",
            strategy(adopted()),
            Status.NOT_MET,
            Status.MET),
        met("R3.2", "cross-sector scope", strategy(adopted().scope(StrategyScope.CROSS_SECTOR))),
        met(
            "R3.2",
            "published, which implies an adopted strategy, with a cross-sector scope",
            strategy(
                InnovationStrategy.builder().published(true).scope(StrategyScope.CROSS_SECTOR))),
        partlyMet(
            "R3.2", "multi-sector scope", strategy(adopted().scope(StrategyScope.MULTI_SECTOR))),
        notMet(
            "R3.2", "single-sector scope", strategy(adopted().scope(StrategyScope.SINGLE_SECTOR))),
        notMet("R3.2", "no strategy", NO_STRATEGY),
        between(
            "R3.2",
            "adopted, scope unknown: any of the three",
            strategy(adopted()),
            Status.NOT_MET,
            Status.MET),
        unknown("R3.2", "nothing stated", unknownCity()),
        met(
            "R3.3",
            "training and review roles clarified",
            strategy(
                adopted()
                    .putStaffRole(StaffRoleElement.TRAINING, true)
                    .putStaffRole(StaffRoleElement.PERFORMANCE_REVIEW, true))),
        met(
            "R3.3",
            "only training clarified, the rest known not: any one suffices (and/or)",
            strategy(
                adopted()
                    .putStaffRole(StaffRoleElement.TRAINING, true)
                    .putStaffRole(StaffRoleElement.TIME_FOR_INNOVATION, false)
                    .putStaffRole(StaffRoleElement.SKILLS_FOR_NEW_HIRES, false)
                    .putStaffRole(StaffRoleElement.PERFORMANCE_REVIEW, false))),
        met(
            "R3.3",
            "one role clarified, the others unknown",
            strategy(adopted().putStaffRole(StaffRoleElement.SKILLS_FOR_NEW_HIRES, true))),
        notMet(
            "R3.3",
            "no role clarified",
            strategy(
                adopted()
                    .putStaffRole(StaffRoleElement.TRAINING, false)
                    .putStaffRole(StaffRoleElement.TIME_FOR_INNOVATION, false)
                    .putStaffRole(StaffRoleElement.SKILLS_FOR_NEW_HIRES, false)
                    .putStaffRole(StaffRoleElement.PERFORMANCE_REVIEW, false))),
        notMet("R3.3", "no strategy, which implies no role clarified", NO_STRATEGY),
        either(
            "R3.3",
            "three roles known not, one unknown: met or not met, never partly",
            strategy(
                adopted()
                    .putStaffRole(StaffRoleElement.TRAINING, false)
                    .putStaffRole(StaffRoleElement.TIME_FOR_INNOVATION, false)
                    .putStaffRole(StaffRoleElement.SKILLS_FOR_NEW_HIRES, false)),
            Status.NOT_MET,
            Status.MET),
        unknown("R3.3", "nothing stated", unknownCity()),
        met(
            "R3.4",
            "funding and data expectations",
            strategy(adopted().fundingExpectations(true).dataUseExpectations(true))),
        partlyMet(
            "R3.4",
            "funding expectations only",
            strategy(adopted().fundingExpectations(true).dataUseExpectations(false))),
        notMet(
            "R3.4",
            "neither",
            strategy(adopted().fundingExpectations(false).dataUseExpectations(false))),
        notMet("R3.4", "no strategy, which implies no expectations", NO_STRATEGY),
        between(
            "R3.4",
            "funding expectations, data unknown",
            strategy(adopted().fundingExpectations(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R3.4",
            "no funding expectations, data unknown: a certain gap",
            strategy(adopted().fundingExpectations(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R3.4", "nothing stated", unknownCity()),
        met(
            "R3.5",
            "every barrier addressed; barriers listed imply resistance is identified",
            strategy(
                adopted()
                    .addBarriers(
                        barrier(BarrierKind.ADMINISTRATIVE_INERTIA, true),
                        barrier(BarrierKind.SCEPTICAL_RESIDENTS, true)))),
        met(
            "R3.5",
            "resistance identified and its one barrier addressed",
            strategy(
                adopted()
                    .identifiesResistance(true)
                    .addBarriers(barrier(BarrierKind.ADMINISTRATIVE_INERTIA, true)))),
        partlyMet(
            "R3.5",
            "one of two barriers addressed",
            strategy(
                adopted()
                    .addBarriers(
                        barrier(BarrierKind.ADMINISTRATIVE_INERTIA, true),
                        barrier(BarrierKind.SCEPTICAL_RESIDENTS, false)))),
        partlyMet(
            "R3.5",
            "resistance identified, no barrier addressed",
            strategy(
                adopted()
                    .identifiesResistance(true)
                    .addBarriers(
                        barrier(BarrierKind.ADMINISTRATIVE_INERTIA, false),
                        barrier(BarrierKind.SCEPTICAL_RESIDENTS, false)))),
        notMet("R3.5", "identifies no resistance", strategy(adopted().identifiesResistance(false))),
        notMet("R3.5", "no strategy, which implies no resistance identified", NO_STRATEGY),
        between(
            "R3.5",
            "identifies resistance, barriers not listed",
            strategy(adopted().identifiesResistance(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R3.5",
            "one barrier listed, whether it is addressed unknown",
            strategy(
                adopted()
                    .addBarriers(
                        Barrier.builder().kind(BarrierKind.LACK_OF_STAFF_FAMILIARITY).build())),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R3.5", "nothing stated", unknownCity()));
  }

  static Barrier barrier(BarrierKind kind, boolean addressed) {
    return Barrier.builder().kind(kind).addressed(addressed).build();
  }

  static Stream<Named<CheckCase>> named() {
    return cases().map(CheckCase::named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void decides_the_status_from_the_facts(CheckCase c) {
    assertDecides(c);
  }
}
