package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The innovation staff section. Its ranges are checked when it is built; contradictions between its
 * facts are checked with the whole profile ({@link Implications}), at the absolute pointer of the
 * contradicting fact.
 */
class InnovationStaffTest {

  static InnovationStaff.Builder noTeam() {
    return InnovationStaff.builder().dedicatedTeam(false);
  }

  /** Builds a whole profile with this staff section, which checks it against every implication. */
  static CityProfile profileWith(InnovationStaff.Builder staff) {
    return city().staff(staff.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_team_said_not_to_exist_yet_described() {
    assertThat(noTeam().reportsTo(ReportingLine.MAYOR).build().reportsTo())
        .hasValue(ReportingLine.MAYOR);
  }

  @Test
  void rejects_a_negative_team_size() {
    assertRejected(
        () -> InnovationStaff.builder().teamSize(-1).build(),
        "/teamSize",
        "the team size cannot be negative (found -1)");
  }

  @Test
  void builds_a_team_size_of_zero_when_there_is_no_team() {
    assertThat(profileWith(noTeam().teamSize(0)).staff().teamSize()).hasValue(0);
  }

  @Test
  void rejects_a_negative_number_of_human_centred_design_staff() {
    assertRejected(
        () -> InnovationStaff.builder().humanCentredDesignStaff(-3).build(),
        "/humanCentredDesignStaff",
        "the number of staff cannot be negative (found -3)");
  }

  @Test
  void builds_no_human_centred_design_staff() {
    assertThat(
            InnovationStaff.builder().humanCentredDesignStaff(0).build().humanCentredDesignStaff())
        .hasValue(0);
  }

  /** Each description of a team, with the pointer of the fact that contradicts "no team". */
  static Stream<Arguments> aTeamDescribed() {
    return Stream.of(
        described("its size", noTeam().teamSize(4), "/staff/teamSize"),
        described(
            "when it was established",
            noTeam().teamEstablishedOn(LocalDate.of(2019, 1, 1)),
            "/staff/teamEstablishedOn"),
        described(
            "whom it reports to", noTeam().reportsTo(ReportingLine.MAYOR), "/staff/reportsTo"),
        described(
            "how it is embedded",
            noTeam().putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, true),
            "/staff/embeddingPractices/STAFF_SWAPS"),
        described(
            "its stable resources",
            noTeam().stableTeamResources(true),
            "/staff/stableTeamResources"),
        described(
            "the years its resources are committed",
            noTeam().teamResourcesCommittedYears(3),
            "/staff/teamResourcesCommittedYears"));
  }

  static Arguments described(String name, InnovationStaff.Builder staff, String pointer) {
    return Arguments.of(Named.of(name, staff), pointer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aTeamDescribed")
  void rejects_a_description_of_a_team_said_not_to_exist(
      InnovationStaff.Builder staff, String pointer) {
    assertContradicts(
        () -> profileWith(staff),
        pointer,
        "/staff/dedicatedTeam",
        "/staff/dedicatedTeam = false",
        "a city with no dedicated innovation team has no team");
  }

  @Test
  void builds_a_team_said_not_to_exist_whose_facts_all_say_no() {
    CityProfile profile =
        profileWith(
            noTeam()
                .teamSize(0)
                .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)
                .stableTeamResources(false));

    assertThat(profile.staff().dedicatedTeam()).hasValue(false);
  }

  @Test
  void builds_a_described_team_whose_existence_is_unknown() {
    assertThat(
            profileWith(InnovationStaff.builder().reportsTo(ReportingLine.MAYOR))
                .staff()
                .dedicatedTeam())
        .isEmpty();
  }

  @Test
  void rejects_a_dedicated_team_of_size_zero() {
    assertContradicts(
        () -> profileWith(InnovationStaff.builder().dedicatedTeam(true).teamSize(0)),
        "/staff/teamSize",
        "/staff/dedicatedTeam",
        "a dedicated innovation team has at least one member",
        "(/staff/teamSize = 1 or more, found 0)");
  }

  @Test
  void builds_a_dedicated_team_of_one() {
    assertThat(
            profileWith(InnovationStaff.builder().dedicatedTeam(true).teamSize(1))
                .staff()
                .teamSize())
        .hasValue(1);
  }
}
