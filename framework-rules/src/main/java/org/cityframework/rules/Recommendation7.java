package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.GovernanceLayer.STRATEGIC;
import static org.cityframework.core.ValueCycleStage.ANALYSIS_AND_USE;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;
import static org.cityframework.core.ValueCycleStage.SHARING_INTEGRATION_RELEASE;
import static org.cityframework.core.ValueCycleStage.STORING_SECURING_PROCESSING;

import java.util.Optional;
import org.cityframework.core.StewardshipDimension;
import org.cityframework.core.StrategyStatus;
import org.cityframework.core.ValueCycleStage;

/** Recommendation 7: build and institutionalize good data governance practices (L181). */
final class Recommendation7 {
  private Recommendation7() {}

  static void declare(Checklist list) {
    list.check("R7.0")
        .seedLines(181, 183)
        .element(VISION)
        .layer(STRATEGIC)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R3.0", "R6.0", "R7.4", "R8.0")
        .decidedBy(Recommendation7::dataLeadershipAndStrategy);
    list.check("R7.1")
        .seedLines(187)
        .element(VISION)
        .layer(STRATEGIC)
        .effort(Effort.LOW)
        .weight(2)
        .decidedBy(Recommendation7::dataRecognisedAsStrategicAsset);
    list.check("R7.2")
        .seedLines(189)
        .element(VISION)
        .layer(STRATEGIC)
        .effort(Effort.LOW)
        .weight(2)
        .decidedBy(Recommendation7::visionAndIncentives);
    list.check("R7.3")
        .seedLines(191)
        .element(VISION)
        .layer(STRATEGIC)
        .effort(Effort.LOW)
        .weight(1)
        .decidedBy(Recommendation7::priorityCommunicatedToStaffAndPartners);
    list.check("R7.4")
        .seedLines(193, 17)
        .element(VISION)
        .layer(STRATEGIC)
        .effort(Effort.MEDIUM)
        .weight(3)
        .related("R7.0")
        .decidedBy(Recommendation7::citywideStewardship);
    list.check("R7.5")
        .seedLines(195)
        .element(CAPACITY)
        .layer(STRATEGIC)
        .stages(
            COLLECTION_AND_GENERATION,
            STORING_SECURING_PROCESSING,
            SHARING_INTEGRATION_RELEASE,
            ANALYSIS_AND_USE)
        .effort(Effort.MEDIUM)
        .weight(2)
        .prerequisites("R7.4")
        .decidedBy(Recommendation7::stewardshipAcrossDimensionsAndStages);
  }

  /**
   * Whether the city has data stewards, a dedicated data team and/or a chief data officer (L193):
   * either is met, both absent is not met.
   */
  static Verdict dataSteward(Facts f) {
    return Criteria.anyOf(
        f.read(
            "/dataGovernance/stewardship/dataTeam",
            p -> p.dataGovernance().stewardship().dataTeam()),
        f.read(
            "/dataGovernance/stewardship/chiefDataOfficer",
            p -> p.dataGovernance().stewardship().chiefDataOfficer()));
  }

  /**
   * How far the city has come with a formal data strategy (L183): adopted is met, in development
   * partly met, none not met, unknown not assessed.
   */
  static Verdict dataStrategyStatus(Facts f) {
    return Criteria.graded(
        f.read("/dataStrategy/status", p -> p.dataStrategy().status()),
        StrategyStatus.values(),
        Recommendation3::adoption);
  }

  static Verdict dataLeadershipAndStrategy(Facts f) {
    return Criteria.combine(dataSteward(f), dataStrategyStatus(f));
  }

  static Verdict dataRecognisedAsStrategicAsset(Facts f) {
    return Criteria.fact(
        f.read(
            "/dataGovernance/dataAsStrategicAsset",
            p -> p.dataGovernance().dataAsStrategicAsset()));
  }

  static Verdict visionAndIncentives(Facts f) {
    return Criteria.allOf(
        f.read("/dataGovernance/dataVision", p -> p.dataGovernance().dataVision()),
        f.read("/dataGovernance/dataIncentives", p -> p.dataGovernance().dataIncentives()));
  }

  static Verdict priorityCommunicatedToStaffAndPartners(Facts f) {
    return Criteria.allOf(
        f.read(
            "/dataGovernance/priorityCommunicatedToStaff",
            p -> p.dataGovernance().priorityCommunicatedToStaff()),
        f.read(
            "/dataGovernance/priorityCommunicatedToPartners",
            p -> p.dataGovernance().priorityCommunicatedToPartners()));
  }

  /**
   * A data steward (team and/or leader) whose stewardship is citywide (L193). With neither, there
   * is no stewardship to be citywide (Implications).
   */
  static Verdict citywideStewardship(Facts f) {
    Verdict steward = dataSteward(f);
    Optional<Boolean> citywide =
        f.read(
            "/dataGovernance/stewardship/citywide",
            p -> p.dataGovernance().stewardship().citywide());
    // Citywide stewardship has a steward (Implications), whichever kind is unknown.
    return Criteria.combine(
        citywide.orElse(false) ? Verdict.MET : steward, Criteria.fact(citywide));
  }

  /**
   * Stewardship spans the technical, organisational and legal dimensions, at every stage of the
   * data value cycle (L195). With neither a data team nor a chief data officer, it spans none
   * (Implications).
   */
  static Verdict stewardshipAcrossDimensionsAndStages(Facts f) {
    Verdict dimensions =
        Criteria.allOf(
            f.entries(
                "/dataGovernance/stewardship/dimensions",
                p -> p.dataGovernance().stewardship().dimensions(),
                StewardshipDimension.values()));
    Verdict stages =
        Criteria.allOf(
            f.entries(
                "/dataGovernance/stewardship/stagesCovered",
                p -> p.dataGovernance().stewardship().stagesCovered(),
                ValueCycleStage.values()));
    return Criteria.combine(dimensions, stages);
  }
}
