package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.GovernanceLayer.DELIVERY;
import static org.cityframework.core.ValueCycleStage.ANALYSIS_AND_USE;
import static org.cityframework.core.ValueCycleStage.COLLECTION_AND_GENERATION;
import static org.cityframework.core.ValueCycleStage.SHARING_INTEGRATION_RELEASE;
import static org.cityframework.core.ValueCycleStage.STORING_SECURING_PROCESSING;

import org.cityframework.core.DataInfrastructure;
import org.cityframework.core.DataQualityDimension;
import org.cityframework.core.QualityAppraisalStep;
import org.cityframework.core.SecurityPractice;

/** Recommendation 10: make data strategies standard in all operational procedures (L259). */
final class Recommendation10 {
  private Recommendation10() {}

  static void declare(Checklist list) {
    list.check("R10.0")
        .seedLines(259, 261)
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
        .weight(3)
        .stages(STORING_SECURING_PROCESSING)
        .decidedBy(Recommendation10::networksAndInfrastructureSecured);
  }

  static Verdict standardsInProceduresAndDataFlowMapped(Facts f) {
    return Criteria.combine(
        Criteria.reach(
            f.read(
                "/operations/dataStandardsInProcedures",
                p -> p.operations().dataStandardsInProcedures())),
        Criteria.fact(f.read("/operations/dataFlowMapped", p -> p.operations().dataFlowMapped())));
  }

  static Verdict dataProvidedOnlyOnce(Facts f) {
    return Criteria.fact(f.read("/operations/onceOnly", p -> p.operations().onceOnly()));
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

  static Verdict collectionCoordinatedAcrossAgencies(Facts f) {
    return Criteria.fact(
        f.read(
            "/operations/collectionCoordinatedAcrossAgencies",
            p -> p.operations().collectionCoordinatedAcrossAgencies()));
  }

  static Verdict qualityAppraisedBeforeStorage(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/operations/qualityAppraisal",
            p -> p.operations().qualityAppraisal(),
            QualityAppraisalStep.values()));
  }

  static Verdict infrastructureForSharingAndIntegration(Facts f) {
    return Criteria.atLeast(
        2,
        1,
        f.entries(
            "/operations/infrastructure",
            p -> p.operations().infrastructure(),
            DataInfrastructure.values()));
  }

  static Verdict procurementRightSized(Facts f) {
    return Criteria.fact(
        f.read("/operations/procurementRightSized", p -> p.operations().procurementRightSized()));
  }

  static Verdict networksAndInfrastructureSecured(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/operations/securityPractices",
            p -> p.operations().securityPractices(),
            SecurityPractice.values()));
  }
}
