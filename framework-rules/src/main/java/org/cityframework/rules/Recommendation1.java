package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.FUNDING_FOR_INNOVATION;
import static org.cityframework.core.InnovationComponent.INNOVATION_STAFF_AND_ORGANISATION;

import java.util.List;
import java.util.Optional;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.InnovationTool;
import org.cityframework.core.ReportingLine;

/** Recommendation 1: make innovation a top priority (L21). */
final class Recommendation1 {
  private Recommendation1() {}

  static void declare(Checklist list) {
    list.check("R1.0")
        .seedLines(21, 25)
        .element(VISION)
        .effort(Effort.MEDIUM)
        .weight(3)
        .related("R1.1", "R1.3")
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
        .related("R2.2", "R2.3")
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
        .related("R2.7", "R2.8")
        .decidedBy(Recommendation1::staffIncentivisedToRiskAndCollaborate);
    list.check("R1.9")
        .seedLines(53)
        .element(VISION)
        .effort(Effort.HIGH)
        .weight(2)
        .related("R2.0", "R3.2")
        .decidedBy(Recommendation1::innovationInEveryAgency);
  }

  static Verdict mayorAndManagersPrioritiseInnovation(Facts f) {
    return Criteria.allOf(
        f.read(
            "/leadership/mayorPrioritisesInnovation",
            p -> p.leadership().mayorPrioritisesInnovation()),
        f.read(
            "/leadership/managersPrioritiseInnovation",
            p -> p.leadership().managersPrioritiseInnovation()));
  }

  static Verdict innovationServesCoreMayoralGoals(Facts f) {
    return Criteria.fact(
        f.read(
            "/leadership/innovationInCoreMayoralGoals",
            p -> p.leadership().innovationInCoreMayoralGoals()));
  }

  static Verdict fundingAndStaffForInnovation(Facts f) {
    return Criteria.combine(
        Criteria.fact(dedicatedFunding(f)),
        Criteria.fact(f.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam())));
  }

  /**
   * Whether innovation has funding of its own (L31): yes with a dedicated budget or a budget line
   * with money, no when the city is said to have no dedicated budget, otherwise unknown.
   */
  private static Optional<Boolean> dedicatedFunding(Facts f) {
    Optional<Boolean> dedicated =
        f.read("/funding/dedicatedBudget", p -> p.funding().dedicatedBudget());
    List<BudgetLine> lines = f.list("/funding/budgetLines", p -> p.funding().budgetLines());
    boolean money = false;
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      money |=
          f.read(
                  "/funding/budgetLines/" + i + "/amount",
                  p -> Optional.of(p.funding().budgetLines().get(index).amount()))
              .filter(amount -> amount.signum() > 0)
              .isPresent();
    }
    if (money || dedicated.equals(Optional.of(true))) {
      return Optional.of(true);
    }
    return dedicated.equals(Optional.of(false)) ? Optional.of(false) : Optional.empty();
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
    Optional<Boolean> champion =
        f.read("/leadership/innovationChampion", p -> p.leadership().innovationChampion());
    if (champion.equals(Optional.of(false))) {
      return Verdict.NOT_MET;
    }
    Optional<ReportingLine> line =
        f.read("/leadership/championReportsTo", p -> p.leadership().championReportsTo());
    Optional<Boolean> integrated =
        f.read("/leadership/championIntegrated", p -> p.leadership().championIntegrated());
    // A reporting line or an integrated position is only valid for a champion who exists.
    Optional<Boolean> exists =
        Criteria.orImplied(champion, line.isPresent() || integrated.orElse(false));
    return Criteria.combine(
        Criteria.fact(exists),
        Recommendation4.reportsToSeniorLeadership(line),
        Criteria.fact(integrated));
  }

  static Verdict coCreationWithResidents(Facts f) {
    return Criteria.atLeast(
        2,
        1,
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
