package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Coverage;
import org.cityframework.core.DataInfrastructure;
import org.cityframework.core.DataQualityDimension;
import org.cityframework.core.Operations;
import org.cityframework.core.QualityAppraisalStep;
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

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R10.0",
            "data standards in every agency's procedures and the data flow mapped",
            operations(
                ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES).dataFlowMapped(true))),
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
        notMet(
            "R10.0",
            "standards with the innovation team only, data flow not mapped",
            operations(
                ops()
                    .dataStandardsInProcedures(Coverage.INNOVATION_TEAM_ONLY)
                    .dataFlowMapped(false))),
        notMet(
            "R10.0",
            "standards nowhere, data flow not mapped",
            operations(ops().dataStandardsInProcedures(Coverage.NONE).dataFlowMapped(false))),
        unknown(
            "R10.0",
            "standards in every agency, data flow unknown",
            operations(ops().dataStandardsInProcedures(Coverage.ALL_AGENCIES))),
        unknown(
            "R10.0",
            "data flow not mapped, reach of standards unknown",
            operations(ops().dataFlowMapped(false))),
        unknown("R10.0", "nothing stated", unknownCity()),
        met("R10.1", "data provided only once", operations(ops().onceOnly(true))),
        notMet("R10.1", "data asked for again", operations(ops().onceOnly(false))),
        unknown("R10.1", "nothing stated", unknownCity()),
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
        unknown(
            "R10.2",
            "reliable and representative, up to date unknown",
            operations(
                ops()
                    .putCollectionQuality(DataQualityDimension.RELIABLE, true)
                    .putCollectionQuality(DataQualityDimension.REPRESENTATIVE, true))),
        unknown("R10.2", "nothing stated", unknownCity()),
        met(
            "R10.3",
            "agencies co-ordinate data collection",
            operations(ops().collectionCoordinatedAcrossAgencies(true))),
        notMet(
            "R10.3",
            "each agency collects on its own",
            operations(ops().collectionCoordinatedAcrossAgencies(false))),
        unknown("R10.3", "nothing stated", unknownCity()),
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
        unknown(
            "R10.4",
            "three steps taken, the linkage review unknown",
            operations(
                ops()
                    .putQualityAppraisal(QualityAppraisalStep.CLEANSING, true)
                    .putQualityAppraisal(QualityAppraisalStep.SORTING, true)
                    .putQualityAppraisal(QualityAppraisalStep.INVENTORY, true))),
        unknown("R10.4", "nothing stated", unknownCity()),
        met(
            "R10.5",
            "application programming interfaces and a data lake, the rest unknown",
            operations(
                ops()
                    .putInfrastructure(DataInfrastructure.APIS, true)
                    .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, true))),
        partlyMet(
            "R10.5",
            "only cloud services, the rest known absent",
            operations(
                ops()
                    .putInfrastructure(DataInfrastructure.APIS, false)
                    .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, true)
                    .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false)
                    .putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, false))),
        notMet(
            "R10.5",
            "no infrastructure for sharing and integration",
            operations(
                ops()
                    .putInfrastructure(DataInfrastructure.APIS, false)
                    .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, false)
                    .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false)
                    .putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, false))),
        unknown(
            "R10.5",
            "an integration platform, the rest unknown",
            operations(ops().putInfrastructure(DataInfrastructure.INTEGRATION_PLATFORM, true))),
        unknown(
            "R10.5",
            "three kinds absent, the fourth unknown",
            operations(
                ops()
                    .putInfrastructure(DataInfrastructure.APIS, false)
                    .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, false)
                    .putInfrastructure(DataInfrastructure.DATA_LAKE_OR_WAREHOUSE, false))),
        unknown("R10.5", "nothing stated", unknownCity()),
        met(
            "R10.6",
            "procurement fits current needs and competences",
            operations(ops().procurementRightSized(true))),
        notMet(
            "R10.6",
            "procurement oversized for the city's needs",
            operations(ops().procurementRightSized(false))),
        unknown("R10.6", "nothing stated", unknownCity()),
        met(
            "R10.7",
            "all four security practices",
            operations(
                ops()
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, true)
                    .putSecurityPractice(SecurityPractice.REGULAR_AUDITS, true)
                    .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, true)
                    .putSecurityPractice(SecurityPractice.STAFF_SECURITY_TRAINING, true))),
        partlyMet(
            "R10.7",
            "a security policy but no incident response plan",
            operations(
                ops()
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, true)
                    .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, false))),
        notMet(
            "R10.7",
            "no security practice",
            operations(
                ops()
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, false)
                    .putSecurityPractice(SecurityPractice.REGULAR_AUDITS, false)
                    .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, false)
                    .putSecurityPractice(SecurityPractice.STAFF_SECURITY_TRAINING, false))),
        unknown(
            "R10.7",
            "a security policy, the other practices unknown",
            operations(ops().putSecurityPractice(SecurityPractice.SECURITY_POLICY, true))),
        unknown(
            "R10.7",
            "no audits, the other practices unknown",
            operations(ops().putSecurityPractice(SecurityPractice.REGULAR_AUDITS, false))),
        unknown("R10.7", "nothing stated", unknownCity()));
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
