package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.DATA_USE_FOR_INNOVATION;
import static org.cityframework.core.InnovationComponent.EVALUATION_OF_INNOVATION_OUTCOMES;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;

import java.util.OptionalInt;
import org.cityframework.core.DataMethod;
import org.cityframework.core.DataRole;
import org.cityframework.core.EvaluationMethod;
import org.cityframework.core.Goal;
import org.cityframework.core.PolicySector;

/** Recommendation 6: leverage data to make decisions and evaluate outcomes (L141). */
final class Recommendation6 {
  private Recommendation6() {}

  /**
   * The number of policy sectors in which at least half of surveyed cities report having sufficient
   * data (L143).
   */
  static final int SECTORS_WITH_SUFFICIENT_DATA = 9;

  /**
   * The percentage of innovation projects monitored from inception from which the practice counts
   * as the rule (L171 asks for every project; below this, it is partly in place).
   */
  static final int MONITORED_FROM_INCEPTION_PERCENT = 80;

  static void declare(Checklist list) {
    list.check("R6.0")
        .seedLines(141, 143)
        .element(CAPACITY)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R7.0")
        .decidedBy(Recommendation6::dataSignificantInDecisions);
    list.check("R6.1")
        .seedLines(147)
        .element(CAPACITY)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R8.4")
        .decidedBy(Recommendation6::basicDataTrainingForAllStaff);
    list.check("R6.2")
        .seedLines(149)
        .element(CAPACITY)
        .component(DATA_USE_FOR_INNOVATION)
        .stages(COLLECTION_AND_GENERATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R10.3")
        .decidedBy(Recommendation6::collectionCoordinatedInCompatibleFormats);
    list.check("R6.3")
        .seedLines(151)
        .element(VISION)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R3.4")
        .prerequisites("R3.0")
        .decidedBy(Recommendation6::dataCompetencyStandardsInStrategy);
    list.check("R6.4")
        .seedLines(153)
        .element(ENGAGEMENT)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R2.2", "R8.11")
        .decidedBy(Recommendation6::dataUserCommunityEngaged);
    list.check("R6.5")
        .seedLines(155)
        .element(CAPACITY)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R8.3")
        .decidedBy(Recommendation6::dataMethodsInUse);
    list.check("R6.6")
        .seedLines(163)
        .element(VISION)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.LOW)
        .weight(2)
        .related("R3.1")
        .prerequisites("R3.0")
        .decidedBy(Recommendation6::goalsSetUpFront);
    list.check("R6.7")
        .seedLines(165, 167, 169)
        .element(CAPACITY)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.LOW)
        .weight(2)
        .decidedBy(Recommendation6::simpleEvaluationSystem);
    list.check("R6.8")
        .seedLines(171)
        .element(CAPACITY)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.MEDIUM)
        .weight(2)
        .prerequisites("R6.6")
        .decidedBy(Recommendation6::monitoredFromInception);
    list.check("R6.9")
        .seedLines(173, 175, 177)
        .element(ENGAGEMENT)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.LOW)
        .weight(2)
        .related("R2.11", "R5.5")
        .prerequisites("R6.7")
        .decidedBy(Recommendation6::backEndPlanForInsights);
  }

  static Verdict dataSignificantInDecisions(Facts f) {
    Verdict role =
        Criteria.graded(
            f.read("/dataUse/roleInDecisions", p -> p.dataUse().roleInDecisions()),
            DataRole.values(),
            Recommendation6::role);
    Verdict sectors =
        Criteria.atLeast(
            SECTORS_WITH_SUFFICIENT_DATA,
            1,
            f.entries(
                "/dataUse/sectorsWithSufficientData",
                p -> p.dataUse().sectorsWithSufficientData(),
                PolicySector.values()));
    return Criteria.combine(role, sectors);
  }

  private static Status role(DataRole role) {
    return switch (role) {
      case SIGNIFICANT -> Status.MET;
      case MODERATE, MINOR -> Status.PARTLY_MET;
      case NONE -> Status.NOT_MET;
    };
  }

  static Verdict basicDataTrainingForAllStaff(Facts f) {
    return Criteria.combine(
        Criteria.reach(f.read("/dataUse/basicDataTraining", p -> p.dataUse().basicDataTraining())),
        Criteria.fact(
            f.read(
                "/dataUse/dataTrainingForNewStaff", p -> p.dataUse().dataTrainingForNewStaff())));
  }

  static Verdict collectionCoordinatedInCompatibleFormats(Facts f) {
    return Criteria.allOf(
        f.read(
            "/operations/collectionCoordinatedAcrossAgencies",
            p -> p.operations().collectionCoordinatedAcrossAgencies()),
        f.read("/dataUse/commonDataFormats", p -> p.dataUse().commonDataFormats()));
  }

  static Verdict dataCompetencyStandardsInStrategy(Facts f) {
    if (Recommendation3.noStrategy(f)) {
      return Verdict.NOT_MET;
    }
    return Criteria.fact(
        f.read("/strategy/dataCompetencyStandards", p -> p.strategy().dataCompetencyStandards()));
  }

  static Verdict dataUserCommunityEngaged(Facts f) {
    return Criteria.allOf(
        f.read("/dataUse/dataUserEvents", p -> p.dataUse().dataUserEvents()),
        f.read("/dataUse/publicDataTraining", p -> p.dataUse().publicDataTraining()));
  }

  static Verdict dataMethodsInUse(Facts f) {
    return Criteria.atLeast(
        2, 1, f.entries("/dataUse/methods", p -> p.dataUse().methods(), DataMethod.values()));
  }

  static Verdict goalsSetUpFront(Facts f) {
    return Recommendation3.goalsStatus(f, Recommendation6::saysWhatAndHowToMeasure, false);
  }

  /** A goal tells teams what to measure and how: an indicator, a target and a method (L163). */
  static boolean saysWhatAndHowToMeasure(Goal g) {
    return g.indicator().isPresent() && g.target().isPresent() && g.measurementMethod().isPresent();
  }

  static Verdict simpleEvaluationSystem(Facts f) {
    return Criteria.combine(
        Criteria.fact(
            f.read("/evaluation/evaluationSystem", p -> p.evaluation().evaluationSystem())),
        Criteria.fact(
            f.read("/evaluation/dataInventoryTaken", p -> p.evaluation().dataInventoryTaken())),
        Criteria.anyOf(
            f.entries(
                "/evaluation/methods",
                p -> p.evaluation().methods(),
                EvaluationMethod.RESIDENT_SURVEYS,
                EvaluationMethod.INTERVIEWS,
                EvaluationMethod.RANDOMISED_CONTROLLED_TRIALS)));
  }

  static Verdict monitoredFromInception(Facts f) {
    OptionalInt percent =
        f.readInt(
            "/evaluation/projectsMonitoredFromInceptionPercent",
            p -> p.evaluation().projectsMonitoredFromInceptionPercent());
    return Criteria.combine(
        Criteria.atLeast(percent, MONITORED_FROM_INCEPTION_PERCENT, 1, 0, 100),
        Criteria.fact(
            f.read(
                "/evaluation/stopDecisionsUseEvaluation",
                p -> p.evaluation().stopDecisionsUseEvaluation())));
  }

  static Verdict backEndPlanForInsights(Facts f) {
    return Criteria.allOf(
        f.read("/evaluation/insightChannels", p -> p.evaluation().insightChannels()),
        f.read("/evaluation/resultsPublished", p -> p.evaluation().resultsPublished()));
  }
}
