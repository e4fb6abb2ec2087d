package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InnovationStaffTest {

  static InnovationStaff.Builder noTeam() {
    return InnovationStaff.builder().dedicatedTeam(false);
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
    assertThat(noTeam().teamSize(0).build().teamSize()).hasValue(0);
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

  static Stream<Named<InnovationStaff.Builder>> aTeamDescribed() {
    return Stream.of(
        Named.of("its size", noTeam().teamSize(4)),
        Named.of("when it was established", noTeam().teamEstablishedOn(LocalDate.of(2019, 1, 1))),
        Named.of("whom it reports to", noTeam().reportsTo(ReportingLine.MAYOR)),
        Named.of(
            "how it is embedded",
            noTeam().putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, true)),
        Named.of("its stable resources", noTeam().stableTeamResources(true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aTeamDescribed")
  void rejects_a_description_of_a_team_said_not_to_exist(InnovationStaff.Builder staff) {
    assertRejected(staff::build, "/dedicatedTeam", "no dedicated innovation team");
  }

  @Test
  void builds_a_team_said_not_to_exist_whose_facts_all_say_no() {
    InnovationStaff staff =
        noTeam()
            .teamSize(0)
            .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)
            .stableTeamResources(false)
            .build();

    assertThat(staff.dedicatedTeam()).hasValue(false);
  }

  @Test
  void builds_a_described_team_whose_existence_is_unknown() {
    assertThat(InnovationStaff.builder().reportsTo(ReportingLine.MAYOR).build().dedicatedTeam())
        .isEmpty();
  }

  @Test
  void rejects_a_dedicated_team_of_size_zero() {
    assertRejected(
        () -> InnovationStaff.builder().dedicatedTeam(true).teamSize(0).build(),
        "/teamSize",
        "a dedicated innovation team cannot have a size of 0");
  }

  @Test
  void builds_a_dedicated_team_of_one() {
    assertThat(InnovationStaff.builder().dedicatedTeam(true).teamSize(1).build().teamSize())
        .hasValue(1);
  }
}
