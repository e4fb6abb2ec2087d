package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
import static org.cityframework.rules.CheckCase.either;
import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notApplicable;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_APPLICABLE;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

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

  static CityProfile linking(
      Boolean linksPersonalData, Boolean linksReidentifiableData, Boolean riskAssessed) {
    Operations.Builder operations = Operations.builder();
    Regulation.Builder regulation = Regulation.builder();
    if (linksPersonalData != null) {
      operations.linksPersonalData(linksPersonalData);
    }
    if (linksReidentifiableData != null) {
      operations.linksReidentifiableData(linksReidentifiableData);
    }
    if (riskAssessed != null) {
      regulation.reidentificationRiskAssessed(riskAssessed);
    }
    return city().operations(operations.build()).regulation(regulation.build()).build();
  }

  /** The regulation with standards for data management, sharing and protection (L251). */
  static Regulation.Builder standards(Regulation.Builder regulation) {
    return regulation
        .putStandard(RegulatedArea.DATA_MANAGEMENT, true)
        .putStandard(RegulatedArea.DATA_SHARING, true)
        .putStandard(RegulatedArea.DATA_PROTECTION, true);
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R9.0",
            "a framework adopted and public, with standards for management, sharing and protection",
            regulation(
                standards(Regulation.builder().frameworkAdopted(true).frameworkPublic(true)))),
        partlyMet(
            "R9.0",
            "a framework adopted, with all three standards, not public",
            regulation(
                standards(Regulation.builder().frameworkAdopted(true).frameworkPublic(false)))),
        partlyMet(
            "R9.0",
            "a framework adopted and public that sets no standard: not well-defined (L245, L251)",
            regulation(
                Regulation.builder()
                    .frameworkAdopted(true)
                    .frameworkPublic(true)
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, false)
                    .putStandard(RegulatedArea.DATA_SHARING, false)
                    .putStandard(RegulatedArea.DATA_PROTECTION, false))),
        notMet(
            "R9.0",
            "no framework adopted, whether public unstated but implied: not public",
            regulation(Regulation.builder().frameworkAdopted(false))),
        notMet(
            "R9.0",
            "no framework adopted, though standards exist: there is no framework to define",
            regulation(standards(Regulation.builder().frameworkAdopted(false)))),
        between(
            "R9.0",
            "a framework adopted with all three standards, whether public unknown",
            regulation(standards(Regulation.builder().frameworkAdopted(true))),
            PARTLY_MET,
            MET),
        met(
            "R9.0",
            "adoption unstated, but the framework is public, which implies it is adopted",
            regulation(standards(Regulation.builder().frameworkPublic(true)))),
        between(
            "R9.0",
            "adopted and public, the standards unknown",
            regulation(Regulation.builder().frameworkAdopted(true).frameworkPublic(true)),
            PARTLY_MET,
            MET),
        between(
            "R9.0",
            "the framework not public, adoption unknown: a certain gap",
            regulation(Regulation.builder().frameworkPublic(false)),
            NOT_MET,
            PARTLY_MET),
        between("R9.0", "nothing stated", unknownCity(), NOT_MET, MET),
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
        between(
            "R9.1",
            "standards for all three areas, compliance unknown",
            regulation(
                Regulation.builder()
                    .putStandard(RegulatedArea.DATA_MANAGEMENT, true)
                    .putStandard(RegulatedArea.DATA_SHARING, true)
                    .putStandard(RegulatedArea.DATA_PROTECTION, true)),
            PARTLY_MET,
            MET),
        between(
            "R9.1",
            "compliance not monitored, standards unknown: a certain gap",
            regulation(Regulation.builder().complianceMonitored(false)),
            NOT_MET,
            PARTLY_MET),
        between("R9.1", "nothing stated", unknownCity(), NOT_MET, MET),
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
        between(
            "R9.2",
            "horizontal and vertical mechanisms, external unknown",
            regulation(
                Regulation.builder()
                    .putSharingMechanism(SharingDirection.HORIZONTAL, true)
                    .putSharingMechanism(SharingDirection.VERTICAL, true)),
            PARTLY_MET,
            MET),
        between(
            "R9.2",
            "no external mechanism, the other directions unknown: a certain gap",
            regulation(Regulation.builder().putSharingMechanism(SharingDirection.EXTERNAL, false)),
            NOT_MET,
            PARTLY_MET),
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
        between(
            "R9.3",
            "security and privacy balanced, ethics unknown",
            regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.SECURITY, true)
                    .putSafeguard(Safeguard.PRIVACY, true)),
            PARTLY_MET,
            MET),
        between(
            "R9.3",
            "ethics not balanced, the rest unknown: a certain gap",
            regulation(Regulation.builder().putSafeguard(Safeguard.ETHICS, false)),
            NOT_MET,
            PARTLY_MET),
        met("R9.4", "links personal data and weighs the risk first", linking(true, null, true)),
        met(
            "R9.4",
            "links no personal data but easily de-anonymised data, and weighs the risk first",
            linking(false, true, true)),
        notMet("R9.4", "links personal data without weighing the risk", linking(true, null, false)),
        notMet(
            "R9.4",
            "links no personal data but easily de-anonymised data, without weighing the risk",
            linking(false, true, false)),
        notApplicable(
            "R9.4", "links neither personal nor re-identifiable data", linking(false, false, null)),
        notApplicable(
            "R9.4",
            "links neither personal nor re-identifiable data, though the risk is not weighed",
            linking(false, false, false)),
        either(
            "R9.4",
            "links personal data, the risk unknown",
            linking(true, null, null),
            MET,
            NOT_MET),
        between(
            "R9.4",
            "weighs the risk, whether it links such data unknown",
            linking(null, null, true),
            MET,
            NOT_APPLICABLE),
        either(
            "R9.4",
            "links no personal data, re-identifiable data unknown, does not weigh the risk",
            linking(false, null, false),
            NOT_MET,
            NOT_APPLICABLE),
        either(
            "R9.4",
            "does not weigh the risk, whether it links such data unknown",
            linking(null, null, false),
            NOT_MET,
            NOT_APPLICABLE),
        either(
            "R9.4",
            "links no personal data, the rest unknown: never partly met",
            linking(false, null, null),
            NOT_MET,
            MET,
            NOT_APPLICABLE),
        either("R9.4", "nothing stated", unknownCity(), NOT_MET, MET, NOT_APPLICABLE));
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
