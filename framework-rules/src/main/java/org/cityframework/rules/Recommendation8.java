package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.GovernanceLayer.TACTICAL;
import static org.cityframework.core.ValueCycleStage.ANALYSIS_AND_USE;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;
import static org.cityframework.core.ValueCycleStage.SHARING_INTEGRATION_RELEASE;
import static org.cityframework.core.ValueCycleStage.STORING_SECURING_PROCESSING;

import java.util.Optional;
import org.cityframework.core.DataSkill;
import org.cityframework.core.PartnerSector;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.UserCommunityPractice;

/** Recommendation 8: develop and implement coherent data strategies (L197). */
final class Recommendation8 {
  private Recommendation8() {}

  /**
   * The percentage of published data sets that must be machine-readable for the practice to be met.
   * Ours: L215 asks for publication "in user-friendly and machine-readable formats" and gives no
   * figure; four in five leaves room for documents that cannot be, below that it is partly met.
   */
  static final int MACHINE_READABLE_PERCENT = 80;

  static void declare(Checklist list) {
    list.check("R8.0")
        .seedLines(197, 199)
        .element(VISION)
        .layer(TACTICAL)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R3.0", "R7.0")
        .prerequisites("R7.0")
        .decidedBy(Recommendation8::strategyAdoptedAndImplemented);
    list.check("R8.1")
        .seedLines(203)
        .element(CAPACITY)
        .layer(TACTICAL)
        .stages(
            COLLECTION_AND_GENERATION,
            STORING_SECURING_PROCESSING,
            SHARING_INTEGRATION_RELEASE,
            ANALYSIS_AND_USE)
        .effort(Effort.MEDIUM)
        .weight(2)
        .decidedBy(Recommendation8::skillsAcrossTheValueCycle);
    list.check("R8.2")
        .seedLines(205)
        .element(CAPACITY)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(2)
        .decidedBy(Recommendation8::dataStaffIdentifiedAndUpskilled);
    list.check("R8.3")
        .seedLines(207)
        .element(CAPACITY)
        .layer(TACTICAL)
        .effort(Effort.LOW)
        .weight(1)
        .related("R6.5")
        .decidedBy(Recommendation8::skillGapsIdentified);
    list.check("R8.4")
        .seedLines(209)
        .element(CAPACITY)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R6.1")
        .decidedBy(Recommendation8::basicDataLiteracyForNonSpecialists);
    list.check("R8.5")
        .seedLines(211)
        .element(CAPACITY)
        .layer(TACTICAL)
        .stages(ANALYSIS_AND_USE)
        .effort(Effort.LOW)
        .weight(1)
        .decidedBy(Recommendation8::dataAsToolNotSolution);
    list.check("R8.6")
        .seedLines(215)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .stages(SHARING_INTEGRATION_RELEASE)
        .effort(Effort.MEDIUM)
        .weight(2)
        .decidedBy(Recommendation8::machineReadableDataOnCentralPortal);
    list.check("R8.7")
        .seedLines(217)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .stages(SHARING_INTEGRATION_RELEASE)
        .effort(Effort.MEDIUM)
        .weight(1)
        .related("R8.8")
        .decidedBy(Recommendation8::realTimeDataForAccountability);
    list.check("R8.8")
        .seedLines(219)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .stages(SHARING_INTEGRATION_RELEASE)
        .effort(Effort.MEDIUM)
        .weight(1)
        .related("R8.7")
        .decidedBy(Recommendation8::realTimeDataForReuse);
    list.check("R8.9")
        .seedLines(221)
        .element(VISION)
        .layer(TACTICAL)
        .effort(Effort.LOW)
        .weight(2)
        .decidedBy(Recommendation8::publicCodifiedOpenDataPolicy);
    list.check("R8.10")
        .seedLines(223)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .stages(SHARING_INTEGRATION_RELEASE)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R2.8", "R9.2")
        .decidedBy(Recommendation8::sharingAcrossAgenciesAndLevels);
    list.check("R8.11")
        .seedLines(227, 229, 231, 233, 235)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .effort(Effort.LOW)
        .weight(1)
        .related("R6.4")
        .decidedBy(Recommendation8::communityOfDataUsers);
    list.check("R8.12")
        .seedLines(237, 239, 241, 243)
        .element(ENGAGEMENT)
        .layer(TACTICAL)
        .effort(Effort.MEDIUM)
        .weight(1)
        .related("R5.6")
        .decidedBy(Recommendation8::networkOfDataPartners);
  }

  /**
   * A data strategy adopted (in development is partly) and implemented across agencies (L197,
   * L199). One that does not exist is implemented nowhere (Implications).
   */
  static Verdict strategyAdoptedAndImplemented(Facts f) {
    return Criteria.combine(
        Recommendation7.dataStrategyStatus(f),
        Criteria.reach(
            f.read("/dataStrategy/implementation", p -> p.dataStrategy().implementation())));
  }

  static Verdict skillsAcrossTheValueCycle(Facts f) {
    return Criteria.allOf(
        f.entries("/dataStrategy/skills", p -> p.dataStrategy().skills(), DataSkill.values()));
  }

