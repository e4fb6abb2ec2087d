package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
import static org.cityframework.rules.CheckCase.either;
import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DataGovernance;
import org.cityframework.core.DataStewardship;
import org.cityframework.core.DataStrategy;
import org.cityframework.core.StewardshipDimension;
import org.cityframework.core.StrategyStatus;
import org.cityframework.core.ValueCycleStage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation7Test {

  static CityProfile governance(DataGovernance.Builder governance) {
    return city().dataGovernance(governance.build()).build();
  }

  static CityProfile stewardship(DataStewardship.Builder stewardship) {
    return governance(DataGovernance.builder().stewardship(stewardship.build()));
  }

  static CityProfile stewardshipAndDataStrategy(
      DataStewardship.Builder stewardship, StrategyStatus status) {
    return city()
        .dataGovernance(DataGovernance.builder().stewardship(stewardship.build()).build())
        .dataStrategy(DataStrategy.builder().status(status).build())
        .build();
  }

  static DataStewardship.Builder dataTeam() {
    return DataStewardship.builder().dataTeam(true);
  }

  static DataStewardship.Builder noSteward() {
    return DataStewardship.builder().dataTeam(false).chiefDataOfficer(false);
  }

  static DataStewardship.Builder allDimensions(DataStewardship.Builder s, boolean spans) {
    for (StewardshipDimension d : StewardshipDimension.values()) {
      s.putDimension(d, spans);
    }
    return s;
  }

  static DataStewardship.Builder allStages(DataStewardship.Builder s, boolean covered) {
    for (ValueCycleStage stage : ValueCycleStage.values()) {
      s.putStagesCovered(stage, covered);
    }
    return s;
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R7.0",
            "a data team and an adopted data strategy",
            stewardshipAndDataStrategy(dataTeam(), StrategyStatus.ADOPTED)),
        met(
            "R7.0",
            "no data team but a chief data officer, and an adopted data strategy",
            stewardshipAndDataStrategy(
                DataStewardship.builder().dataTeam(false).chiefDataOfficer(true),
                StrategyStatus.ADOPTED)),
        partlyMet(
            "R7.0",
            "a data team, the data strategy still in development",
            stewardshipAndDataStrategy(dataTeam(), StrategyStatus.IN_DEVELOPMENT)),
        partlyMet(
            "R7.0",
            "a data team but no data strategy",
            stewardshipAndDataStrategy(dataTeam(), StrategyStatus.NONE)),
        partlyMet(
            "R7.0",
            "an adopted data strategy but neither a data team nor a chief data officer",
            stewardshipAndDataStrategy(noSteward(), StrategyStatus.ADOPTED)),
        partlyMet(
            "R7.0",
            "stewards unknown, the data strategy in development",
            city()
                .dataStrategy(DataStrategy.builder().status(StrategyStatus.IN_DEVELOPMENT).build())
                .build()),
        notMet(
            "R7.0",
            "neither a data team nor a chief data officer, and no data strategy",
            stewardshipAndDataStrategy(noSteward(), StrategyStatus.NONE)),
        between(
            "R7.0", "a data team, data strategy unknown", stewardship(dataTeam()), PARTLY_MET, MET),
        between(
            "R7.0",
            "no data team, chief data officer unknown, an adopted data strategy",
            stewardshipAndDataStrategy(
                DataStewardship.builder().dataTeam(false), StrategyStatus.ADOPTED),
            PARTLY_MET,
            MET),
        between(
            "R7.0",
            "neither a data team nor a chief data officer, data strategy unknown: a certain gap",
            stewardship(noSteward()),
            NOT_MET,
            PARTLY_MET),
        between("R7.0", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R7.1",
            "data recognised as a strategic asset",
            governance(DataGovernance.builder().dataAsStrategicAsset(true))),
        notMet(
            "R7.1",
            "data not recognised as a strategic asset",
            governance(DataGovernance.builder().dataAsStrategicAsset(false))),
        either("R7.1", "nothing stated", unknownCity(), MET, NOT_MET),
        met(
            "R7.2",
            "a data vision and incentives",
            governance(DataGovernance.builder().dataVision(true).dataIncentives(true))),
        partlyMet(
            "R7.2",
            "a data vision, no incentives",
            governance(DataGovernance.builder().dataVision(true).dataIncentives(false))),
        notMet(
            "R7.2",
            "neither a data vision nor incentives",
            governance(DataGovernance.builder().dataVision(false).dataIncentives(false))),
        between(
            "R7.2",
            "a data vision, incentives unknown",
            governance(DataGovernance.builder().dataVision(true)),
            PARTLY_MET,
            MET),
        between(
            "R7.2",
            "no data vision, incentives unknown: a certain gap",
            governance(DataGovernance.builder().dataVision(false)),
            NOT_MET,
            PARTLY_MET),
        between("R7.2", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R7.3",
            "the priority communicated to staff and to partners",
            governance(
                DataGovernance.builder()
                    .priorityCommunicatedToStaff(true)
                    .priorityCommunicatedToPartners(true))),
        partlyMet(
            "R7.3",
            "the priority communicated to staff, not to partners",
            governance(
                DataGovernance.builder()
                    .priorityCommunicatedToStaff(true)
                    .priorityCommunicatedToPartners(false))),
        notMet(
            "R7.3",
            "the priority communicated to neither staff nor partners",
            governance(
                DataGovernance.builder()
                    .priorityCommunicatedToStaff(false)
                    .priorityCommunicatedToPartners(false))),
        between(
            "R7.3",
            "the priority communicated to partners, staff unknown",
            governance(DataGovernance.builder().priorityCommunicatedToPartners(true)),
            PARTLY_MET,
            MET),
        between(
            "R7.3",
            "the priority not communicated to staff, partners unknown: a certain gap",
            governance(DataGovernance.builder().priorityCommunicatedToStaff(false)),
            NOT_MET,
            PARTLY_MET),
        met(
            "R7.4",
            "a data team with citywide stewardship",
            stewardship(dataTeam().citywide(true))),
        partlyMet(
            "R7.4",
            "a chief data officer whose stewardship is not citywide",
            stewardship(DataStewardship.builder().chiefDataOfficer(true).citywide(false))),
        notMet(
            "R7.4",
            "neither a data team nor a chief data officer, reach unstated but implied: no"
                + " stewardship to be citywide",
            stewardship(noSteward())),
        notMet(
            "R7.4",
            "neither a data team nor a chief data officer, not citywide",
            stewardship(noSteward().citywide(false))),
        between(
            "R7.4",
            "a data team, citywide reach unknown",
            stewardship(dataTeam()),
            PARTLY_MET,
            MET),
        between(
            "R7.4",
            "stewardship not citywide, who the stewards are unknown: a certain gap",
            stewardship(DataStewardship.builder().citywide(false)),
            NOT_MET,
            PARTLY_MET),
        // Citywide stewardship presupposes a steward, so this is met in every valid filling-in;
        // the check cannot read the two-fact implication backwards and leaves it open.
        met(
            "R7.4",
            "citywide stewardship, who the stewards are unknown: citywide stewardship has one",
            stewardship(DataStewardship.builder().citywide(true))),
        between("R7.4", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R7.5",
            "a data team spanning all three dimensions and all four stages",
            stewardship(allStages(allDimensions(dataTeam(), true), true))),
        partlyMet(
            "R7.5",
            "all three dimensions, only collection and analysis of the four stages",
            stewardship(
                allDimensions(dataTeam(), true)
                    .putStagesCovered(ValueCycleStage.COLLECTION_AND_GENERATION, true)
                    .putStagesCovered(ValueCycleStage.STORING_SECURING_PROCESSING, false)
                    .putStagesCovered(ValueCycleStage.SHARING_INTEGRATION_RELEASE, false)
                    .putStagesCovered(ValueCycleStage.ANALYSIS_AND_USE, true))),
        partlyMet(
            "R7.5",
            "all three dimensions, no stage covered",
            stewardship(allStages(allDimensions(dataTeam(), true), false))),
        partlyMet(
            "R7.5",
            "technical but not legal stewardship, the rest unknown",
            stewardship(
                dataTeam()
                    .putDimension(StewardshipDimension.TECHNICAL, true)
                    .putDimension(StewardshipDimension.LEGAL, false))),
        notMet(
            "R7.5",
            "neither a data team nor a chief data officer, dimensions and stages unstated but"
                + " implied: no stewardship spans any",
            stewardship(noSteward())),
        notMet(
            "R7.5",
            "a data team spanning no dimension and no stage",
            stewardship(allStages(allDimensions(dataTeam(), false), false))),
        between(
            "R7.5",
            "all three dimensions, stages unknown",
            stewardship(allDimensions(dataTeam(), true)),
            PARTLY_MET,
            MET),
        between(
            "R7.5",
            "technical stewardship over all four stages, other dimensions unknown",
            stewardship(
                allStages(dataTeam().putDimension(StewardshipDimension.TECHNICAL, true), true)),
            PARTLY_MET,
            MET),
        between(
            "R7.5",
            "a data team spanning no dimension, stages unknown: a certain gap",
            stewardship(allDimensions(dataTeam(), false)),
            NOT_MET,
            PARTLY_MET),
        between(
            "R7.5",
            "no data team, chief data officer unknown: nothing implied yet",
            stewardship(DataStewardship.builder().dataTeam(false)),
            NOT_MET,
            MET),
        between("R7.5", "nothing stated", unknownCity(), NOT_MET, MET));
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
