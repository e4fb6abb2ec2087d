package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Coverage;
import org.cityframework.core.DataMethod;
import org.cityframework.core.DataRole;
import org.cityframework.core.DataUse;
import org.cityframework.core.Evaluation;
import org.cityframework.core.EvaluationMethod;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.MeasurementMethod;
import org.cityframework.core.Operations;
import org.cityframework.core.PolicySector;
import org.cityframework.core.StrategyStatus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation6Test {

  static final Goal MEASURED_GOAL =
      Goal.builder()
          .description("Fewer emergency admissions for asthma")
          .indicator("asthma admissions per 10 000 residents")
          .target(new BigDecimal("15"))
          .measurementMethod(MeasurementMethod.ADMINISTRATIVE_DATA)
          .build();

  static final Goal GOAL_WITHOUT_METHOD =
      Goal.builder()
          .description("Faster permit processing")
          .indicator("days to issue a permit")
          .baseline(new BigDecimal("40"))
          .target(new BigDecimal("20"))
          .build();

  static CityProfile dataUse(DataUse.Builder dataUse) {
    return city().dataUse(dataUse.build()).build();
  }

  static CityProfile evaluation(Evaluation.Builder evaluation) {
    return city().evaluation(evaluation.build()).build();
  }

  static CityProfile strategy(InnovationStrategy.Builder strategy) {
    return city().strategy(strategy.build()).build();
  }

  static InnovationStrategy.Builder adopted() {
    return InnovationStrategy.builder().status(StrategyStatus.ADOPTED);
  }

  static final CityProfile NO_STRATEGY =
      strategy(InnovationStrategy.builder().status(StrategyStatus.NONE));

  /**
   * Sufficient data in the first {@code withData} policy sectors; the others are {@code others}, or
   * not stated when {@code others} is null.
   */
  static Map<PolicySector, Boolean> sectors(int withData, Boolean others) {
    Map<PolicySector, Boolean> sectors = new EnumMap<>(PolicySector.class);
    for (PolicySector s : PolicySector.values()) {
      if (s.ordinal() < withData) {
        sectors.put(s, true);
      } else if (others != null) {
        sectors.put(s, others);
      }
    }
    return sectors;
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R6.0",
            "data plays a significant role, sufficient data in exactly 9 sectors, the rest not"
                + " stated",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.SIGNIFICANT)
                    .putAllSectorsWithSufficientData(sectors(9, null)))),
        partlyMet(
            "R6.0",
            "a significant role, sufficient data in 8 sectors and not in the other 10",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.SIGNIFICANT)
                    .putAllSectorsWithSufficientData(sectors(8, false)))),
        partlyMet(
            "R6.0",
            "a moderate role, sufficient data in all 18 sectors",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.MODERATE)
                    .putAllSectorsWithSufficientData(sectors(18, null)))),
        partlyMet(
            "R6.0",
            "a minor role, sectors not stated: partly met either way",
            dataUse(DataUse.builder().roleInDecisions(DataRole.MINOR))),
        partlyMet(
            "R6.0",
            "a significant role, sufficient data in no sector",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.SIGNIFICANT)
                    .putAllSectorsWithSufficientData(sectors(0, false)))),
        notMet(
            "R6.0",
            "data plays no role, sufficient data in no sector",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.NONE)
                    .putAllSectorsWithSufficientData(sectors(0, false)))),
        unknown(
            "R6.0",
            "a significant role, sufficient data in 8 sectors, the rest not stated",
            dataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.SIGNIFICANT)
                    .putAllSectorsWithSufficientData(sectors(8, null)))),
        unknown("R6.0", "nothing stated", unknownCity()),
        met(
            "R6.1",
            "basic data training in every agency and for new staff",
            dataUse(
                DataUse.builder()
                    .basicDataTraining(Coverage.ALL_AGENCIES)
                    .dataTrainingForNewStaff(true))),
        partlyMet(
            "R6.1",
            "training in some agencies, new staff not stated: partly met either way",
            dataUse(DataUse.builder().basicDataTraining(Coverage.SOME_AGENCIES))),
        partlyMet(
            "R6.1",
            "training in every agency, but not for new staff",
            dataUse(
                DataUse.builder()
                    .basicDataTraining(Coverage.ALL_AGENCIES)
                    .dataTrainingForNewStaff(false))),
        notMet(
            "R6.1",
            "training for the innovation team only, not for new staff",
            dataUse(
                DataUse.builder()
                    .basicDataTraining(Coverage.INNOVATION_TEAM_ONLY)
                    .dataTrainingForNewStaff(false))),
        unknown(
            "R6.1",
            "training in every agency, new staff not stated",
            dataUse(DataUse.builder().basicDataTraining(Coverage.ALL_AGENCIES))),
        unknown("R6.1", "nothing stated", unknownCity()),
        met(
            "R6.2",
            "collection co-ordinated across agencies in common formats",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(true).build())
                .dataUse(DataUse.builder().commonDataFormats(true).build())
                .build()),
        partlyMet(
            "R6.2",
            "collection co-ordinated, formats not compatible",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(true).build())
                .dataUse(DataUse.builder().commonDataFormats(false).build())
                .build()),
        notMet(
            "R6.2",
            "neither co-ordinated nor compatible",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(false).build())
                .dataUse(DataUse.builder().commonDataFormats(false).build())
                .build()),
        unknown(
            "R6.2",
            "common formats, co-ordination not stated",
            dataUse(DataUse.builder().commonDataFormats(true))),
        met(
            "R6.3",
            "the strategy enshrines data competency standards",
            strategy(adopted().dataCompetencyStandards(true))),
        notMet(
            "R6.3",
            "the strategy sets no data competency standards",
            strategy(adopted().dataCompetencyStandards(false))),
        notMet("R6.3", "no strategy", NO_STRATEGY),
        unknown("R6.3", "adopted strategy, standards not stated", strategy(adopted())),
        unknown("R6.3", "nothing stated", unknownCity()),
        met(
            "R6.4",
            "events for data users and public data training",
            dataUse(DataUse.builder().dataUserEvents(true).publicDataTraining(true))),
        partlyMet(
            "R6.4",
            "hack-a-thons, no public data training",
            dataUse(DataUse.builder().dataUserEvents(true).publicDataTraining(false))),
        notMet(
            "R6.4",
            "neither events nor trainings",
            dataUse(DataUse.builder().dataUserEvents(false).publicDataTraining(false))),
        unknown(
            "R6.4",
            "events for data users, training not stated",
            dataUse(DataUse.builder().dataUserEvents(true))),
        met(
            "R6.5",
            "exactly two methods in use, the rest not stated",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, true)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, true))),
        partlyMet(
            "R6.5",
            "resident surveys only, the other five known not used",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, true)
                    .putMethod(DataMethod.RANDOMISED_CONTROLLED_TRIALS, false)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, false)
                    .putMethod(DataMethod.IMPACT_MEASUREMENT, false)
                    .putMethod(DataMethod.PERFORMANCE_ANALYSIS, false)
                    .putMethod(DataMethod.PREDICTIVE_ANALYTICS, false))),
        notMet(
            "R6.5",
            "no data method in use",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, false)
                    .putMethod(DataMethod.RANDOMISED_CONTROLLED_TRIALS, false)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, false)
                    .putMethod(DataMethod.IMPACT_MEASUREMENT, false)
                    .putMethod(DataMethod.PERFORMANCE_ANALYSIS, false)
                    .putMethod(DataMethod.PREDICTIVE_ANALYTICS, false))),
        unknown(
            "R6.5",
            "resident surveys in use, the others not stated",
            dataUse(DataUse.builder().putMethod(DataMethod.RESIDENT_SURVEYS, true))),
        unknown("R6.5", "nothing stated", unknownCity()),
        met(
            "R6.6",
            "every goal states an indicator, a target and a measurement method, though no baseline",
            strategy(adopted().addGoal(MEASURED_GOAL))),
        partlyMet(
            "R6.6",
            "one goal says how it is measured, the other does not",
            strategy(adopted().addGoals(MEASURED_GOAL, GOAL_WITHOUT_METHOD))),
        notMet(
            "R6.6",
            "the only goal has indicator, baseline and target but no measurement method",
            strategy(adopted().addGoal(GOAL_WITHOUT_METHOD))),
        notMet("R6.6", "a strategy said to set no goals", strategy(adopted().statesGoals(false))),
        notMet("R6.6", "no strategy", NO_STRATEGY),
        unknown("R6.6", "adopted strategy, goals not listed", strategy(adopted())),
        met(
            "R6.7",
            "a system of evaluation, a data inventory and resident surveys",
            evaluation(
                Evaluation.builder()
                    .evaluationSystem(true)
                    .dataInventoryTaken(true)
                    .putMethod(EvaluationMethod.RESIDENT_SURVEYS, true))),
        partlyMet(
            "R6.7",
            "a system of evaluation using interviews, but no data inventory",
            evaluation(
                Evaluation.builder()
                    .evaluationSystem(true)
                    .dataInventoryTaken(false)
                    .putMethod(EvaluationMethod.INTERVIEWS, true))),
        partlyMet(
            "R6.7",
            "a system and an inventory, but administrative data is the only method used",
            evaluation(
                Evaluation.builder()
                    .evaluationSystem(true)
                    .dataInventoryTaken(true)
                    .putMethod(EvaluationMethod.ADMINISTRATIVE_DATA, true)
                    .putMethod(EvaluationMethod.RESIDENT_SURVEYS, false)
                    .putMethod(EvaluationMethod.INTERVIEWS, false)
                    .putMethod(EvaluationMethod.RANDOMISED_CONTROLLED_TRIALS, false))),
        notMet(
            "R6.7",
            "no system, no inventory, no simple method",
            evaluation(
                Evaluation.builder()
                    .evaluationSystem(false)
                    .dataInventoryTaken(false)
                    .putMethod(EvaluationMethod.RESIDENT_SURVEYS, false)
                    .putMethod(EvaluationMethod.INTERVIEWS, false)
                    .putMethod(EvaluationMethod.RANDOMISED_CONTROLLED_TRIALS, false))),
        unknown(
            "R6.7",
            "a system and an inventory, methods not stated",
            evaluation(Evaluation.builder().evaluationSystem(true).dataInventoryTaken(true))),
        unknown("R6.7", "nothing stated", unknownCity()),
        met(
            "R6.8",
            "exactly 80% of projects monitored from inception, evaluation informs stop decisions",
            evaluation(
                Evaluation.builder()
                    .projectsMonitoredFromInceptionPercent(80)
                    .stopDecisionsUseEvaluation(true))),
        partlyMet(
            "R6.8",
            "79% of projects monitored from inception, evaluation informs stop decisions",
            evaluation(
                Evaluation.builder()
                    .projectsMonitoredFromInceptionPercent(79)
                    .stopDecisionsUseEvaluation(true))),
        partlyMet(
            "R6.8",
            "every project monitored from inception, but evaluation never informs stop decisions",
            evaluation(
                Evaluation.builder()
                    .projectsMonitoredFromInceptionPercent(100)
                    .stopDecisionsUseEvaluation(false))),
        partlyMet(
            "R6.8",
            "half the projects monitored, stop decisions not stated: partly met either way",
            evaluation(Evaluation.builder().projectsMonitoredFromInceptionPercent(50))),
        notMet(
            "R6.8",
            "no project monitored from inception, evaluation never informs stop decisions",
            evaluation(
                Evaluation.builder()
                    .projectsMonitoredFromInceptionPercent(0)
                    .stopDecisionsUseEvaluation(false))),
        unknown(
            "R6.8",
            "90% of projects monitored from inception, stop decisions not stated",
            evaluation(Evaluation.builder().projectsMonitoredFromInceptionPercent(90))),
        unknown("R6.8", "nothing stated", unknownCity()),
        met(
            "R6.9",
            "insight channels to implementers and results published",
            evaluation(Evaluation.builder().insightChannels(true).resultsPublished(true))),
        partlyMet(
            "R6.9",
            "insight channels, results kept internal",
            evaluation(Evaluation.builder().insightChannels(true).resultsPublished(false))),
        notMet(
            "R6.9",
            "no channels, no published results",
            evaluation(Evaluation.builder().insightChannels(false).resultsPublished(false))),
        unknown(
            "R6.9",
            "results published, channels not stated",
            evaluation(Evaluation.builder().resultsPublished(true))));
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
