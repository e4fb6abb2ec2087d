package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DataStewardshipTest {

  static DataStewardship.Builder noSteward() {
    return DataStewardship.builder().dataTeam(false).chiefDataOfficer(false);
  }

  static Stream<Named<DataStewardship.Builder>> stewardshipDescribed() {
    return Stream.of(
        Named.of("citywide", noSteward().citywide(true)),
        Named.of(
            "spanning a dimension", noSteward().putDimension(StewardshipDimension.LEGAL, true)),
        Named.of(
            "covering a stage",
            noSteward().putStagesCovered(ValueCycleStage.COLLECTION_AND_GENERATION, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stewardshipDescribed")
  void rejects_stewardship_described_when_there_is_neither_team_nor_officer(
      DataStewardship.Builder stewardship) {
    assertRejected(stewardship::build, "/dataTeam", "neither a data team nor a chief data officer");
  }

  @Test
  void builds_no_steward_whose_stewardship_facts_all_say_no() {
    DataStewardship none =
        noSteward()
            .citywide(false)
            .putDimension(StewardshipDimension.TECHNICAL, false)
            .putStagesCovered(ValueCycleStage.ANALYSIS_AND_USE, false)
            .build();

    assertThat(none.dataTeam()).hasValue(false);
  }

  @Test
  void builds_citywide_stewardship_by_a_chief_data_officer_without_a_team() {
    assertThat(
            DataStewardship.builder()
                .dataTeam(false)
                .chiefDataOfficer(true)
                .citywide(true)
                .build()
                .citywide())
        .hasValue(true);
  }

  @Test
  void builds_citywide_stewardship_when_the_officer_is_unknown() {
    assertThat(DataStewardship.builder().dataTeam(false).citywide(true).build().chiefDataOfficer())
        .isEmpty();
  }
}
