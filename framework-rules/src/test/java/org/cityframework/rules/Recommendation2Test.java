package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.CoCreationChannel;
import org.cityframework.core.Coverage;
import org.cityframework.core.Culture;
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
        unknown(
            "R2.0",
            "innovation reaches every agency, residents' role unknown",
            culture(Culture.builder().innovationReach(Coverage.ALL_AGENCIES))),
        unknown(
            "R2.0",
            "residents are partners, reach unknown",
            engagement(Engagement.builder().residentRole(ResidentRole.PARTNERS))),
        unknown("R2.0", "nothing stated", unknownCity()),
        met(
            "R2.1",
            "one member of staff has a human-centred design background",
            staff(InnovationStaff.builder().humanCentredDesignStaff(1))),
        notMet(
            "R2.1",
            "no staff with a human-centred design background",
            staff(InnovationStaff.builder().humanCentredDesignStaff(0))),
        unknown("R2.1", "the number of such staff is unknown", unknownCity()),
        met(
            "R2.2",
            "exactly three tools used, the others unknown",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, true)
                    .putInnovationTool(InnovationTool.HACKATHONS, true)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true))),
        partlyMet(
            "R2.2",
            "two tools used, the other four known not",
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
        unknown(
            "R2.2",
            "two tools used, the others unknown",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HACKATHONS, true)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true))),
        unknown(
            "R2.2",
            "five tools known not, one unknown",
            engagement(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, false)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false))),
        unknown("R2.2", "nothing stated", unknownCity()),
        met(
            "R2.3",
            "human-centred design used to co-create services",
            engagement(Engagement.builder().humanCentredServiceDesign(true))),
        notMet(
            "R2.3",
            "no human-centred design in service design",
            engagement(Engagement.builder().humanCentredServiceDesign(false))),
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
        unknown(
            "R2.4",
            "capacity gaps assessed, partnerships unknown",
            staff(InnovationStaff.builder().capacityGapsAssessed(true))),
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
        unknown(
            "R2.5",
            "hiring assesses innovation, training unknown",
            staff(InnovationStaff.builder().hiringAssessesInnovation(true))),
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
        unknown("R2.6", "nothing stated", unknownCity()),
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
        unknown(
            "R2.7",
            "staff incentivised, leadership unknown",
            culture(Culture.builder().staffRiskTakingIncentives(true))),
        unknown(
            "R2.7",
            "no staff incentives, leadership unknown",
            culture(Culture.builder().staffRiskTakingIncentives(false))),
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
        unknown(
            "R2.8",
            "agencies collaborate, reviews unknown",
            culture(Culture.builder().interAgencyCollaboration(true))),
        met(
            "R2.9",
            "the adopted strategy covers the culture of innovation",
            city()
                .strategy(
                    InnovationStrategy.builder()
                        .status(StrategyStatus.ADOPTED)
                        .coversInnovationCulture(true)
                        .build())
                .build()),
        met(
            "R2.9",
            "the strategy in development covers the culture of innovation",
            city()
                .strategy(
                    InnovationStrategy.builder()
                        .status(StrategyStatus.IN_DEVELOPMENT)
                        .coversInnovationCulture(true)
                        .build())
                .build()),
        notMet(
            "R2.9",
            "the adopted strategy leaves culture out",
            city()
                .strategy(
                    InnovationStrategy.builder()
                        .status(StrategyStatus.ADOPTED)
                        .coversInnovationCulture(false)
                        .build())
                .build()),
        notMet(
            "R2.9",
            "no strategy",
            city()
                .strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build())
                .build()),
        unknown(
            "R2.9",
            "an adopted strategy, its content unknown",
            city()
                .strategy(InnovationStrategy.builder().status(StrategyStatus.ADOPTED).build())
                .build()),
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
        unknown(
            "R2.10",
            "co-creation in person, digital unknown",
            engagement(
                Engagement.builder().putCoCreationChannel(CoCreationChannel.IN_PERSON, true))),
        met(
            "R2.11",
            "collection not stated, but feedback informs budget and policy decisions",
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
            "no feedback collected, which decides alone",
            engagement(Engagement.builder().residentFeedbackCollected(false))),
        unknown(
            "R2.11",
            "feedback collected and used in budget decisions, policy unknown",
            engagement(
                Engagement.builder()
                    .residentFeedbackCollected(true)
                    .feedbackInBudgetDecisions(true))),
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
