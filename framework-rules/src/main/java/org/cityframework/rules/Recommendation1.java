package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.FUNDING_FOR_INNOVATION;
import static org.cityframework.core.InnovationComponent.INNOVATION_STAFF_AND_ORGANISATION;

import java.util.Optional;
import org.cityframework.core.Coverage;
import org.cityframework.core.InnovationTool;

/** Recommendation 1: make innovation a top priority (L21). */
final class Recommendation1 {
  private Recommendation1() {}

  static void declare(Checklist list) {
    list.check("R1.0")
        .seedLines(21, 23, 25, 43)
        .element(VISION)
        .effort(Effort.MEDIUM)
        .weight(3)
        .related("R1.1", "R1.3", "R1.6", "R1.8")
        .decidedBy(Recommendation1::mayorAndManagersPrioritiseInnovation);
    list.check("R1.1")
        .seedLines(29)
        .element(VISION)
        .effort(Effort.LOW)
        .weight(2)
        .related("R1.0")
        .decidedBy(Recommendation1::innovationServesCoreMayoralGoals);
    list.check("R1.2")
        .seedLines(31, 33, 35)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(3)
        .related("R4.0", "R5.0")
        .decidedBy(Recommendation1::fundingAndStaffForInnovation);
    list.check("R1.3")
        .seedLines(37)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.0", "R2.6")
        .decidedBy(Recommendation1::managersHiredAndTrainedForInnovation);
    list.check("R1.4")
        .seedLines(39)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.LOW)
        .weight(2)
        .related("R1.7", "R2.8", "R4.2")
        .decidedBy(Recommendation1::staffAndAgencyReviewsIncludeInnovation);
    list.check("R1.5")
        .seedLines(41)
        .element(VISION)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R5.4")
        .decidedBy(Recommendation1::elevatedAndIntegratedChampion);
    list.check("R1.6")
        .seedLines(47)
        .element(ENGAGEMENT)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.0", "R2.2", "R2.3")
        .decidedBy(Recommendation1::coCreationWithResidents);
    list.check("R1.7")
        .seedLines(49)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.4", "R2.5", "R4.2")
        .decidedBy(Recommendation1::innovationInHiringAndReviews);
    list.check("R1.8")
        .seedLines(51)
        .element(ENGAGEMENT)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.0", "R2.7", "R2.8")
        .decidedBy(Recommendation1::staffIncentivisedToRiskAndCollaborate);
    list.check("R1.9")
        .seedLines(53)
        .element(VISION)
        .effort(Effort.HIGH)
        .weight(2)
        .related("R2.0", "R3.2")
        .decidedBy(Recommendation1::innovationInEveryAgency);
  }

  /**
   * The chapter's dual approach (L23, L43): innovation led from the top, by the mayor and agency
   * managers (L25), and sourced from below, from residents or staff (L43).
   */
  static Verdict mayorAndManagersPrioritiseInnovation(Facts f) {
    Verdict topDown =
        Criteria.allOf(
            f.read(
                "/leadership/mayorPrioritisesInnovation",
                p -> p.leadership().mayorPrioritisesInnovation()),
            f.read(
                "/leadership/managersPrioritiseInnovation",
                p -> p.leadership().managersPrioritiseInnovation()));
    Verdict bottomUp = Criteria.eitherOf(coCreationApproaches(f), staffEncouragedToExperiment(f));
    return Criteria.combine(topDown, bottomUp);
  }

  /**
   * Innovation sourced from staff with institutional knowledge (L43): they are incentivised to take
   * risks and experiment (L51).
   */
  private static Verdict staffEncouragedToExperiment(Facts f) {
    return Criteria.fact(
        f.read("/culture/staffRiskTakingIncentives", p -> p.culture().staffRiskTakingIncentives()));
  }

  static Verdict innovationServesCoreMayoralGoals(Facts f) {
    return Criteria.fact(
        f.read(
            "/leadership/innovationInCoreMayoralGoals",
            p -> p.leadership().innovationInCoreMayoralGoals()));
  }

  /**
   * Funding and staff beyond rhetoric (L31): funding that is consistent over the years (L33), and
   * staff for innovation, hired or existing staff trained in innovation skills (L35).
   */
  static Verdict fundingAndStaffForInnovation(Facts f) {
    Verdict staff =
        Criteria.eitherOf(
            Criteria.fact(f.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam())),
            Criteria.graded(
                f.read("/staff/innovationTraining", p -> p.staff().innovationTraining()),
                Coverage.values(),
                c -> c == Coverage.NONE ? Status.NOT_MET : Status.MET));
    return Criteria.combine(consistentFunding(f), staff);
  }

  /**
   * Whether innovation has had steady funding of its own in each of the assessment year and the two
   * years before it (L33: "consistent", "reliable"): each of the three funded and kept at {@link
   * Recommendation5#STEADY_SHARE_PERCENT} of the year before is met, some is partly met, none is
   * not met. A year without a budget line is unknown, unless the city has no dedicated budget.
   */
  static Verdict consistentFunding(Facts f) {
    return Criteria.atLeast(3, 1, Recommendation5.steadyInLastThreeYears(f));
  }

  static Verdict managersHiredAndTrainedForInnovation(Facts f) {
    return Criteria.allOf(
        f.read("/staff/managersHiredForInnovation", p -> p.staff().managersHiredForInnovation()),
        f.read("/staff/managersTrainedInInnovation", p -> p.staff().managersTrainedInInnovation()));
  }

  static Verdict staffAndAgencyReviewsIncludeInnovation(Facts f) {
    return Criteria.allOf(
        f.read(
            "/staff/staffReviewsIncludeInnovation", p -> p.staff().staffReviewsIncludeInnovation()),
        f.read(
            "/staff/agencyReviewsIncludeInnovation",
            p -> p.staff().agencyReviewsIncludeInnovation()));
  }

  static Verdict elevatedAndIntegratedChampion(Facts f) {
    // A stated reporting line or integration implies the champion exists (Implications).
    Optional<Boolean> champion =
        f.read("/leadership/innovationChampion", p -> p.leadership().innovationChampion());
    return Criteria.requires(
        champion,
        () ->
            Criteria.combine(
                Criteria.fact(champion),
                Recommendation4.reportsToSeniorLeadership(
                    f.read(
                        "/leadership/championReportsTo", p -> p.leadership().championReportsTo())),
                Criteria.fact(
                    f.read(
                        "/leadership/championIntegrated",
                        p -> p.leadership().championIntegrated()))));
  }

  /**
   * Investing in and prioritising co-creation approaches with residents (L47): the city uses one or
   * more of them ("including" lists examples: any one counts) and invests in co-creation.
   */
  static Verdict coCreationWithResidents(Facts f) {
    return Criteria.combine(
        coCreationApproaches(f),
        Criteria.fact(
            f.read("/engagement/coCreationFunded", p -> p.engagement().coCreationFunded())));
  }

  /** Whether the city uses any of the co-creation approaches L47 names. */
  private static Verdict coCreationApproaches(Facts f) {
    return Criteria.anyOf(
        f.entries(
            "/engagement/innovationTools",
            p -> p.engagement().innovationTools(),
            InnovationTool.HUMAN_CENTRED_DESIGN,
            InnovationTool.INNOVATION_LABS,
            InnovationTool.PARTICIPATORY_BUDGETING,
            InnovationTool.RESIDENT_SURVEYS));
  }

  static Verdict innovationInHiringAndReviews(Facts f) {
    return Criteria.allOf(
        f.read("/staff/hiringAssessesInnovation", p -> p.staff().hiringAssessesInnovation()),
        f.read(
            "/staff/staffReviewsIncludeInnovation",
            p -> p.staff().staffReviewsIncludeInnovation()));
  }

  static Verdict staffIncentivisedToRiskAndCollaborate(Facts f) {
    return Criteria.allOf(
        f.read("/culture/staffRiskTakingIncentives", p -> p.culture().staffRiskTakingIncentives()),
        f.read(
            "/culture/crossAgencyCollaborationIncentives",
            p -> p.culture().crossAgencyCollaborationIncentives()));
  }

  static Verdict innovationInEveryAgency(Facts f) {
    return Criteria.reach(f.read("/culture/innovationReach", p -> p.culture().innovationReach()));
  }
}
