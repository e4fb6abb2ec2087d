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

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.CoCreatedOutput;
import org.cityframework.core.CoCreationChannel;
import org.cityframework.core.Coverage;
import org.cityframework.core.Culture;
import org.cityframework.core.CultureConcept;
import org.cityframework.core.Engagement;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.InnovationTool;
import org.cityframework.core.Leadership;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.ResidentRole;
import org.cityframework.core.StrategyStatus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation2Test {

  static CityProfile culture(Culture.Builder culture) {
    return city().culture(culture.build()).build();
  }

  static CityProfile engagement(Engagement.Builder engagement) {
    return city().engagement(engagement.build()).build();
  }

  static CityProfile staff(InnovationStaff.Builder staff) {
    return city().staff(staff.build()).build();
  }

  static CityProfile reachAndResidents(Coverage reach, ResidentRole role) {
    return city()
        .culture(Culture.builder().innovationReach(reach).build())
        .engagement(Engagement.builder().residentRole(role).build())
        .build();
  }

  static CityProfile leadersWithExperience(Coverage reach) {
    return city()
        .leadership(Leadership.builder().leadersWithInnovationExperience(reach).build())
        .build();
  }

  static CityProfile strategy(InnovationStrategy.Builder strategy) {
    return city().strategy(strategy.build()).build();
  }

  /** An adopted strategy that enshrines the culture of innovation, its concepts not yet given. */
  static InnovationStrategy.Builder coversCulture() {
    return InnovationStrategy.builder()
        .status(StrategyStatus.ADOPTED)
        .coversInnovationCulture(true);
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R2.0",
            "innovation reaches every agency and residents are partners",
            reachAndResidents(Coverage.ALL_AGENCIES, ResidentRole.PARTNERS)),
        partlyMet(
            "R2.0",
            "innovation reaches every agency, residents are only end-users",
            reachAndResidents(Coverage.ALL_AGENCIES, ResidentRole.END_USERS)),
        partlyMet(
            "R2.0",
            "innovation reaches every agency, residents are consulted",
            reachAndResidents(Coverage.ALL_AGENCIES, ResidentRole.CONSULTED)),
        partlyMet(
            "R2.0",
            "innovation reaches some agencies, residents' role unknown",
            culture(Culture.builder().innovationReach(Coverage.SOME_AGENCIES))),
        notMet(
            "R2.0",
            "innovation stays in the innovation team and residents are not involved",
            reachAndResidents(Coverage.INNOVATION_TEAM_ONLY, ResidentRole.NOT_INVOLVED)),
        between(
            "R2.0",
            "innovation reaches every agency, residents' role unknown",
            culture(Culture.builder().innovationReach(Coverage.ALL_AGENCIES)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.0",
            "residents are partners, reach unknown",
            engagement(Engagement.builder().residentRole(ResidentRole.PARTNERS)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.0",
            "innovation stays in the innovation team, residents' role unknown: a certain gap",
            culture(Culture.builder().innovationReach(Coverage.INNOVATION_TEAM_ONLY)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.0", "nothing stated", unknownCity()),
        met(
            "R2.1",
            "one member of staff has a human-centred design background",
            staff(InnovationStaff.builder().humanCentredDesignStaff(1))),
        notMet(
            "R2.1",
            "no staff with a human-centred design background",
            staff(InnovationStaff.builder().humanCentredDesignStaff(0))),
        either(
            "R2.1",
            "the number of such staff is unknown: met or not met, never partly",
            unknownCity(),
            Status.NOT_MET,
            Status.MET),
        met(
            "R2.2",
            "exactly three tools used (the threshold), the others unknown",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, true)
                    .putInnovationTool(InnovationTool.HACKATHONS, true)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true))),
        partlyMet(
            "R2.2",
            "two tools used (just below the threshold), the other four known not",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, true)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, true)
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)
                    .putInnovationTool(InnovationTool.CO_CREATION_WORKSHOPS, false))),
        partlyMet(
            "R2.2",
            "two tools and human-centred design used, which does not count here",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, true)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, true)
                    .putInnovationTool(InnovationTool.CO_CREATION_WORKSHOPS, true)
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false))),
        notMet(
            "R2.2",
            "none of the six tools used",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, false)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)
                    .putInnovationTool(InnovationTool.CO_CREATION_WORKSHOPS, false))),
        between(
            "R2.2",
            "two tools used, the others unknown",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HACKATHONS, true)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.2",
            "five tools known not, one unknown: a certain gap",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, false)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.2", "nothing stated", unknownCity()),
        met(
            "R2.3",
            "human-centred design used to co-create programmes, services and policies",
            engagement(
                Engagement.builder()
                    .humanCentredServiceDesign(true)
                    .putCoCreatedOutput(CoCreatedOutput.PROGRAMMES, true)
                    .putCoCreatedOutput(CoCreatedOutput.SERVICES, true)
                    .putCoCreatedOutput(CoCreatedOutput.POLICIES, true))),
        met(
            "R2.3",
            "programmes, services and policies co-created, which implies human-centred design",
            engagement(
                Engagement.builder()
                    .putCoCreatedOutput(CoCreatedOutput.PROGRAMMES, true)
                    .putCoCreatedOutput(CoCreatedOutput.SERVICES, true)
                    .putCoCreatedOutput(CoCreatedOutput.POLICIES, true))),
        partlyMet(
            "R2.3",
            "human-centred design used to co-create services only",
            engagement(
                Engagement.builder()
                    .humanCentredServiceDesign(true)
                    .putCoCreatedOutput(CoCreatedOutput.PROGRAMMES, false)
                    .putCoCreatedOutput(CoCreatedOutput.SERVICES, true)
                    .putCoCreatedOutput(CoCreatedOutput.POLICIES, false))),
        notMet(
            "R2.3",
            "no human-centred design, which implies nothing co-created through it",
            engagement(Engagement.builder().humanCentredServiceDesign(false))),
        between(
            "R2.3",
            "human-centred design used, what it co-creates unknown",
            engagement(Engagement.builder().humanCentredServiceDesign(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.3",
            "none of programmes, services or policies co-created, human-centred design unknown:"
                + " a certain gap",
            engagement(
                Engagement.builder()
                    .putCoCreatedOutput(CoCreatedOutput.PROGRAMMES, false)
                    .putCoCreatedOutput(CoCreatedOutput.SERVICES, false)
                    .putCoCreatedOutput(CoCreatedOutput.POLICIES, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.3", "nothing stated", unknownCity()),
        met(
            "R2.4",
            "capacity gaps assessed and partnerships double as training",
            city()
                .staff(InnovationStaff.builder().capacityGapsAssessed(true).build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.STAFF_TRAINING, true)
                        .build())
                .build()),
        partlyMet(
            "R2.4",
            "capacity gaps assessed, no partnership trains staff",
            city()
                .staff(InnovationStaff.builder().capacityGapsAssessed(true).build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.STAFF_TRAINING, false)
                        .build())
                .build()),
        notMet(
            "R2.4",
            "no gaps assessed and no training partnership",
            city()
                .staff(InnovationStaff.builder().capacityGapsAssessed(false).build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.STAFF_TRAINING, false)
                        .build())
                .build()),
        between(
            "R2.4",
            "capacity gaps assessed, partnerships unknown",
            staff(InnovationStaff.builder().capacityGapsAssessed(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.4",
            "no capacity gaps assessed, partnerships unknown: a certain gap",
            staff(InnovationStaff.builder().capacityGapsAssessed(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown(
            "R2.4",
            "only a data partnership, capacity gaps unknown",
            engagement(
                Engagement.builder().putPartnership(PartnershipPurpose.DATA_ENRICHMENT, true))),
        met(
            "R2.5",
            "training in every agency and hiring assesses innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.ALL_AGENCIES)
                    .hiringAssessesInnovation(true))),
        partlyMet(
            "R2.5",
            "training in most agencies, hiring does not assess innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.MOST_AGENCIES)
                    .hiringAssessesInnovation(false))),
        partlyMet(
            "R2.5",
            "training only for the innovation team, hiring assesses innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.INNOVATION_TEAM_ONLY)
                    .hiringAssessesInnovation(true))),
        partlyMet(
            "R2.5",
            "training in some agencies, hiring unknown",
            staff(InnovationStaff.builder().innovationTraining(Coverage.SOME_AGENCIES))),
        notMet(
            "R2.5",
            "no training and hiring does not assess innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.NONE)
                    .hiringAssessesInnovation(false))),
        between(
            "R2.5",
            "hiring assesses innovation, training unknown",
            staff(InnovationStaff.builder().hiringAssessesInnovation(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.5",
            "no training anywhere, hiring unknown: a certain gap",
            staff(InnovationStaff.builder().innovationTraining(Coverage.NONE)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.5", "nothing stated", unknownCity()),
        met(
            "R2.6",
            "leaders with innovation experience in every agency",
            leadersWithExperience(Coverage.ALL_AGENCIES)),
        partlyMet(
            "R2.6",
            "leaders with innovation experience in some agencies",
            leadersWithExperience(Coverage.SOME_AGENCIES)),
        notMet(
            "R2.6",
            "only the chief innovation officer has innovation experience",
            leadersWithExperience(Coverage.INNOVATION_TEAM_ONLY)),
        between(
            "R2.6", "nothing stated: any of the three", unknownCity(), Status.NOT_MET, Status.MET),
        met(
            "R2.7",
            "staff incentivised to take risks, leadership champions it",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(true)
                    .leadershipChampionsRiskTaking(true))),
        partlyMet(
            "R2.7",
            "leadership champions risk-taking, staff are not incentivised",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(false)
                    .leadershipChampionsRiskTaking(true))),
        notMet(
            "R2.7",
            "neither incentives nor champions for risk-taking",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(false)
                    .leadershipChampionsRiskTaking(false))),
        between(
            "R2.7",
            "staff incentivised, leadership unknown",
            culture(Culture.builder().staffRiskTakingIncentives(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.7",
            "no staff incentives, leadership unknown: a certain gap",
            culture(Culture.builder().staffRiskTakingIncentives(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.7", "nothing stated", unknownCity()),
        met(
            "R2.8",
            "agencies collaborate and review performance on cross-cutting themes",
            culture(
                Culture.builder()
                    .interAgencyCollaboration(true)
                    .crossCuttingPerformanceReviews(true))),
        partlyMet(
            "R2.8",
            "agencies collaborate, reviews stay by sector",
            culture(
                Culture.builder()
                    .interAgencyCollaboration(true)
                    .crossCuttingPerformanceReviews(false))),
        notMet(
            "R2.8",
            "agencies work in silos and reviews stay by sector",
            culture(
                Culture.builder()
                    .interAgencyCollaboration(false)
                    .crossCuttingPerformanceReviews(false))),
        between(
            "R2.8",
            "agencies collaborate, reviews unknown",
            culture(Culture.builder().interAgencyCollaboration(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.8",
            "agencies work in silos, reviews unknown: a certain gap",
            culture(Culture.builder().interAgencyCollaboration(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.8", "nothing stated", unknownCity()),
        met(
            "R2.9",
            "the adopted strategy covers the culture of innovation with all four concepts",
            strategy(
                coversCulture()
                    .putCultureConcept(CultureConcept.INNOVATION_TRAINING, true)
                    .putCultureConcept(CultureConcept.CALCULATED_RISK_TAKING, true)
                    .putCultureConcept(CultureConcept.SILO_BUSTING, true)
                    .putCultureConcept(CultureConcept.CO_CREATION, true))),
        met(
            "R2.9",
            "the strategy in development covers the culture of innovation with all four concepts",
            strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.IN_DEVELOPMENT)
                    .coversInnovationCulture(true)
                    .putCultureConcept(CultureConcept.INNOVATION_TRAINING, true)
                    .putCultureConcept(CultureConcept.CALCULATED_RISK_TAKING, true)
                    .putCultureConcept(CultureConcept.SILO_BUSTING, true)
                    .putCultureConcept(CultureConcept.CO_CREATION, true))),
        met(
            "R2.9",
            "all four concepts enshrined, which implies the strategy covers the culture",
            strategy(
                InnovationStrategy.builder()
                    .putCultureConcept(CultureConcept.INNOVATION_TRAINING, true)
                    .putCultureConcept(CultureConcept.CALCULATED_RISK_TAKING, true)
                    .putCultureConcept(CultureConcept.SILO_BUSTING, true)
                    .putCultureConcept(CultureConcept.CO_CREATION, true))),
        partlyMet(
            "R2.9",
            "the strategy covers the culture with training and risk-taking, not silo-busting or"
                + " co-creation",
            strategy(
                coversCulture()
                    .putCultureConcept(CultureConcept.INNOVATION_TRAINING, true)
                    .putCultureConcept(CultureConcept.CALCULATED_RISK_TAKING, true)
                    .putCultureConcept(CultureConcept.SILO_BUSTING, false)
                    .putCultureConcept(CultureConcept.CO_CREATION, false))),
        notMet(
            "R2.9",
            "the adopted strategy leaves culture out, which implies none of its concepts",
            strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.ADOPTED)
                    .coversInnovationCulture(false))),
        notMet(
            "R2.9",
            "no strategy, which implies it covers no culture and none of its concepts",
            strategy(InnovationStrategy.builder().status(StrategyStatus.NONE))),
        between(
            "R2.9",
            "the strategy covers the culture, its concepts unknown",
            strategy(coversCulture()),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.9",
            "none of the four concepts enshrined, whether the strategy covers culture unknown: a"
                + " certain gap",
            strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.ADOPTED)
                    .putCultureConcept(CultureConcept.INNOVATION_TRAINING, false)
                    .putCultureConcept(CultureConcept.CALCULATED_RISK_TAKING, false)
                    .putCultureConcept(CultureConcept.SILO_BUSTING, false)
                    .putCultureConcept(CultureConcept.CO_CREATION, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown(
            "R2.9",
            "an adopted strategy, its content unknown",
            strategy(InnovationStrategy.builder().status(StrategyStatus.ADOPTED))),
        unknown("R2.9", "nothing stated", unknownCity()),
        met(
            "R2.10",
            "co-creation in person and digitally",
            engagement(
                Engagement.builder()
                    .putCoCreationChannel(CoCreationChannel.IN_PERSON, true)
                    .putCoCreationChannel(CoCreationChannel.DIGITAL, true))),
        partlyMet(
            "R2.10",
            "co-creation digitally only",
            engagement(
                Engagement.builder()
                    .putCoCreationChannel(CoCreationChannel.IN_PERSON, false)
                    .putCoCreationChannel(CoCreationChannel.DIGITAL, true))),
        notMet(
            "R2.10",
            "no co-creation channel",
            engagement(
                Engagement.builder()
                    .putCoCreationChannel(CoCreationChannel.IN_PERSON, false)
                    .putCoCreationChannel(CoCreationChannel.DIGITAL, false))),
        between(
            "R2.10",
            "co-creation in person, digital unknown",
            engagement(
                Engagement.builder().putCoCreationChannel(CoCreationChannel.IN_PERSON, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.10",
            "no co-creation in person, digital unknown: a certain gap",
            engagement(
                Engagement.builder().putCoCreationChannel(CoCreationChannel.IN_PERSON, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.10", "nothing stated", unknownCity()),
        met(
            "R2.11",
            "collection not stated, but feedback informs budget and policy decisions, which"
                + " implies it is collected",
            engagement(
                Engagement.builder()
                    .feedbackInBudgetDecisions(true)
                    .feedbackInPolicyDecisions(true))),
        met(
            "R2.11",
            "feedback collected and required in budget and policy decisions",
            engagement(
                Engagement.builder()
                    .residentFeedbackCollected(true)
                    .feedbackInBudgetDecisions(true)
                    .feedbackInPolicyDecisions(true))),
        partlyMet(
            "R2.11",
            "feedback collected and used in policy, not in budget decisions",
            engagement(
                Engagement.builder()
                    .residentFeedbackCollected(true)
                    .feedbackInBudgetDecisions(false)
                    .feedbackInPolicyDecisions(true))),
        partlyMet(
            "R2.11",
            "feedback collected, not used in budget decisions, policy unknown",
            engagement(
                Engagement.builder()
                    .residentFeedbackCollected(true)
                    .feedbackInBudgetDecisions(false))),
        notMet(
            "R2.11",
            "no feedback collected, which implies it informs no decision",
            engagement(Engagement.builder().residentFeedbackCollected(false))),
        between(
            "R2.11",
            "feedback collected and used in budget decisions, policy unknown",
            engagement(
                Engagement.builder()
                    .residentFeedbackCollected(true)
                    .feedbackInBudgetDecisions(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R2.11",
            "feedback used in neither budget nor policy decisions, collection unknown: a"
                + " certain gap",
            engagement(
                Engagement.builder()
                    .feedbackInBudgetDecisions(false)
                    .feedbackInPolicyDecisions(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R2.11", "nothing stated", unknownCity()));
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
