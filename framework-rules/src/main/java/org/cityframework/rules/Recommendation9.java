package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.GovernanceLayer.TACTICAL;

import java.util.Optional;
import org.cityframework.core.RegulatedArea;
import org.cityframework.core.Safeguard;
import org.cityframework.core.SharingDirection;

/**
 * Recommendation 9: establish well-defined, transparent regulatory frameworks for using and sharing
 * data (L245).
 */
final class Recommendation9 {
  private Recommendation9() {}

  static void declare(Checklist list) {
    list.check("R9.0")
        .seedLines(245, 247)
        .element(VISION)
        .layer(TACTICAL)
        .effort(Effort.HIGH)
        .weight(3)
        .prerequisites("R7.0")
        .decidedBy(Recommendation9::publicRegulatoryFramework);
    list.check("R9.1")
        .seedLines(251)
        .element(CAPACITY)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(2)
        .decidedBy(Recommendation9::standardsWithMonitoredCompliance);
    list.check("R9.2")
        .seedLines(253)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R8.10")
        .decidedBy(Recommendation9::sharingMechanismsInEveryDirection);
    list.check("R9.3")
        .seedLines(255)
        .element(VISION)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(2)
        .decidedBy(Recommendation9::securityPrivacyAndEthicsBalanced);
    list.check("R9.4")
        .seedLines(257)
        .element(CAPACITY)
        .layer(TACTICAL)
        .effort(Effort.LOW)
        .weight(2)
        .related("R10.4")
        .decidedBy(Recommendation9::reidentificationRiskWeighedBeforeLinking);
  }

  /**
   * A well-defined, transparent regulatory framework (L245): adopted, publicly available, and
   * well-defined, that is with standards for data management, sharing and protection (L247, L251).
   * Without an adopted framework the practice is not met; only an adopted framework can be public
   * (Implications).
   */
  static Verdict publicRegulatoryFramework(Facts f) {
    Optional<Boolean> adopted =
        f.read("/regulation/frameworkAdopted", p -> p.regulation().frameworkAdopted());
    return Criteria.requires(
        adopted,
        () ->
            Criteria.combine(
                Criteria.allOf(
                    adopted,
                    f.read("/regulation/frameworkPublic", p -> p.regulation().frameworkPublic())),
                Criteria.allOf(
                    f.entries(
                        "/regulation/standards",
                        p -> p.regulation().standards(),
                        RegulatedArea.DATA_MANAGEMENT,
                        RegulatedArea.DATA_SHARING,
                        RegulatedArea.DATA_PROTECTION))));
  }

  static Verdict standardsWithMonitoredCompliance(Facts f) {
    return Criteria.combine(
        Criteria.allOf(
            f.entries(
                "/regulation/standards",
                p -> p.regulation().standards(),
                RegulatedArea.DATA_MANAGEMENT,
                RegulatedArea.DATA_SHARING,
                RegulatedArea.DATA_PROTECTION)),
        Criteria.fact(
            f.read("/regulation/complianceMonitored", p -> p.regulation().complianceMonitored())));
  }

  static Verdict sharingMechanismsInEveryDirection(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/regulation/sharingMechanisms",
            p -> p.regulation().sharingMechanisms(),
            SharingDirection.HORIZONTAL,
            SharingDirection.VERTICAL,
            SharingDirection.EXTERNAL));
  }

  static Verdict securityPrivacyAndEthicsBalanced(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/regulation/safeguards",
            p -> p.regulation().safeguards(),
            Safeguard.SECURITY,
            Safeguard.PRIVACY,
            Safeguard.ETHICS));
  }

  /**
   * Only a city that links personally identifiable data, or data that can easily be de-anonymised,
   * has this risk to weigh (L257): the one built-in check that can be not applicable.
   */
  static Verdict reidentificationRiskWeighedBeforeLinking(Facts f) {
    Verdict links =
        Criteria.anyOf(
            f.read("/operations/linksPersonalData", p -> p.operations().linksPersonalData()),
            f.read(
                "/operations/linksReidentifiableData",
                p -> p.operations().linksReidentifiableData()));
    Optional<Boolean> assessed =
        f.read(
            "/regulation/reidentificationRiskAssessed",
            p -> p.regulation().reidentificationRiskAssessed());
    if (links == Verdict.NOT_MET) {
      return Verdict.NOT_APPLICABLE;
    }
    Verdict weighed = Criteria.fact(assessed);
    // Whether the city links such data at all may be unknown: then the practice may not apply.
    return links == Verdict.MET ? weighed : weighed.or(Verdict.NOT_APPLICABLE);
  }
}
