package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.GovernanceLayer.DELIVERY;
import static org.cityframework.core.ValueCycleStage.ANALYSIS_AND_USE;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;
import static org.cityframework.core.ValueCycleStage.SHARING_INTEGRATION_RELEASE;
import static org.cityframework.core.ValueCycleStage.STORING_SECURING_PROCESSING;

import org.cityframework.core.ArchitectureElement;
import org.cityframework.core.DataInfrastructure;
import org.cityframework.core.DataQualityDimension;
import org.cityframework.core.InfrastructureCapability;
import org.cityframework.core.QualityAppraisalStep;
import org.cityframework.core.SecuredAsset;

/** Recommendation 10: make data strategies standard in all operational procedures (L259). */
final class Recommendation10 {
  private Recommendation10() {}

  /**
   * The percentage of public services that collect data only once for the practice to be met. Ours:
   * L265 asks that data be provided "only once for access to public services" and gives no figure;
   * four in five services leaves room for those the law keeps apart, below that it is partly met.
   */
  static final int ONCE_ONLY_PERCENT = 80;

  static void declare(Checklist list) {
    list.check("R10.0")
        .seedLines(259, 261, 273)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.HIGH)
        .weight(3)
        .prerequisites("R7.0")
        .stages(
            COLLECTION_AND_GENERATION,
            STORING_SECURING_PROCESSING,
            SHARING_INTEGRATION_RELEASE,
            ANALYSIS_AND_USE)
        .decidedBy(Recommendation10::standardsInProceduresAndDataFlowMapped);
    list.check("R10.1")
        .seedLines(265)
        .element(ENGAGEMENT)
        .layer(DELIVERY)
        .effort(Effort.HIGH)
        .weight(2)
        .stages(COLLECTION_AND_GENERATION)
        .decidedBy(Recommendation10::dataProvidedOnlyOnce);
    list.check("R10.2")
        .seedLines(267)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.MEDIUM)
        .weight(2)
        .stages(COLLECTION_AND_GENERATION)
        .decidedBy(Recommendation10::reliableRepresentativeUpToDateCollection);
    list.check("R10.3")
        .seedLines(269)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R6.2")
        .stages(COLLECTION_AND_GENERATION)
        .decidedBy(Recommendation10::collectionCoordinatedAcrossAgencies);
    list.check("R10.4")
        .seedLines(271)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R9.4")
        .stages(STORING_SECURING_PROCESSING)
        .decidedBy(Recommendation10::qualityAppraisedBeforeStorage);
    list.check("R10.5")
        .seedLines(275)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.HIGH)
        .weight(2)
        .stages(SHARING_INTEGRATION_RELEASE)
        .decidedBy(Recommendation10::infrastructureForSharingAndIntegration);
    list.check("R10.6")
        .seedLines(277)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.LOW)
        .weight(1)
        .decidedBy(Recommendation10::procurementRightSized);
    list.check("R10.7")
        .seedLines(279)
        .element(CAPACITY)
        .layer(DELIVERY)
        .effort(Effort.MEDIUM)
        .weight(2)
        .stages(STORING_SECURING_PROCESSING)
        .decidedBy(Recommendation10::networksAndInfrastructureSecured);
  }

  /**
   * Data strategies standard in operational procedures across agencies, the flow of city data
   * mapped, and a data architecture of standards, interoperability and semantics (L259, L261).
   */
  static Verdict standardsInProceduresAndDataFlowMapped(Facts f) {
    return Criteria.combine(
        Criteria.reach(
            f.read(
                "/operations/dataStandardsInProcedures",
                p -> p.operations().dataStandardsInProcedures())),
        Criteria.fact(f.read("/operations/dataFlowMapped", p -> p.operations().dataFlowMapped())),
        Criteria.allOf(
            f.entries(
                "/operations/dataArchitecture",
                p -> p.operations().dataArchitecture(),
                ArchitectureElement.values())));
  }

  /**
   * Data provided only once for access to public services (L265): {@link #ONCE_ONLY_PERCENT} or
   * more of the services is met, fewer partly met, none not met.
   */
  static Verdict dataProvidedOnlyOnce(Facts f) {
    return Criteria.share(
        f.readInt(
            "/operations/onceOnlyServicesPercent", p -> p.operations().onceOnlyServicesPercent()),
        f.read("/operations/onceOnly", p -> p.operations().onceOnly()),
        ONCE_ONLY_PERCENT);
  }

  static Verdict reliableRepresentativeUpToDateCollection(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/operations/collectionQuality",
            p -> p.operations().collectionQuality(),
            DataQualityDimension.RELIABLE,
            DataQualityDimension.REPRESENTATIVE,
            DataQualityDimension.UP_TO_DATE));
  }

  /**
   * Data collection co-ordinated among the city's agencies (L269), judged by how far: every agency
   * is met, some or most partly met, the innovation team alone or none not met. Collection said not
   * to be co-ordinated is not met.
   */
  static Verdict collectionCoordinatedAcrossAgencies(Facts f) {
    return Criteria.requires(
        f.read(
            "/operations/collectionCoordinatedAcrossAgencies",
            p -> p.operations().collectionCoordinatedAcrossAgencies()),
        () ->
            Criteria.reach(
                f.read(
                    "/operations/collectionCoordinationReach",
                    p -> p.operations().collectionCoordinationReach())));
  }

  static Verdict qualityAppraisedBeforeStorage(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/operations/qualityAppraisal",
            p -> p.operations().qualityAppraisal(),
            QualityAppraisalStep.values()));
  }

  /**
   * Technical infrastructure that facilitates data sharing, integration and management across
   * institutions (L275): some infrastructure in place (APIs, cloud services, data lakes: the
   * chapter's examples, any one counts), and doing all three across institutions.
   */
  static Verdict infrastructureForSharingAndIntegration(Facts f) {
    return Criteria.combine(
        Criteria.anyOf(
            f.entries(
                "/operations/infrastructure",
                p -> p.operations().infrastructure(),
                DataInfrastructure.values())),
        Criteria.allOf(
            f.entries(
                "/operations/infrastructureCapabilities",
                p -> p.operations().infrastructureCapabilities(),
                InfrastructureCapability.values())));
  }

  /**
   * Procurement right-sized: it fits the current needs and the internal competences (L277).
   * Procurement said to be right-sized fits both (Implications).
   */
  static Verdict procurementRightSized(Facts f) {
    return Criteria.combine(
        Criteria.fact(
            f.read(
                "/operations/procurementRightSized", p -> p.operations().procurementRightSized())),
        Criteria.allOf(
            f.read("/operations/procurementFitsNeeds", p -> p.operations().procurementFitsNeeds()),
            f.read(
                "/operations/procurementFitsCompetences",
                p -> p.operations().procurementFitsCompetences())));
  }

  /**
   * Municipal networks and digital infrastructure secured (L279): both is met, one partly met,
   * neither not met. The practices the profile may list (a policy, audits, an incident plan,
   * training) are detail the chapter does not name, shown to the reader but not judged.
   */
  static Verdict networksAndInfrastructureSecured(Facts f) {
    return Criteria.allOf(
        f.entries("/operations/secured", p -> p.operations().secured(), SecuredAsset.values()));
  }
}
