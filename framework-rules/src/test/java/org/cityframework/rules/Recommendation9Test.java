package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notApplicable;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Operations;
import org.cityframework.core.RegulatedArea;
import org.cityframework.core.Regulation;
import org.cityframework.core.Safeguard;
import org.cityframework.core.SharingDirection;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation9Test {

  static CityProfile regulation(Regulation.Builder regulation) {
    return city().regulation(regulation.build()).build();
  }

  static CityProfile linking(Boolean linksPersonalData, Boolean riskAssessed) {
    Operations.Builder operations = Operations.builder();
    Regulation.Builder regulation = Regulation.builder();
    if (linksPersonalData != null) {
      operations.linksPersonalData(linksPersonalData);
    }
    if (riskAssessed != null) {
      regulation.reidentificationRiskAssessed(riskAssessed);
    }
    return city().operations(operations.build()).regulation(regulation.build()).build();
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R9.0",
            "a framework adopted and public",
            regulation(Regulation.builder().frameworkAdopted(true).frameworkPublic(true))),
        partlyMet(
            "R9.0",
            "a framework adopted, not public",
            regulation(Regulation.builder().frameworkAdopted(true).frameworkPublic(false))),
        notMet(
            "R9.0",
            "no framework adopted, which decides alone",
            regulation(Regulation.builder().frameworkAdopted(false))),
        unknown(
            "R9.0",
            "a framework adopted, whether public unknown",
            regulation(Regulation.builder().frameworkAdopted(true))),
        met(
            "R9.0",
            "adoption not stated, but the framework is public",
            regulation(Regulation.builder().frameworkPublic(true))),
        unknown("R9.0", "nothing stated", unknownCity()),
        met(
            "R9.1",
            "standards for management, sharing and protection, compliance monitored",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, true)
                    .putStandard(RegulatedArea.DATA_SHARING, true)
                    .putStandard(RegulatedArea.DATA_PROTECTION, true)
                    .complianceMonitored(true))),
        partlyMet(
            "R9.1",
            "standards for all three areas, compliance not monitored",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, true)
                    .putStandard(RegulatedArea.DATA_SHARING, true)
                    .putStandard(RegulatedArea.DATA_PROTECTION, true)
                    .complianceMonitored(false))),
        partlyMet(
            "R9.1",
            "a protection standard only, the sharing one unknown, compliance unknown",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, false)
                    .putStandard(RegulatedArea.DATA_PROTECTION, true))),
        notMet(
            "R9.1",
            "no standards and compliance not monitored",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, false)
                    .putStandard(RegulatedArea.DATA_SHARING, false)
                    .putStandard(RegulatedArea.DATA_PROTECTION, false)
                    .complianceMonitored(false))),
        unknown(
            "R9.1",
            "standards for all three areas, compliance unknown",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, true)
                    .putStandard(RegulatedArea.DATA_SHARING, true)
                    .putStandard(RegulatedArea.DATA_PROTECTION, true))),
        unknown("R9.1", "nothing stated", unknownCity()),
        met(
            "R9.2",
            "sharing mechanisms horizontally, vertically and externally",
            regulation(
                Regulation.builder()
                    .putSharingMechanism(SharingDirection.HORIZONTAL, true)
                    .putSharingMechanism(SharingDirection.VERTICAL, true)
                    .putSharingMechanism(SharingDirection.EXTERNAL, true))),
        partlyMet(
            "R9.2",
            "sharing mechanisms across departments only",
            regulation(
                Regulation.builder()
                    .putSharingMechanism(SharingDirection.HORIZONTAL, true)
                    .putSharingMechanism(SharingDirection.VERTICAL, false)
                    .putSharingMechanism(SharingDirection.EXTERNAL, false))),
        notMet(
            "R9.2",
            "no sharing mechanism in any direction",
            regulation(
                Regulation.builder()
                    .putSharingMechanism(SharingDirection.HORIZONTAL, false)
                    .putSharingMechanism(SharingDirection.VERTICAL, false)
                    .putSharingMechanism(SharingDirection.EXTERNAL, false))),
        unknown(
            "R9.2",
            "horizontal and vertical mechanisms, external unknown",
            regulation(
                Regulation.builder()
                    .putSharingMechanism(SharingDirection.HORIZONTAL, true)
                    .putSharingMechanism(SharingDirection.VERTICAL, true))),
        met(
            "R9.3",
            "regulations balance security, privacy and ethics",
            regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.SECURITY, true)
                    .putSafeguard(Safeguard.PRIVACY, true)
                    .putSafeguard(Safeguard.ETHICS, true))),
        partlyMet(
            "R9.3",
            "security and privacy balanced, ethics not",
            regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.SECURITY, true)
                    .putSafeguard(Safeguard.PRIVACY, true)
                    .putSafeguard(Safeguard.ETHICS, false))),
        notMet(
            "R9.3",
            "none of the three balanced",
            regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.SECURITY, false)
                    .putSafeguard(Safeguard.PRIVACY, false)
                    .putSafeguard(Safeguard.ETHICS, false))),
        unknown(
            "R9.3",
            "security and privacy balanced, ethics unknown",
            regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.SECURITY, true)
                    .putSafeguard(Safeguard.PRIVACY, true))),
        met("R9.4", "links personal data and weighs the risk first", linking(true, true)),
        unknown(
            "R9.4", "weighs the risk, whether it links personal data unknown", linking(null, true)),
        notMet("R9.4", "links personal data without weighing the risk", linking(true, false)),
        notApplicable("R9.4", "links no personal data", linking(false, null)),
        notApplicable(
            "R9.4",
            "links no personal data, though the risk is not weighed",
            linking(false, false)),
        unknown("R9.4", "links personal data, the risk unknown", linking(true, null)),
        unknown(
            "R9.4",
            "does not weigh the risk, whether it links personal data unknown",
            linking(null, false)),
        unknown("R9.4", "nothing stated", unknownCity()));
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
