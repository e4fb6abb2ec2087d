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
import org.cityframework.core.ReportingFrequency;
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

  static final Goal GOAL_WITH_CURRENT =
      Goal.builder()
          .description("Cleaner air near schools")
          .indicator("days above the NO2 limit per year")
          .baseline(new BigDecimal("30"))
          .current(new BigDecimal("22"))
          .target(new BigDecimal("10"))
          .measurementMethod(MeasurementMethod.ADMINISTRATIVE_DATA)
          .build();

  /**
   * A profile stating the role of data in decisions, and the evaluation and strategy facts given
   * (builders left empty state nothing).
   */
  static CityProfile decisions(
      DataRole role, Evaluation.Builder evaluation, InnovationStrategy.Builder strategy) {
    return city()
        .dataUse(DataUse.builder().roleInDecisions(role).build())
        .evaluation(evaluation.build())
        .strategy(strategy.build())
        .build();
  }

  static Evaluation.Builder system(boolean evaluationSystem) {
    return Evaluation.builder().evaluationSystem(evaluationSystem);
  }

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
            "a significant role, an evaluation system, the only goal has a measured current value",
            decisions(DataRole.SIGNIFICANT, system(true), adopted().addGoal(GOAL_WITH_CURRENT))),
        partlyMet(
            "R6.0",
            "a significant role and an evaluation system, a strategy said to set no goals: nothing"
                + " to measure outcomes against (L11)",
            decisions(DataRole.SIGNIFICANT, system(true), adopted().statesGoals(false))),
        met(
            "R6.0",
            "a significant role, goals measured, sufficient data in no sector: sectors are not"
                + " judged (L143)",
            city()
                .dataUse(
                    DataUse.builder()
                        .roleInDecisions(DataRole.SIGNIFICANT)
                        .putAllSectorsWithSufficientData(sectors(0, false))
                        .build())
                .evaluation(system(true).build())
                .strategy(adopted().addGoal(GOAL_WITH_CURRENT).build())
                .build()),
        met(
            "R6.0",
            "a significant role, goals measured, 60% of projects monitored from inception: the"
                + " monitoring implies an evaluation system, though it is not stated",
            decisions(
                DataRole.SIGNIFICANT,
                Evaluation.builder().projectsMonitoredFromInceptionPercent(60),
                adopted().addGoal(GOAL_WITH_CURRENT))),
        partlyMet(
            "R6.0",
            "a moderate role, an evaluation system, goals measured",
            decisions(DataRole.MODERATE, system(true), adopted().addGoal(GOAL_WITH_CURRENT))),
        between(
            "R6.0",
            "a significant role, an evaluation system, one of two goals has a current value, the"
                + " other's unknown",
            decisions(
                DataRole.SIGNIFICANT,
                system(true),
                adopted().addGoals(GOAL_WITH_CURRENT, MEASURED_GOAL)),
            Status.PARTLY_MET,
            Status.MET),
        partlyMet(
            "R6.0",
            "a significant role, goals measured, but no evaluation system",
            decisions(DataRole.SIGNIFICANT, system(false), adopted().addGoal(GOAL_WITH_CURRENT))),
        partlyMet(
            "R6.0",
            "data plays no role and no evaluation system, but the goals are measured",
            decisions(DataRole.NONE, system(false), adopted().addGoal(GOAL_WITH_CURRENT))),
        partlyMet(
            "R6.0",
            "a minor role, the rest not stated: partly met either way",
            dataUse(DataUse.builder().roleInDecisions(DataRole.MINOR))),
        between(
            "R6.0",
            "data plays no role, no evaluation system, the goal's current value unknown",
            decisions(DataRole.NONE, system(false), adopted().addGoal(MEASURED_GOAL)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        notMet(
            "R6.0",
            "data plays no role, no evaluation system, a strategy said to set no goals",
            decisions(DataRole.NONE, system(false), adopted().statesGoals(false))),
        notMet(
            "R6.0",
            "data plays no role, no evaluation system, no strategy: the strategy implies no goals",
            decisions(
                DataRole.NONE,
                system(false),
                InnovationStrategy.builder().status(StrategyStatus.NONE))),
        between(
            "R6.0",
            "a significant role and an evaluation system, goals not listed",
            decisions(DataRole.SIGNIFICANT, system(true), adopted()),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.0",
            "data plays no role, evaluation and goals not stated: a certain gap",
            dataUse(DataUse.builder().roleInDecisions(DataRole.NONE)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between("R6.0", "nothing stated", unknownCity(), Status.NOT_MET, Status.MET),
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
        between(
            "R6.1",
            "training in every agency, new staff not stated",
            dataUse(DataUse.builder().basicDataTraining(Coverage.ALL_AGENCIES)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.1",
            "training for the innovation team only, new staff not stated: a certain gap",
            dataUse(DataUse.builder().basicDataTraining(Coverage.INNOVATION_TEAM_ONLY)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R6.1", "nothing stated", unknownCity()),
        met(
            "R6.2",
            "collection co-ordinated across agencies in common formats",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(true).build())
                .dataUse(DataUse.builder().commonDataFormats(true).build())
                .build()),
        met(
            "R6.2",
            "collection co-ordinated in some agencies, in common formats: the reach implies"
                + " co-ordination, though it is not stated",
            city()
                .operations(
                    Operations.builder()
                        .collectionCoordinationReach(Coverage.SOME_AGENCIES)
                        .build())
                .dataUse(DataUse.builder().commonDataFormats(true).build())
                .build()),
        partlyMet(
            "R6.2",
            "collection co-ordinated, formats not compatible",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(true).build())
                .dataUse(DataUse.builder().commonDataFormats(false).build())
                .build()),
        partlyMet(
            "R6.2",
            "common formats, collection co-ordinated nowhere: the reach implies no co-ordination",
            city()
                .operations(Operations.builder().collectionCoordinationReach(Coverage.NONE).build())
                .dataUse(DataUse.builder().commonDataFormats(true).build())
                .build()),
        notMet(
            "R6.2",
            "neither co-ordinated nor compatible",
            city()
                .operations(Operations.builder().collectionCoordinatedAcrossAgencies(false).build())
                .dataUse(DataUse.builder().commonDataFormats(false).build())
                .build()),
        between(
            "R6.2",
            "common formats, co-ordination not stated",
            dataUse(DataUse.builder().commonDataFormats(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.2",
            "formats not compatible, co-ordination not stated: a certain gap",
            dataUse(DataUse.builder().commonDataFormats(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R6.2", "nothing stated", unknownCity()),
        met(
            "R6.3",
            "the strategy enshrines data competency standards beyond open data",
            strategy(adopted().dataCompetencyStandards(true))),
        partlyMet(
            "R6.3",
            "open data standards only, the first step (L151)",
            strategy(adopted().dataCompetencyStandards(false).openDataStandards(true))),
        notMet(
            "R6.3",
            "neither data competency nor open data standards",
            strategy(adopted().dataCompetencyStandards(false).openDataStandards(false))),
        notMet("R6.3", "no strategy: it implies neither kind of standard", NO_STRATEGY),
        between(
            "R6.3",
            "no standards beyond open data, open data standards not stated: a certain gap",
            strategy(adopted().dataCompetencyStandards(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R6.3",
            "open data standards, standards beyond not stated",
            strategy(adopted().openDataStandards(true)),
            Status.PARTLY_MET,
            Status.MET),
        either(
            "R6.3",
            "no open data standards, standards beyond not stated: met or not met",
            strategy(adopted().openDataStandards(false)),
            Status.NOT_MET,
            Status.MET),
        between(
            "R6.3",
            "adopted strategy, standards not stated",
            strategy(adopted()),
            Status.NOT_MET,
            Status.MET),
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
        between(
            "R6.4",
            "events for data users, training not stated",
            dataUse(DataUse.builder().dataUserEvents(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.4",
            "no events for data users, training not stated: a certain gap",
            dataUse(DataUse.builder().dataUserEvents(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R6.4", "nothing stated", unknownCity()),
        met(
            "R6.5",
            "exactly two methods in use, the rest not stated",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, true)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, true))),
        met(
            "R6.5",
            "exactly two methods in use, the other four known not used",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, true)
                    .putMethod(DataMethod.RANDOMISED_CONTROLLED_TRIALS, true)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, false)
                    .putMethod(DataMethod.IMPACT_MEASUREMENT, false)
                    .putMethod(DataMethod.PERFORMANCE_ANALYSIS, false)
                    .putMethod(DataMethod.PREDICTIVE_ANALYTICS, false))),
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
        between(
            "R6.5",
            "resident surveys in use, the others not stated",
            dataUse(DataUse.builder().putMethod(DataMethod.RESIDENT_SURVEYS, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.5",
            "five methods known not used, predictive analytics not stated: a certain gap",
            dataUse(
                DataUse.builder()
                    .putMethod(DataMethod.RESIDENT_SURVEYS, false)
                    .putMethod(DataMethod.RANDOMISED_CONTROLLED_TRIALS, false)
                    .putMethod(DataMethod.RESULTS_DRIVEN_CONTRACTS, false)
                    .putMethod(DataMethod.IMPACT_MEASUREMENT, false)
                    .putMethod(DataMethod.PERFORMANCE_ANALYSIS, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
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
        notMet("R6.6", "no strategy: it implies no goals", NO_STRATEGY),
        between(
            "R6.6",
            "adopted strategy, goals not listed",
            strategy(adopted()),
            Status.NOT_MET,
            Status.MET),
        unknown("R6.6", "nothing stated", unknownCity()),
        met(
            "R6.7",
            "a system of evaluation, a data inventory and resident surveys",
            evaluation(
                Evaluation.builder()
                    .evaluationSystem(true)
                    .dataInventoryTaken(true)
                    .putMethod(EvaluationMethod.RESIDENT_SURVEYS, true))),
        met(
            "R6.7",
            "evaluation informs stop decisions, an inventory and trials: the stop decisions imply"
                + " a system of evaluation, though it is not stated",
            evaluation(
                Evaluation.builder()
                    .stopDecisionsUseEvaluation(true)
                    .dataInventoryTaken(true)
                    .putMethod(EvaluationMethod.RANDOMISED_CONTROLLED_TRIALS, true))),
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
        between(
            "R6.7",
            "a system and an inventory, methods not stated",
            evaluation(Evaluation.builder().evaluationSystem(true).dataInventoryTaken(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.7",
            "no system and no inventory, methods not stated: a certain gap",
            evaluation(Evaluation.builder().evaluationSystem(false).dataInventoryTaken(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
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
        notMet(
            "R6.8",
            "no system of evaluation: it implies no monitoring and no stop decision on evaluation",
            evaluation(Evaluation.builder().evaluationSystem(false))),
        between(
            "R6.8",
            "90% of projects monitored from inception, stop decisions not stated",
            evaluation(Evaluation.builder().projectsMonitoredFromInceptionPercent(90)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.8",
            "no project monitored from inception, stop decisions not stated: a certain gap",
            evaluation(Evaluation.builder().projectsMonitoredFromInceptionPercent(0)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R6.8", "nothing stated", unknownCity()),
        met(
            "R6.9",
            "insight channels to implementers, results published every year",
            evaluation(
                Evaluation.builder()
                    .insightChannels(true)
                    .resultsPublished(true)
                    .resultsReportingFrequency(ReportingFrequency.YEARLY))),
        met(
            "R6.9",
            "insight channels, results reported more than once a year: the reporting implies"
                + " publication, though it is not stated",
            evaluation(
                Evaluation.builder()
                    .insightChannels(true)
                    .resultsReportingFrequency(ReportingFrequency.MORE_THAN_YEARLY))),
        partlyMet(
            "R6.9",
            "insight channels, results published now and then, with no set rhythm",
            evaluation(
                Evaluation.builder()
                    .insightChannels(true)
                    .resultsPublished(true)
                    .resultsReportingFrequency(ReportingFrequency.AD_HOC))),
        partlyMet(
            "R6.9",
            "insight channels, results kept internal: never reported, by implication",
            evaluation(Evaluation.builder().insightChannels(true).resultsPublished(false))),
        partlyMet(
            "R6.9",
            "results reported now and then, the rest not stated: partly met either way",
            evaluation(Evaluation.builder().resultsReportingFrequency(ReportingFrequency.AD_HOC))),
        notMet(
            "R6.9",
            "no channels, no published results",
            evaluation(Evaluation.builder().insightChannels(false).resultsPublished(false))),
        notMet(
            "R6.9",
            "no channels, results never reported: not published, by implication",
            evaluation(
                Evaluation.builder()
                    .insightChannels(false)
                    .resultsReportingFrequency(ReportingFrequency.NEVER))),
        between(
            "R6.9",
            "insight channels and results published, how often not stated",
            evaluation(Evaluation.builder().insightChannels(true).resultsPublished(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.9",
            "results published, channels and rhythm not stated",
            evaluation(Evaluation.builder().resultsPublished(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R6.9",
            "no insight channels, publication not stated: a certain gap",
            evaluation(Evaluation.builder().insightChannels(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R6.9", "nothing stated", unknownCity()));
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