  static Verdict dataStaffIdentifiedAndUpskilled(Facts f) {
    return Criteria.allOf(
        f.read("/dataStrategy/dataStaffIdentified", p -> p.dataStrategy().dataStaffIdentified()),
        f.read(
            "/dataStrategy/centralUpskillingResource",
            p -> p.dataStrategy().centralUpskillingResource()));
  }

  static Verdict skillGapsIdentified(Facts f) {
    return Criteria.fact(
        f.read("/dataStrategy/skillGapsIdentified", p -> p.dataStrategy().skillGapsIdentified()));
  }

  static Verdict basicDataLiteracyForNonSpecialists(Facts f) {
    return Criteria.reach(
        f.read(
            "/dataStrategy/dataLiteracyForNonSpecialists",
            p -> p.dataStrategy().dataLiteracyForNonSpecialists()));
  }

  static Verdict dataAsToolNotSolution(Facts f) {
    return Criteria.allOf(
        f.read(
            "/dataStrategy/projectsStartFromPolicyProblem",
            p -> p.dataStrategy().projectsStartFromPolicyProblem()),
        f.read(
            "/dataStrategy/analyticsQualityReviewed",
            p -> p.dataStrategy().analyticsQualityReviewed()));
  }

  /**
   * City data published to a central, public, online portal (L215), in machine-readable formats:
   * with a portal, {@link #MACHINE_READABLE_PERCENT} or more of the data sets is met, fewer (none
   * included) partly met. Without a portal the practice is not met.
   */
  static Verdict machineReadableDataOnCentralPortal(Facts f) {
    Optional<Boolean> portal =
        f.read("/dataStrategy/openDataPortal", p -> p.dataStrategy().openDataPortal());
    return Criteria.requires(
        portal,
        () ->
            Criteria.combine(
                Verdict.MET, // the portal, which the practice presupposes
                Criteria.share(
                    f.readInt(
                        "/dataStrategy/machineReadableDataSetsPercent",
                        p -> p.dataStrategy().machineReadableDataSetsPercent()),
                    f.read(
                        "/dataStrategy/machineReadableFormats",
                        p -> p.dataStrategy().machineReadableFormats()),
                    MACHINE_READABLE_PERCENT)));
  }

  static Verdict realTimeDataForAccountability(Facts f) {
    return Criteria.fact(
        f.read(
            "/dataStrategy/realTimeDataForAccountability",
            p -> p.dataStrategy().realTimeDataForAccountability()));
  }

  static Verdict realTimeDataForReuse(Facts f) {
    return Criteria.fact(
        f.read("/dataStrategy/realTimeDataForReuse", p -> p.dataStrategy().realTimeDataForReuse()));
  }

  /**
   * A codified open data policy, publicly available, committing to proactive disclosure (L221).
   * Without a policy there is none to publish or to commit (Implications).
   */
  static Verdict publicCodifiedOpenDataPolicy(Facts f) {
    return Criteria.allOf(
        f.read("/dataStrategy/openDataPolicy", p -> p.dataStrategy().openDataPolicy()),
        f.read("/dataStrategy/openDataPolicyPublic", p -> p.dataStrategy().openDataPolicyPublic()),
        f.read("/dataStrategy/proactiveDisclosure", p -> p.dataStrategy().proactiveDisclosure()));
  }

  static Verdict sharingAcrossAgenciesAndLevels(Facts f) {
    return Criteria.allOf(
        f.read(
            "/dataStrategy/sharingAcrossAgencies", p -> p.dataStrategy().sharingAcrossAgencies()),
        f.read(
            "/dataStrategy/sharingAcrossLevelsOfGovernment",
            p -> p.dataStrategy().sharingAcrossLevelsOfGovernment()));
  }

  static Verdict communityOfDataUsers(Facts f) {
    return Criteria.atLeast(
        4,
        1,
        f.entries(
            "/dataStrategy/userCommunityPractices",
            p -> p.dataStrategy().userCommunityPractices(),
            UserCommunityPractice.values()));
  }

  /**
   * An extensive network of trusted public and private partners (L237): needs identified (L239),
   * partnerships that enrich data, co-produce databases or pool analysis (L241), and partners of
   * both kinds the chapter names. Ours: "extensive" is not quantified; partners from both the
   * public and the private sector is the breadth the chapter's own words ask for.
   */
  static Verdict networkOfDataPartners(Facts f) {
    Verdict needsIdentified =
        Criteria.fact(
            f.read(
                "/dataStrategy/partnerEngagementNeedsIdentified",
                p -> p.dataStrategy().partnerEngagementNeedsIdentified()));
    Verdict dataPartnerships =
        Criteria.anyOf(
            f.entries(
                "/engagement/partnerships",
                p -> p.engagement().partnerships(),
                PartnershipPurpose.DATA_ENRICHMENT,
                PartnershipPurpose.CO_PRODUCED_DATABASES,
                PartnershipPurpose.POOLED_ANALYTICS));
    Verdict publicAndPrivate =
        Criteria.allOf(
            f.entries(
                "/dataStrategy/dataPartners",
                p -> p.dataStrategy().dataPartners(),
                PartnerSector.PUBLIC,
                PartnerSector.PRIVATE));
    return Criteria.combine(needsIdentified, dataPartnerships, publicAndPrivate);
  }
}
