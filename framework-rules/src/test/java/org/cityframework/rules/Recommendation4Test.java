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
import org.cityframework.core.Coverage;
import org.cityframework.core.EmbeddingPractice;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.ReportingLine;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation4Test {

  static CityProfile staff(InnovationStaff.Builder staff) {
    return city().staff(staff.build()).build();
  }

  static InnovationStaff.Builder team() {
    return InnovationStaff.builder().dedicatedTeam(true);
  }

  static final CityProfile NO_TEAM = staff(InnovationStaff.builder().dedicatedTeam(false));

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R4.0",
            "a dedicated team reporting to the mayor",
            staff(team().reportsTo(ReportingLine.MAYOR))),
        met(
            "R4.0",
            "a dedicated team reporting to a deputy mayor",
            staff(team().reportsTo(ReportingLine.DEPUTY_MAYOR))),
        partlyMet(
            "R4.0",
            "a dedicated team reporting to an agency head",
            staff(team().reportsTo(ReportingLine.AGENCY_HEAD))),
        partlyMet(
            "R4.0",
            "a dedicated team reporting to middle management",
            staff(team().reportsTo(ReportingLine.MIDDLE_MANAGEMENT))),
        notMet("R4.0", "no dedicated team", NO_TEAM),
        between(
            "R4.0",
            "a dedicated team, reporting line unknown: partly met or met",
            staff(team()),
            Status.PARTLY_MET,
            Status.MET),
        met(
            "R4.0",
            "a reporting line to the mayor implies the team, though it is not stated",
            staff(InnovationStaff.builder().reportsTo(ReportingLine.MAYOR))),
        between(
            "R4.0",
            "a team size of 4 implies the team, though it is not stated; reporting line unknown",
            staff(InnovationStaff.builder().teamSize(4)),
            Status.PARTLY_MET,
            Status.MET),
        between("R4.0", "nothing stated", unknownCity(), Status.NOT_MET, Status.MET),
        met(
            "R4.1",
            "priority skills clarified for hires in every agency",
            staff(InnovationStaff.builder().prioritySkillsForHires(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R4.1",
            "priority skills clarified in some agencies",
            staff(InnovationStaff.builder().prioritySkillsForHires(Coverage.SOME_AGENCIES))),
        notMet(
            "R4.1",
            "priority skills clarified for the innovation team only",
            staff(InnovationStaff.builder().prioritySkillsForHires(Coverage.INNOVATION_TEAM_ONLY))),
        notMet(
            "R4.1",
            "priority skills clarified nowhere",
            staff(InnovationStaff.builder().prioritySkillsForHires(Coverage.NONE))),
        unknown("R4.1", "nothing stated", unknownCity()),
        between(
            "R4.1",
            "a dedicated team to the mayor, priority skills not stated",
            staff(team().reportsTo(ReportingLine.MAYOR)),
            Status.NOT_MET,
            Status.MET),
        met(
            "R4.2",
            "reviews include innovation, training unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(true))),
        met(
            "R4.2",
            "innovation training in every agency, reviews without innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.ALL_AGENCIES)
                    .staffReviewsIncludeInnovation(false))),
        partlyMet(
            "R4.2",
            "innovation training in most agencies, reviews without innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.MOST_AGENCIES)
                    .staffReviewsIncludeInnovation(false))),
        partlyMet(
            "R4.2",
            "innovation training for the innovation team only, reviews without innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.INNOVATION_TEAM_ONLY)
                    .staffReviewsIncludeInnovation(false))),
        notMet(
            "R4.2",
            "no innovation training and reviews without innovation",
            staff(
                InnovationStaff.builder()
                    .innovationTraining(Coverage.NONE)
                    .staffReviewsIncludeInnovation(false))),
        between(
            "R4.2",
            "innovation training in some agencies, reviews unknown: partly met or met",
            staff(InnovationStaff.builder().innovationTraining(Coverage.SOME_AGENCIES)),
            Status.PARTLY_MET,
            Status.MET),
        either(
            "R4.2",
            "no innovation training, reviews unknown: met or not met, never partly",
            staff(InnovationStaff.builder().innovationTraining(Coverage.NONE)),
            Status.NOT_MET,
            Status.MET),
        between(
            "R4.2",
            "reviews without innovation, training unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(false)),
            Status.NOT_MET,
            Status.MET),
        unknown("R4.2", "nothing stated", unknownCity()),
        met(
            "R4.3",
            "all four embedding practices",
            staff(
                team()
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, true)
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_REVIEWS, true)
                    .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, true)
                    .putEmbeddingPractice(EmbeddingPractice.COLLABORATIVE_PROJECTS, true))),
        between(
            "R4.3",
            "exactly two embedding practices, the others unknown: partly met or met",
            staff(
                team()
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, true)
                    .putEmbeddingPractice(EmbeddingPractice.COLLABORATIVE_PROJECTS, true)),
            Status.PARTLY_MET,
            Status.MET),
        partlyMet(
            "R4.3",
            "three of the four practices, staff swaps not used",
            staff(
                team()
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, true)
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_REVIEWS, true)
                    .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)
                    .putEmbeddingPractice(EmbeddingPractice.COLLABORATIVE_PROJECTS, true))),
        partlyMet(
            "R4.3",
            "staff swaps only, the other practices not used",
            staff(
                team()
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, false)
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_REVIEWS, false)
                    .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, true)
                    .putEmbeddingPractice(EmbeddingPractice.COLLABORATIVE_PROJECTS, false))),
        notMet(
            "R4.3",
            "a team using none of the embedding practices",
            staff(
                team()
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, false)
                    .putEmbeddingPractice(EmbeddingPractice.JOINT_REVIEWS, false)
                    .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)
                    .putEmbeddingPractice(EmbeddingPractice.COLLABORATIVE_PROJECTS, false))),
        notMet("R4.3", "no dedicated team: no practice is stated, the team implies none", NO_TEAM),
        between(
            "R4.3",
            "a team not swapping staff, the other practices unknown: a certain gap",
            staff(team().putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R4.3",
            "a team holding joint reviews, the other practices unknown",
            staff(team().putEmbeddingPractice(EmbeddingPractice.JOINT_REVIEWS, true)),
            Status.PARTLY_MET,
            Status.MET),
        between("R4.3", "nothing stated", unknownCity(), Status.NOT_MET, Status.MET),
        met(
            "R4.4",
            "feedback loops for lower-level staff in every agency",
            staff(
                InnovationStaff.builder()
                    .staffFeedbackLoops(true)
                    .staffFeedbackReach(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R4.4",
            "feedback loops for lower-level staff in most agencies",
            staff(
                InnovationStaff.builder()
                    .staffFeedbackLoops(true)
                    .staffFeedbackReach(Coverage.MOST_AGENCIES))),
        notMet(
            "R4.4",
            "feedback loops in the innovation team only: lower-level staff elsewhere have none",
            staff(
                InnovationStaff.builder()
                    .staffFeedbackLoops(true)
                    .staffFeedbackReach(Coverage.INNOVATION_TEAM_ONLY))),
        notMet(
            "R4.4",
            "no feedback loops, reach not stated: the loops imply it is none",
            staff(InnovationStaff.builder().staffFeedbackLoops(false))),
        notMet(
            "R4.4",
            "feedback loops that reach no one, the loops not stated: the reach implies none",
            staff(InnovationStaff.builder().staffFeedbackReach(Coverage.NONE))),
        met(
            "R4.4",
            "loops reaching every agency, the loops not stated: the reach implies them",
            staff(InnovationStaff.builder().staffFeedbackReach(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R4.4",
            "loops reaching some agencies, the loops not stated: the reach implies them",
            staff(InnovationStaff.builder().staffFeedbackReach(Coverage.SOME_AGENCIES))),
        between(
            "R4.4",
            "lower-level staff have feedback loops, their reach unknown: the team's alone is not"
                + " met",
            staff(InnovationStaff.builder().staffFeedbackLoops(true)),
            Status.NOT_MET,
            Status.MET),
        between("R4.4", "nothing stated", unknownCity(), Status.NOT_MET, Status.MET),
        met(
            "R4.5",
            "a team with stable resources committed exactly 3 years ahead",
            staff(team().stableTeamResources(true).teamResourcesCommittedYears(3))),
        partlyMet(
            "R4.5",
            "a team with stable resources committed only 2 years ahead",
            staff(team().stableTeamResources(true).teamResourcesCommittedYears(2))),
        partlyMet(
            "R4.5",
            "a team with stable resources, nothing committed ahead",
            staff(team().stableTeamResources(true).teamResourcesCommittedYears(0))),
        partlyMet(
            "R4.5",
            "resources committed 2 years ahead, stability not stated: partly met either way",
            staff(team().teamResourcesCommittedYears(2))),
        notMet(
            "R4.5",
            "a team without stable resources, nothing committed ahead",
            staff(team().stableTeamResources(false).teamResourcesCommittedYears(0))),
        notMet(
            "R4.5",
            "no dedicated team: resources and commitment not stated, the team implies none",
            NO_TEAM),
        between(
            "R4.5",
            "a team without stable resources, commitment unknown: a certain gap",
            staff(team().stableTeamResources(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R4.5",
            "a team with stable resources, commitment unknown",
            staff(team().stableTeamResources(true)),
            Status.PARTLY_MET,
            Status.MET),
        between("R4.5", "a team, resources unknown", staff(team()), Status.NOT_MET, Status.MET),
        unknown("R4.5", "nothing stated", unknownCity()));
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
