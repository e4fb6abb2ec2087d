package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
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
import org.cityframework.core.ArchitectureElement;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Coverage;
import org.cityframework.core.DataInfrastructure;
import org.cityframework.core.DataQualityDimension;
import org.cityframework.core.InfrastructureCapability;
import org.cityframework.core.Operations;
import org.cityframework.core.QualityAppraisalStep;
import org.cityframework.core.SecuredAsset;
import org.cityframework.core.SecurityPractice;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation10Test {

  static CityProfile operations(Operations.Builder operations) {
    return city().operations(operations.build()).build();
  }

  static Operations.Builder ops() {
    return Operations.builder();
  }

  static Operations.Builder architecture(Operations.Builder ops, boolean inPlace) {
    for (ArchitectureElement e : ArchitectureElement.values()) {
      ops.putDataArchitecture(e, inPlace);
    }
    return ops;
  }

  static Operations.Builder capabilities(Operations.Builder ops, boolean across) {
    for (InfrastructureCapability c : InfrastructureCapability.values()) {
      ops.putInfrastructureCapability(c, across);
    }
    return ops;
  }

  static Operations.Builder noInfrastructure() {
    return ops()
        .putInfrastructure(DataInfrastructure.APIS, false)
        .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, false)
        .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false)
        .putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, false);
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R10.0",
            "data standards in every agency's procedures, the data flow mapped, a full data"
                + " architecture",
            operations(
                architecture(
                    ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES).dataFlowMapped(true),
                    true))),
        partlyMet(
            "R10.0",
            "standards in most agencies, data flow mapped",
            operations(
                ops().dataStandardsInProcedures(Coverage.MOST_AGENCIES).dataFlowMapped(true))),
        partlyMet(
            "R10.0",
            "standards in every agency, data flow not mapped",
            operations(
                ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES).dataFlowMapped(false))),
        partlyMet(
            "R10.0",
            "standards in some agencies, data flow unknown",
            operations(ops().dataStandardsInProcedures(Coverage.SOME_AGENCIES))),
        partlyMet(
            "R10.0",
            "standards in every agency, data flow mapped, no shared semantics",
            operations(
                ops()
                    .dataStandardsInProcedures(Coverage.ALL_AGENCIES)
                    .dataFlowMapped(true)
                    .putDataArchitecture(ArchitectureElement.STANDARDS, true)
                    .putDataArchitecture(ArchitectureElement.INTEROPERABILITY, true)
                    .putDataArchitecture(ArchitectureElement.SEMANTICS, false))),
        partlyMet(
            "R10.0",
            "standards nowhere, data flow not mapped, but a full data architecture",
            operations(
                architecture(
                    ops().dataStandardsInProcedures(Coverage.NONE).dataFlowMapped(false), true))),
        notMet(
            "R10.0",
            "standards with the innovation team only, data flow not mapped, no data architecture",
            operations(
                architecture(
                    ops()
                        .dataStandardsInProcedures(Coverage.INNOVATION_TEAM_ONLY)
                        .dataFlowMapped(false),
                    false))),
        notMet(
            "R10.0",
            "standards nowhere, data flow not mapped, no data architecture",
            operations(
                architecture(
                    ops().dataStandardsInProcedures(Coverage.NONE).dataFlowMapped(false), false))),
        between(
            "R10.0",
            "standards in every agency, data flow mapped, data architecture unknown",
            operations(ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES).dataFlowMapped(true)),
            PARTLY_MET,
            MET),
        between(
            "R10.0",
            "standards in every agency, data flow unknown",
            operations(ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES)),
            PARTLY_MET,
            MET),
        between(
            "R10.0",
            "standards nowhere, data flow not mapped, data architecture unknown: a certain gap",
            operations(ops().dataStandardsInProcedures(Coverage.NONE).dataFlowMapped(false)),
            NOT_MET,
            PARTLY_MET),
        between(
            "R10.0",
            "data flow not mapped, reach of standards unknown: a certain gap",
            operations(ops().dataFlowMapped(false)),
            NOT_MET,
            PARTLY_MET),
        between("R10.0", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.1",
            "data provided only once for every service",
            operations(ops().onceOnly(true).onceOnlyServicesPercent(100))),
        met(
            "R10.1",
            "data provided only once for a share of services at the threshold",
            operations(ops().onceOnlyServicesPercent(Recommendation10.ONCE_ONLY_PERCENT))),
        partlyMet(
            "R10.1",
            "data provided only once for a share of services just below the threshold",
            operations(ops().onceOnlyServicesPercent(Recommendation10.ONCE_ONLY_PERCENT - 1))),
        partlyMet(
            "R10.1",
            "data provided only once for one per cent of services",
            operations(ops().onceOnlyServicesPercent(1))),
        notMet(
            "R10.1",
            "data asked for again, the share unstated but implied 0",
            operations(ops().onceOnly(false))),
        notMet(
            "R10.1",
            "no service collects data only once, which implies no once-only at all",
            operations(ops().onceOnlyServicesPercent(0))),
        between(
            "R10.1",
            "data provided only once for some services, how many unknown",
            operations(ops().onceOnly(true)),
            PARTLY_MET,
            MET),
        between("R10.1", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.2",
            "collection reliable, representative and up to date",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, true)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, true)
                    .putCollectionQuality(DataQualityDimension.UP_TO_DATE, true))),
        partlyMet(
            "R10.2",
            "reliable and up to date but not representative",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, true)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, false)
                    .putCollectionQuality(DataQualityDimension.UP_TO_DATE, true))),
        partlyMet(
            "R10.2",
            "reliable, not representative, up to date unknown",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, true)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, false))),
        notMet(
            "R10.2",
            "none of the three qualities ensured",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, false)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, false)
                    .putCollectionQuality(DataQualityDimension.UP_TO_DATE, false))),
        between(
            "R10.2",
            "reliable and representative, up to date unknown",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, true)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, true)),
            PARTLY_MET,
            MET),
        between(
            "R10.2",
            "not up to date, the rest unknown: a certain gap",
            operations(ops().putCollectionQuality(DataQualityDimension.UP_TO_DATE, false)),
            NOT_MET,
            PARTLY_MET),
        between("R10.2", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.3",
            "agencies co-ordinate data collection, in every agency",
            operations(
                ops()
                    .collectionCoordinatedAcrossAgencies(true)
                    .collectionCoordinationReach(Coverage.ALL_AGENCIES))),
        met(
            "R10.3",
            "collection co-ordinated in every agency, which implies it is co-ordinated",
            operations(ops().collectionCoordinationReach(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R10.3",
            "agencies co-ordinate data collection, in most agencies",
            operations(
                ops()
                    .collectionCoordinatedAcrossAgencies(true)
                    .collectionCoordinationReach(Coverage.MOST_AGENCIES))),
        partlyMet(
            "R10.3",
            "collection co-ordinated in some agencies, which implies it is co-ordinated",
            operations(ops().collectionCoordinationReach(Coverage.SOME_AGENCIES))),
        notMet(
            "R10.3",
            "each agency collects on its own, the reach unstated but implied: nowhere",
            operations(ops().collectionCoordinatedAcrossAgencies(false))),
        notMet(
            "R10.3",
            "collection co-ordinated nowhere, which implies it is not co-ordinated",
            operations(ops().collectionCoordinationReach(Coverage.NONE))),
        between(
            "R10.3",
            "agencies co-ordinate data collection, how far unknown: within a central team is not"
                + " met",
            operations(ops().collectionCoordinatedAcrossAgencies(true)),
            NOT_MET,
            MET),
        between("R10.3", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.4",
            "all four appraisal steps before storage",
            operations(
                ops()
                    .putQualityAppraisal(QualityAppraisalStep.CLEANSING, true)
                    .putQualityAppraisal(QualityAppraisalStep.SORTING, true)
                    .putQualityAppraisal(QualityAppraisalStep.INVENTORY, true)
                    .putQualityAppraisal(
                        QualityAppraisalStep.LINKAGE_AND_ANONYMISATION_REVIEW, true))),
        partlyMet(
            "R10.4",
            "data cleansed and inventoried, personal data linkage never reviewed",
            operations(
                ops()
                    .putQualityAppraisal(QualityAppraisalStep.CLEANSING, true)
                    .putQualityAppraisal(QualityAppraisalStep.INVENTORY, true)
                    .putQualityAppraisal(
                        QualityAppraisalStep.LINKAGE_AND_ANONYMISATION_REVIEW, false))),
        notMet(
            "R10.4",
            "no appraisal step before storage",
            operations(
                ops()
                    .putQualityAppraisal(QualityAppraisalStep.CLEANSING, false)
                    .putQualityAppraisal(QualityAppraisalStep.SORTING, false)
                    .putQualityAppraisal(QualityAppraisalStep.INVENTORY, false)
                    .putQualityAppraisal(
                        QualityAppraisalStep.LINKAGE_AND_ANONYMISATION_REVIEW, false))),
        between(
            "R10.4",
            "three steps taken, the linkage review unknown",
            operations(
                ops()
                    .putQualityAppraisal(QualityAppraisalStep.CLEANSING, true)
                    .putQualityAppraisal(QualityAppraisalStep.SORTING, true)
                    .putQualityAppraisal(QualityAppraisalStep.INVENTORY, true)),
            PARTLY_MET,
            MET),
        between(
            "R10.4",
            "linkage never reviewed, the other steps unknown: a certain gap",
            operations(
                ops()
                    .putQualityAppraisal(
                        QualityAppraisalStep.LINKAGE_AND_ANONYMISATION_REVIEW, false)),
            NOT_MET,
            PARTLY_MET),
        between("R10.4", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.5",
            "application programming interfaces and a data lake, sharing, integration and"
                + " management across institutions",
            operations(
                capabilities(
                    ops()
                        .putInfrastructure(DataInfrastructure.APIS, true)
                        .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, true),
                    true))),
        met(
            "R10.5",
            "only cloud services, the other kinds absent, doing all three across institutions",
            operations(
                capabilities(
                    ops()
                        .putInfrastructure(DataInfrastructure.APIS, false)
                        .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, true)
                        .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false)
                        .putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, false),
                    true))),
        partlyMet(
            "R10.5",
            "application programming interfaces sharing and integrating, not managing data",
            operations(
                ops()
                    .putInfrastructure(DataInfrastructure.APIS, true)
                    .putInfrastructureCapability(InfrastructureCapability.SHARING, true)
                    .putInfrastructureCapability(InfrastructureCapability.INTEGRATION, true)
                    .putInfrastructureCapability(InfrastructureCapability.MANAGEMENT, false))),
        partlyMet(
            "R10.5",
            "an integration platform doing nothing across institutions",
            operations(
                capabilities(
                    ops().putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, true),
                    false))),
        notMet(
            "R10.5",
            "no infrastructure for sharing and integration, nothing done across institutions",
            operations(capabilities(noInfrastructure(), false))),
        between(
            "R10.5",
            "an integration platform, what it does across institutions unknown",
            operations(ops().putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, true)),
            PARTLY_MET,
            MET),
        between(
            "R10.5",
            "no infrastructure of any kind, what is done across institutions unknown: a certain"
                + " gap",
            operations(noInfrastructure()),
            NOT_MET,
            PARTLY_MET),
        between(
            "R10.5",
            "three kinds absent, the fourth unknown, all three done across institutions",
            operations(
                capabilities(
                    ops()
                        .putInfrastructure(DataInfrastructure.APIS, false)
                        .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, false)
                        .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false),
                    true)),
            PARTLY_MET,
            MET),
        between("R10.5", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.6",
            "procurement right-sized, which implies it fits needs and competences",
            operations(ops().procurementRightSized(true))),
        met(
            "R10.6",
            "procurement right-sized, fitting needs and competences",
            operations(
                ops()
                    .procurementRightSized(true)
                    .procurementFitsNeeds(true)
                    .procurementFitsCompetences(true))),
        partlyMet(
            "R10.6",
            "procurement not right-sized: it fits the needs, not the competences",
            operations(
                ops()
                    .procurementRightSized(false)
                    .procurementFitsNeeds(true)
                    .procurementFitsCompetences(false))),
        notMet(
            "R10.6",
            "procurement oversized for the city's needs and competences",
            operations(
                ops()
                    .procurementRightSized(false)
                    .procurementFitsNeeds(false)
                    .procurementFitsCompetences(false))),
        between(
            "R10.6",
            "procurement not right-sized, the fit unknown: a certain gap",
            operations(ops().procurementRightSized(false)),
            NOT_MET,
            PARTLY_MET),
        between(
            "R10.6",
            "procurement does not fit the needs, which implies it is not right-sized; competences"
                + " unknown: a certain gap",
            operations(ops().procurementFitsNeeds(false)),
            NOT_MET,
            PARTLY_MET),
        met(
            "R10.6",
            "procurement fits needs and competences, whether right-sized unstated: it is",
            operations(ops().procurementFitsNeeds(true).procurementFitsCompetences(true))),
        partlyMet(
            "R10.6",
            "procurement said not right-sized, fitting the needs: the competences do not fit",
            operations(ops().procurementRightSized(false).procurementFitsNeeds(true))),
        between("R10.6", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R10.7",
            "municipal networks and digital infrastructure secured",
            operations(
                ops()
                    .putSecured(SecuredAsset.NETWORKS, true)
                    .putSecured(SecuredAsset.DIGITAL_INFRASTRUCTURE, true))),
        met(
            "R10.7",
            "both secured, though no security practice is listed: practices are not judged",
            operations(
                ops()
                    .putSecured(SecuredAsset.NETWORKS, true)
                    .putSecured(SecuredAsset.DIGITAL_INFRASTRUCTURE, true)
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, false)
                    .putSecurityPractice(SecurityPractice.REGULAR_AUDITS, false)
                    .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, false)
                    .putSecurityPractice(SecurityPractice.STAFF_SECURITY_TRAINING, false))),
        partlyMet(
            "R10.7",
            "municipal networks secured, digital infrastructure not",
            operations(
                ops()
                    .putSecured(SecuredAsset.NETWORKS, true)
                    .putSecured(SecuredAsset.DIGITAL_INFRASTRUCTURE, false))),
        notMet(
            "R10.7",
            "neither networks nor digital infrastructure secured",
            operations(
                ops()
                    .putSecured(SecuredAsset.NETWORKS, false)
                    .putSecured(SecuredAsset.DIGITAL_INFRASTRUCTURE, false))),
        between(
            "R10.7",
            "networks secured, digital infrastructure unknown",
            operations(ops().putSecured(SecuredAsset.NETWORKS, true)),
            PARTLY_MET,
            MET),
        between(
            "R10.7",
            "networks not secured, digital infrastructure unknown: a certain gap",
            operations(ops().putSecured(SecuredAsset.NETWORKS, false)),
            NOT_MET,
            PARTLY_MET),
        between(
            "R10.7",
            "all four security practices, what is secured unstated: practices are not judged",
            operations(
                ops()
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, true)
                    .putSecurityPractice(SecurityPractice.REGULAR_AUDITS, true)
                    .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, true)
                    .putSecurityPractice(SecurityPractice.STAFF_SECURITY_TRAINING, true)),
            NOT_MET,
            MET),
        between("R10.7", "nothing stated", unknownCity(), NOT_MET, MET));
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
