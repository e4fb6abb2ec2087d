package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.DATA_USE_FOR_INNOVATION;
import static org.cityframework.core.InnovationComponent.EVALUATION_OF_INNOVATION_OUTCOMES;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.DataMethod;
import org.cityframework.core.DataRole;
import org.cityframework.core.EvaluationMethod;
import org.cityframework.core.Goal;
import org.cityframework.core.ReportingFrequency;

/** Recommendation 6: leverage data to make decisions and evaluate outcomes (L141). */
final class Recommendation6 {
  private Recommendation6() {}

  /**
   * The percentage of innovation projects monitored from inception from which the practice counts
   * as the rule. Ours: L171 asks it of every project and gives no figure; four in five leaves room
   * for projects too small to monitor, below that it is partly in place.
   */
  static final int MONITORED_FROM_INCEPTION_PERCENT = 80;

  /**
   * How many data methods a city uses for the practice to be met. Ours: L155 lists methods "e.g."
   * and gives no number; evaluation and decisions that rest on a single method are partly equipped.
   */
  static final int DATA_METHODS = 2;

  static void declare(Checklist list) {
    list.check("R6.0")
        .seedLines(141, 143, 179, 11)
        .element(CAPACITY)
        .component(DATA_USE_FOR_INNOVATION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R6.7", "R7.0")
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
        .seedLines(165, 167, 169, 179)
        .element(CAPACITY)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.LOW)
        .weight(3)
        .related("R6.0")
        .decidedBy(Recommendation6::simpleEvaluationSystem);
    list.check("R6.8")
        .seedLines(171, 179)
        .element(CAPACITY)
        .component(EVALUATION_OF_INNOVATION_OUTCOMES)
        .effort(Effort.MEDIUM)
        .weight(3)
        .prerequisites("R6.6", "R6.7")
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

  /**
   * Data plays a significant role in decisions (L143), and outcomes are evaluated (the headline's
   * second half): a system of evaluation, with outcomes measured against the strategy's goals
   * (L11). How many sectors have sufficient data is not judged: L143 says the low use of data is
   * not due to a lack of it.
   */
  static Verdict dataSignificantInDecisions(Facts f) {
    Verdict role =
        Criteria.graded(
            f.read("/dataUse/roleInDecisions", p -> p.dataUse().roleInDecisions()),
            DataRole.values(),
            Recommendation6::role);
    Verdict outcomes =
        Criteria.combine(
            Criteria.fact(
                f.read("/evaluation/evaluationSystem", p -> p.evaluation().evaluationSystem())),
            outcomesMeasuredAgainstGoals(f));
    return Criteria.combine(role, outcomes);
  }

  /**
   * Whether the strategy's goals have a measured current value, so outcomes are compared with goals
   * (L11): all is met, some partly met. A goal's current value left out is unknown: it is a
   * measurement, not something the strategy says. A city whose strategy sets no goals, or that has
   * no strategy, has nothing to measure outcomes against: not met.
   */
  static Verdict outcomesMeasuredAgainstGoals(Facts f) {
    Optional<Boolean> states = f.read("/strategy/statesGoals", p -> p.strategy().statesGoals());
    List<Goal> goals = f.list("/strategy/goals", p -> p.strategy().goals());
    if (goals.isEmpty()) {
      return states.equals(Optional.of(false)) ? Verdict.NOT_MET : Verdict.UNKNOWN;
    }
    List<Optional<Boolean>> measured = new ArrayList<>(goals.size());
    for (int i = 0; i < goals.size(); i++) {
      int index = i;
      measured.add(
          f.read(
                  Recommendation3.goalPointersOf(i)[6],
                  p -> p.strategy().goals().get(index).current())
              .map(v -> true));
    }
    // Measured goals are yes; a goal not known to be measured may or may not be.
    int known = (int) measured.stream().filter(Optional::isPresent).count();
    if (known == goals.size()) {
      return Verdict.MET;
    }
    return known > 0 ? Verdict.between(Status.PARTLY_MET, Status.MET) : Verdict.UNKNOWN;
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

  /**
   * Data competency standards beyond open data in the strategy (L151): beyond open data is met;
   * open data standards alone, "a first step", partly met; none not met. A city with no strategy
   * enshrines nothing (Implications).
   */
  static Verdict dataCompetencyStandardsInStrategy(Facts f) {
    Optional<Boolean> beyond =
        f.read("/strategy/dataCompetencyStandards", p -> p.strategy().dataCompetencyStandards());
    if (beyond.equals(Optional.of(true))) {
      return Verdict.MET;
    }
    Optional<Boolean> openData =
        f.read("/strategy/openDataStandards", p -> p.strategy().openDataStandards());
    Verdict firstStep =
        openData.isEmpty()
            ? Verdict.between(Status.NOT_MET, Status.PARTLY_MET)
            : openData.get() ? Verdict.PARTLY_MET : Verdict.NOT_MET;
    return beyond.isPresent() ? firstStep : firstStep.or(Verdict.MET);
  }

  static Verdict dataUserCommunityEngaged(Facts f) {
    return Criteria.allOf(
        f.read("/dataUse/dataUserEvents", p -> p.dataUse().dataUserEvents()),
        f.read("/dataUse/publicDataTraining", p -> p.dataUse().publicDataTraining()));
  }

  static Verdict dataMethodsInUse(Facts f) {
    return Criteria.atLeast(
        DATA_METHODS,
        1,
        f.entries("/dataUse/methods", p -> p.dataUse().methods(), DataMethod.values()));
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

  /**
   * A back-end plan (L173): channels convey insights to implementers (L175), and results, good and
   * bad, are communicated to the public and funders (L177), at least every year. Ours: the chapter
   * gives no rhythm; accountability to the public and to funders follows the yearly budget, so
   * reporting now and then is partly met.
   */
  static Verdict backEndPlanForInsights(Facts f) {
    return Criteria.combine(
        Criteria.fact(f.read("/evaluation/insightChannels", p -> p.evaluation().insightChannels())),
        Criteria.fact(
            f.read("/evaluation/resultsPublished", p -> p.evaluation().resultsPublished())),
        Criteria.graded(
            f.read(
                "/evaluation/resultsReportingFrequency",
                p -> p.evaluation().resultsReportingFrequency()),
            ReportingFrequency.values(),
            Recommendation6::reporting));
  }

  private static Status reporting(ReportingFrequency frequency) {
    return switch (frequency) {
      case YEARLY, MORE_THAN_YEARLY -> Status.MET;
      case AD_HOC -> Status.PARTLY_MET;
      case NEVER -> Status.NOT_MET;
    };
  }
}
