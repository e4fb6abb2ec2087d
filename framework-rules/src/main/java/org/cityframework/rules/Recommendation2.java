package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.INNOVATION_STAFF_AND_ORGANISATION;
import static org.cityframework.core.InnovationComponent.INNOVATION_STRATEGY;

import java.util.OptionalInt;
import org.cityframework.core.CoCreatedOutput;
import org.cityframework.core.CoCreationChannel;
import org.cityframework.core.CultureConcept;
import org.cityframework.core.InnovationTool;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.ResidentRole;

/**
 * Recommendation 2: nurture a culture of innovation throughout the city, so it becomes second
 * nature (L57).
 */
final class Recommendation2 {
  private Recommendation2() {}

  /**
   * How many of the six tools L69 lists a city deploys for the practice to be met. Ours: the
   * chapter lists tools "such as" and gives no number; a culture among both residents and staff
   * needs more than one or two of them, so half the list.
   */
  static final int TOOLS_FOR_A_CULTURE = 3;

  static void declare(Checklist list) {
    list.check("R2.0")
        .seedLines(57, 59, 61, 63)
        .element(VISION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R1.9")
        .decidedBy(Recommendation2::cultureAcrossAgenciesWithResidentsAsPartners);
    list.check("R2.1")
        .seedLines(67)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(1)
        .related("R4.1")
        .decidedBy(Recommendation2::humanCentredDesignHires);
    list.check("R2.2")
        .seedLines(69)
        .element(ENGAGEMENT)
        .effort(Effort.LOW)
        .weight(2)
        .related("R1.6", "R6.4")
        .decidedBy(Recommendation2::cultureToolsDeployed);
    list.check("R2.3")
        .seedLines(71)
        .element(ENGAGEMENT)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.6", "R2.10")
        .decidedBy(Recommendation2::humanCentredCoCreation);
    list.check("R2.4")
        .seedLines(73)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R5.6")
        .decidedBy(Recommendation2::gapsMetByTrainingPartnerships);
    list.check("R2.5")
        .seedLines(75)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.7", "R4.2")
        .decidedBy(Recommendation2::trainingForAllAndInnovationInHiring);
    list.check("R2.6")
        .seedLines(77)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.HIGH)
        .weight(1)
        .related("R1.3")
        .decidedBy(Recommendation2::experiencedLeadersAcrossAdministration);
    list.check("R2.7")
        .seedLines(79)
        .element(VISION)
        .effort(Effort.LOW)
        .weight(2)
        .related("R1.8")
        .decidedBy(Recommendation2::riskTakingIncentivisedAndChampioned);
    list.check("R2.8")
        .seedLines(81)
        .element(ENGAGEMENT)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.4", "R1.8", "R8.10")
        .decidedBy(Recommendation2::siloBustingAndCrossCuttingReviews);
    list.check("R2.9")
        .seedLines(83)
        .element(VISION)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.LOW)
        .weight(1)
        .prerequisites("R3.0")
        .decidedBy(Recommendation2::cultureInStrategy);
    list.check("R2.10")
        .seedLines(85)
        .element(ENGAGEMENT)
        .effort(Effort.LOW)
        .weight(1)
        .related("R2.3")
        .decidedBy(Recommendation2::inPersonAndDigitalCoCreation);
    list.check("R2.11")
        .seedLines(87)
        .element(ENGAGEMENT)
        .effort(Effort.LOW)
        .weight(2)
        .related("R6.9")
        .decidedBy(Recommendation2::residentFeedbackInBudgetAndPolicy);
  }

  static Verdict cultureAcrossAgenciesWithResidentsAsPartners(Facts f) {
    Verdict reach =
        Criteria.reach(f.read("/culture/innovationReach", p -> p.culture().innovationReach()));
    Verdict residents =
        Criteria.graded(
            f.read("/engagement/residentRole", p -> p.engagement().residentRole()),
            ResidentRole.values(),
            Recommendation2::residentRole);
    return Criteria.combine(reach, residents);
  }

  private static Status residentRole(ResidentRole role) {
    return switch (role) {
      case PARTNERS -> Status.MET;
      case CONSULTED -> Status.PARTLY_MET;
      case END_USERS, NOT_INVOLVED -> Status.NOT_MET;
    };
  }

  static Verdict humanCentredDesignHires(Facts f) {
    OptionalInt staff =
        f.readInt("/staff/humanCentredDesignStaff", p -> p.staff().humanCentredDesignStaff());
    return Criteria.atLeast(staff, 1, 1, 0, Integer.MAX_VALUE);
  }

  static Verdict cultureToolsDeployed(Facts f) {
    return Criteria.atLeast(
        TOOLS_FOR_A_CULTURE,
        1,
        f.entries(
            "/engagement/innovationTools",
            p -> p.engagement().innovationTools(),
            InnovationTool.DATA_ANALYTICS,
            InnovationTool.HACKATHONS,
            InnovationTool.INNOVATION_LABS,
            InnovationTool.PARTICIPATORY_BUDGETING,
            InnovationTool.RESIDENT_SURVEYS,
            InnovationTool.CO_CREATION_WORKSHOPS));
  }

  /**
   * Human-centred design engages stakeholders in co-creating new programmes, services and policies
   * (L71): it is applied, to all three (met) or some (partly met).
   */
  static Verdict humanCentredCoCreation(Facts f) {
    return Criteria.combine(
        Criteria.fact(
            f.read(
                "/engagement/humanCentredServiceDesign",
                p -> p.engagement().humanCentredServiceDesign())),
        Criteria.allOf(
            f.entries(
                "/engagement/coCreatedOutputs",
                p -> p.engagement().coCreatedOutputs(),
                CoCreatedOutput.values())));
  }

  static Verdict gapsMetByTrainingPartnerships(Facts f) {
    return Criteria.allOf(
        f.read("/staff/capacityGapsAssessed", p -> p.staff().capacityGapsAssessed()),
        f.entry(
            "/engagement/partnerships",
            p -> p.engagement().partnerships(),
            PartnershipPurpose.STAFF_TRAINING));
  }

  static Verdict trainingForAllAndInnovationInHiring(Facts f) {
    return Criteria.combine(
        Criteria.reach(f.read("/staff/innovationTraining", p -> p.staff().innovationTraining())),
        Criteria.fact(
            f.read("/staff/hiringAssessesInnovation", p -> p.staff().hiringAssessesInnovation())));
  }

  static Verdict experiencedLeadersAcrossAdministration(Facts f) {
    return Criteria.reach(
        f.read(
            "/leadership/leadersWithInnovationExperience",
            p -> p.leadership().leadersWithInnovationExperience()));
  }

  static Verdict riskTakingIncentivisedAndChampioned(Facts f) {
    return Criteria.allOf(
        f.read("/culture/staffRiskTakingIncentives", p -> p.culture().staffRiskTakingIncentives()),
        f.read(
            "/culture/leadershipChampionsRiskTaking",
            p -> p.culture().leadershipChampionsRiskTaking()));
  }

  static Verdict siloBustingAndCrossCuttingReviews(Facts f) {
    return Criteria.allOf(
        f.read("/culture/interAgencyCollaboration", p -> p.culture().interAgencyCollaboration()),
        f.read(
            "/culture/crossCuttingPerformanceReviews",
            p -> p.culture().crossCuttingPerformanceReviews()));
  }

  /**
   * The formal strategy enshrines the culture of innovation (L83): it does, with all four of its
   * concepts (met) or some (partly met). A city with no strategy enshrines nothing (Implications).
   */
  static Verdict cultureInStrategy(Facts f) {
    return Criteria.combine(
        Criteria.fact(
            f.read(
                "/strategy/coversInnovationCulture", p -> p.strategy().coversInnovationCulture())),
        Criteria.allOf(
            f.entries(
                "/strategy/cultureConcepts",
                p -> p.strategy().cultureConcepts(),
                CultureConcept.values())));
  }

  static Verdict inPersonAndDigitalCoCreation(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/engagement/coCreationChannels",
            p -> p.engagement().coCreationChannels(),
            CoCreationChannel.IN_PERSON,
            CoCreationChannel.DIGITAL));
  }

  /**
   * Feedback is gleaned from residents and required in budget and policy decisions (L87). Feedback
   * not collected informs nothing, and feedback that informs decisions was collected
   * (Implications).
   */
  static Verdict residentFeedbackInBudgetAndPolicy(Facts f) {
    return Criteria.allOf(
        f.read(
            "/engagement/residentFeedbackCollected",
            p -> p.engagement().residentFeedbackCollected()),
        f.read(
            "/engagement/feedbackInBudgetDecisions",
            p -> p.engagement().feedbackInBudgetDecisions()),
        f.read(
            "/engagement/feedbackInPolicyDecisions",
            p -> p.engagement().feedbackInPolicyDecisions()));
  }
}
