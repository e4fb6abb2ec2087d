package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data stewardship section, within data governance. Contradictions between its facts are
 * checked with the whole profile ({@link Implications}), at the absolute pointer of the
 * contradicting fact.
 */
class DataStewardshipTest {

  static final String STEWARDSHIP = "/dataGovernance/stewardship";

  static DataStewardship.Builder noSteward() {
    return DataStewardship.builder().dataTeam(false).chiefDataOfficer(false);
  }

  /** Builds a whole profile with this stewardship, which checks it against every implication. */
  static CityProfile profileWith(DataStewardship.Builder stewardship) {
    return city()
        .dataGovernance(DataGovernance.builder().stewardship(stewardship.build()).build())
        .build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_stewardship_described_when_there_is_neither_team_nor_officer() {
    assertThat(noSteward().citywide(true).build().citywide()).hasValue(true);
  }

  /** Each description of stewardship, with the pointer of the fact that contradicts "no one". */
  static Stream<Arguments> stewardshipDescribed() {
    return Stream.of(
        Arguments.of(Named.of("citywide", noSteward().citywide(true)), STEWARDSHIP + "/citywide"),
        Arguments.of(
            Named.of(
                "spanning a dimension", noSteward().putDimension(StewardshipDimension.LEGAL, true)),
            STEWARDSHIP + "/dimensions/LEGAL"),
        Arguments.of(
            Named.of(
                "covering a stage",
                noSteward().putStagesCovered(ValueCycleStage.COLLECTION_AND_GENERATION, true)),
            STEWARDSHIP + "/stagesCovered/COLLECTION_AND_GENERATION"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stewardshipDescribed")
  void rejects_stewardship_described_when_there_is_neither_team_nor_officer(
      DataStewardship.Builder stewardship, String pointer) {
    assertContradicts(
        () -> profileWith(stewardship),
        pointer,
        STEWARDSHIP + "/dataTeam",
        STEWARDSHIP + "/chiefDataOfficer",
        "with neither a data team nor a chief data officer there is no stewardship to describe");
  }

  @Test
  void builds_no_steward_whose_stewardship_facts_all_say_no() {
    CityProfile none =
        profileWith(
            noSteward()
                .citywide(false)
                .putDimension(StewardshipDimension.TECHNICAL, false)
                .putStagesCovered(ValueCycleStage.ANALYSIS_AND_USE, false));

    assertThat(none.dataGovernance().stewardship().dataTeam()).hasValue(false);
  }

  @Test
  void builds_citywide_stewardship_by_a_chief_data_officer_without_a_team() {
    assertThat(
            profileWith(
                    DataStewardship.builder().dataTeam(false).chiefDataOfficer(true).citywide(true))
                .dataGovernance()
                .stewardship()
                .citywide())
        .hasValue(true);
  }

  @Test
  void builds_citywide_stewardship_when_the_officer_is_unknown() {
    assertThat(
            profileWith(DataStewardship.builder().dataTeam(false).citywide(true))
                .dataGovernance()
                .stewardship()
                .chiefDataOfficer())
        .isEmpty();
  }
}
