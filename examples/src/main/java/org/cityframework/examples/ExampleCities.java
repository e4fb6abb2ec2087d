package org.cityframework.examples;

import static org.cityframework.core.Coverage.ALL_AGENCIES;
import static org.cityframework.core.Coverage.INNOVATION_TEAM_ONLY;
import static org.cityframework.core.Coverage.MOST_AGENCIES;
import static org.cityframework.core.Coverage.NONE;
import static org.cityframework.core.Coverage.SOME_AGENCIES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cityframework.core.Barrier;
import org.cityframework.core.BarrierKind;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.CityProfile;
import org.cityframework.core.CoCreationChannel;
import org.cityframework.core.Culture;
import org.cityframework.core.DataGovernance;
import org.cityframework.core.DataInfrastructure;
import org.cityframework.core.DataMethod;
import org.cityframework.core.DataQualityDimension;
import org.cityframework.core.DataRole;
import org.cityframework.core.DataSkill;
import org.cityframework.core.DataStewardship;
import org.cityframework.core.DataStrategy;
import org.cityframework.core.DataUse;
import org.cityframework.core.EmbeddingPractice;
import org.cityframework.core.Engagement;
import org.cityframework.core.Evaluation;
import org.cityframework.core.EvaluationMethod;
import org.cityframework.core.Funding;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.InnovationTool;
import org.cityframework.core.Leadership;
import org.cityframework.core.MeasurementMethod;
import org.cityframework.core.Operations;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.PolicySector;
import org.cityframework.core.QualityAppraisalStep;
import org.cityframework.core.RegulatedArea;
import org.cityframework.core.Regulation;
import org.cityframework.core.ReportingLine;
import org.cityframework.core.ResidentRole;
import org.cityframework.core.Safeguard;
import org.cityframework.core.SecurityPractice;
import org.cityframework.core.SharingDirection;
import org.cityframework.core.Source;
import org.cityframework.core.StaffRoleElement;
import org.cityframework.core.StewardshipDimension;
import org.cityframework.core.StrategyScope;
import org.cityframework.core.StrategyStatus;
import org.cityframework.core.UserCommunityPractice;
import org.cityframework.core.ValueCycleStage;
import org.cityframework.core.WellBeingOutcome;

/**
 * Five fictional, contrasting example cities, as consultants would profile them: a mid-way city, a
 * beginner, an advanced city, a data-strong city with a weak innovation practice, and a half-filled
 * survey. Together they show every check met, not met and not assessed.
 */
public final class ExampleCities {
  private ExampleCities() {}

  /** Every example city, in a fixed order. */
  public static List<CityProfile> all() {
    return List.of(riverton(), lakeside(), northport(), hillcrest(), eastvale());
  }

  /** The example city with the given name, ignoring case. */
  public static Optional<CityProfile> named(String name) {
    return all().stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * Riverton: half-way. A published strategy with one good goal and one efficiency goal, a small
   * team under the chief executive, three years of budget, a chief data officer but no data
   * strategy yet, and many facts still unknown.
   */
  public static CityProfile riverton() {
    return CityProfile.builder()
        .name("Riverton")
        .country("GB")
        .population(312_000)
        .assessedOn(LocalDate.of(2026, 3, 31))
        .surveyWave(2020)
        .addSource(
            Source.builder()
                .title("Riverton innovation strategy 2024-2028")
                .url("https://riverton.example/innovation-strategy")
                .accessedOn(LocalDate.of(2026, 3, 2))
                .build())
        .leadership(
            Leadership.builder()
                .mayorPrioritisesInnovation(true)
                .managersPrioritiseInnovation(false)
                .innovationInCoreMayoralGoals(true)
                .innovationChampion(true)
                .championReportsTo(ReportingLine.CHIEF_ADMINISTRATIVE_OFFICER)
                .championIntegrated(false)
                .leadersWithInnovationExperience(SOME_AGENCIES)
                .build())
        .culture(
            Culture.builder()
                .innovationReach(SOME_AGENCIES)
                .staffRiskTakingIncentives(false)
                .leadershipChampionsRiskTaking(true)
                .interAgencyCollaboration(true)
                .crossCuttingPerformanceReviews(false)
                .build())
        .strategy(
            InnovationStrategy.builder()
                .status(StrategyStatus.ADOPTED)
                .published(true)
                .adoptedOn(LocalDate.of(2024, 2, 14))
                .addGoal(
                    Goal.builder()
                        .description("Cut the time residents wait for home adaptations")
                        .indicator("median days from request to adaptation")
                        .baseline(new BigDecimal("94"))
                        .target(new BigDecimal("45"))
                        .targetYear(2028)
                        .outcome(WellBeingOutcome.HEALTH)
                        .measurementMethod(MeasurementMethod.ADMINISTRATIVE_DATA)
                        .build())
                .addGoal(
                    Goal.builder()
                        .description("Digitise 80% of council forms")
                        .indicator("share of forms available online")
                        .build())
                .scope(StrategyScope.MULTI_SECTOR)
                .putStaffRole(StaffRoleElement.TRAINING, true)
                .putStaffRole(StaffRoleElement.TIME_FOR_INNOVATION, false)
                .fundingExpectations(true)
                .dataUseExpectations(false)
                .identifiesResistance(true)
                .addBarrier(
                    Barrier.builder()
                        .kind(BarrierKind.ADMINISTRATIVE_INERTIA)
                        .addressed(true)
                        .description("Departmental sign-off chains; a fast-track for pilots")
                        .build())
                .addBarrier(
                    Barrier.builder()
                        .kind(BarrierKind.SCEPTICAL_RESIDENTS)
                        .addressed(false)
                        .build())
                .coversInnovationCulture(false)
                .setsInnovationBudget(true)
                .build())
        .staff(
            InnovationStaff.builder()
                .dedicatedTeam(true)
                .teamSize(6)
                .teamEstablishedOn(LocalDate.of(2021, 9, 1))
                .reportsTo(ReportingLine.CHIEF_ADMINISTRATIVE_OFFICER)
                .prioritySkillsForHires(INNOVATION_TEAM_ONLY)
                .innovationTraining(SOME_AGENCIES)
                .staffReviewsIncludeInnovation(false)
                .hiringAssessesInnovation(false)
                .humanCentredDesignStaff(2)
                .putEmbeddingPractice(EmbeddingPractice.JOINT_AGENCY_MEETINGS, true)
                .putEmbeddingPractice(EmbeddingPractice.STAFF_SWAPS, false)
                .staffFeedbackLoops(true)
                .stableTeamResources(false)
                .build())
        .funding(
            Funding.builder()
                .dedicatedBudget(true)
                .addBudgetLine(line(2024, "180000", "GBP"))
                .addBudgetLine(line(2025, "210000", "GBP"))
                .addBudgetLine(line(2026, "210000", "GBP"))
                .commitmentHorizonYears(1)
                .setExAnte(true)
                .inBudgetDiscussions(true)
                .prioritisesLowCostInnovation(true)
                .championInBudgetHearings(false)
                .evidenceUsedInFundingDecisions(false)
                .build())
        .engagement(
            Engagement.builder()
                .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true)
                .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                .putInnovationTool(InnovationTool.HACKATHONS, true)
                .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, true)
                .residentRole(ResidentRole.CONSULTED)
                .putCoCreationChannel(CoCreationChannel.DIGITAL, true)
                .putCoCreationChannel(CoCreationChannel.IN_PERSON, false)
                .residentFeedbackCollected(true)
                .feedbackInBudgetDecisions(false)
                .build())
        .dataUse(
            DataUse.builder()
                .roleInDecisions(DataRole.MODERATE)
                .basicDataTraining(INNOVATION_TEAM_ONLY)
                .putMethod(DataMethod.RESIDENT_SURVEYS, true)
                .putMethod(DataMethod.PERFORMANCE_ANALYSIS, true)
                .build())
        .evaluation(
            Evaluation.builder()
                .evaluationSystem(false)
                .projectsMonitoredFromInceptionPercent(25)
                .resultsPublished(false)
                .build())
        .dataGovernance(
            DataGovernance.builder()
                .dataAsStrategicAsset(true)
                .stewardship(
                    DataStewardship.builder().chiefDataOfficer(true).citywide(false).build())
                .build())
        .dataStrategy(
            DataStrategy.builder()
                .status(StrategyStatus.IN_DEVELOPMENT)
                .openDataPortal(true)
                .machineReadableFormats(true)
                .openDataPolicy(false)
                .build())
        .operations(
            Operations.builder()
                .collectionCoordinatedAcrossAgencies(false)
                .putSecurityPractice(SecurityPractice.SECURITY_POLICY, true)
                .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, true)
                .build())
        .build();
  }

  /**
   * Lakeside: a beginner. No innovation strategy, team or budget; data plays a minor role; the city
   * knows most of its own facts, and they are mostly "no".
   */
  public static CityProfile lakeside() {
    return CityProfile.builder()
        .name("Lakeside")
        .country("US")
        .population(48_500)
        .assessedOn(LocalDate.of(2026, 5, 15))
        .surveyWave(2020)
        .leadership(
            Leadership.builder()
                .mayorPrioritisesInnovation(false)
                .managersPrioritiseInnovation(false)
                .innovationInCoreMayoralGoals(false)
                .innovationChampion(false)
                .leadersWithInnovationExperience(NONE)
                .build())
        .culture(
            Culture.builder()
                .innovationReach(NONE)
                .staffRiskTakingIncentives(false)
                .crossAgencyCollaborationIncentives(false)
                .leadershipChampionsRiskTaking(false)
                .interAgencyCollaboration(false)
                .crossCuttingPerformanceReviews(false)
                .build())
        .strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build())
        .staff(
            InnovationStaff.builder()
                .dedicatedTeam(false)
                .prioritySkillsForHires(NONE)
                .innovationTraining(NONE)
                .staffReviewsIncludeInnovation(false)
                .agencyReviewsIncludeInnovation(false)
                .hiringAssessesInnovation(false)
                .managersHiredForInnovation(false)
                .managersTrainedInInnovation(false)
                .humanCentredDesignStaff(0)
                .capacityGapsAssessed(false)
                .staffFeedbackLoops(false)
                .build())
        .funding(
            Funding.builder()
                .dedicatedBudget(false)
                .setExAnte(false)
                .inBudgetDiscussions(false)
                .prioritisesLowCostInnovation(false)
                .protectedFromLeadershipTurnover(false)
                .championInBudgetHearings(false)
                .evidenceUsedInFundingDecisions(false)
                .savingsTracked(false)
                .councilChampions(false)
                .communityChampions(false)
                .build())
        .engagement(
            Engagement.builder()
                .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)
                .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, false)
                .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                .putInnovationTool(InnovationTool.HACKATHONS, false)
                .putInnovationTool(InnovationTool.DATA_ANALYTICS, false)
                .putInnovationTool(InnovationTool.CO_CREATION_WORKSHOPS, false)
                .residentRole(ResidentRole.END_USERS)
                .humanCentredServiceDesign(false)
                .putCoCreationChannel(CoCreationChannel.IN_PERSON, false)
                .putCoCreationChannel(CoCreationChannel.DIGITAL, false)
                .residentFeedbackCollected(false)
                .putPartnership(PartnershipPurpose.STAFF_TRAINING, false)
                .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, false)
                .putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, false)
                .putPartnership(PartnershipPurpose.DATA_ENRICHMENT, false)
                .putPartnership(PartnershipPurpose.CO_PRODUCED_DATABASES, false)
                .putPartnership(PartnershipPurpose.POOLED_ANALYTICS, false)
                .build())
        .dataUse(
            DataUse.builder()
                .roleInDecisions(DataRole.NONE)
                .basicDataTraining(NONE)
                .dataTrainingForNewStaff(false)
                .commonDataFormats(false)
                .dataUserEvents(false)
                .publicDataTraining(false)
                .sectorsWithSufficientData(none(PolicySector.class))
                .methods(none(DataMethod.class))
                .build())
        .evaluation(
            Evaluation.builder()
                .evaluationSystem(false)
                .dataInventoryTaken(false)
                .projectsMonitoredFromInceptionPercent(0)
                .stopDecisionsUseEvaluation(false)
                .methods(none(EvaluationMethod.class))
                .insightChannels(false)
                .resultsPublished(false)
                .build())
        .dataGovernance(
            DataGovernance.builder()
                .dataAsStrategicAsset(false)
                .dataVision(false)
                .dataIncentives(false)
                .priorityCommunicatedToStaff(false)
                .priorityCommunicatedToPartners(false)
                .stewardship(
                    DataStewardship.builder().dataTeam(false).chiefDataOfficer(false).build())
                .build())
        .dataStrategy(
            DataStrategy.builder()
                .status(StrategyStatus.NONE)
                .implementation(NONE)
                .dataStaffIdentified(false)
                .centralUpskillingResource(false)
                .skillGapsIdentified(false)
                .dataLiteracyForNonSpecialists(NONE)
                .openDataPortal(false)
                .realTimeDataForAccountability(false)
                .realTimeDataForReuse(false)
                .openDataPolicy(false)
                .sharingAcrossAgencies(false)
                .sharingAcrossLevelsOfGovernment(false)
                .projectsStartFromPolicyProblem(false)
                .analyticsQualityReviewed(false)
                .partnerEngagementNeedsIdentified(false)
                .skills(none(DataSkill.class))
                .userCommunityPractices(none(UserCommunityPractice.class))
                .build())
        .regulation(
            Regulation.builder()
                .frameworkAdopted(false)
                .standards(none(RegulatedArea.class))
                .sharingMechanisms(none(SharingDirection.class))
                .safeguards(none(Safeguard.class))
                .reidentificationRiskAssessed(false)
                .complianceMonitored(false)
                .build())
        .operations(
            Operations.builder()
                .dataStandardsInProcedures(NONE)
                .dataFlowMapped(false)
                .onceOnly(false)
                .collectionCoordinatedAcrossAgencies(false)
                .linksPersonalData(true)
                .collectionQuality(none(DataQualityDimension.class))
                .qualityAppraisal(none(QualityAppraisalStep.class))
                .infrastructure(none(DataInfrastructure.class))
                .procurementRightSized(false)
                .putSecurityPractice(SecurityPractice.SECURITY_POLICY, false)
                .putSecurityPractice(SecurityPractice.REGULAR_AUDITS, false)
                .putSecurityPractice(SecurityPractice.INCIDENT_RESPONSE_PLAN, false)
                .putSecurityPractice(SecurityPractice.STAFF_SECURITY_TRAINING, false)
                .build())
        .build();
  }

  /** Northport: advanced. Nearly every practice in place; a few gaps left to close. */
  public static CityProfile northport() {
    InnovationStrategy.Builder strategy =
        InnovationStrategy.builder()
            .status(StrategyStatus.ADOPTED)
            .published(true)
            .adoptedOn(LocalDate.of(2022, 6, 1))
            .statesGoals(true)
            .scope(StrategyScope.CROSS_SECTOR)
            .fundingExpectations(true)
            .dataUseExpectations(true)
            .identifiesResistance(true)
            .coversInnovationCulture(true)
            .dataCompetencyStandards(true)
            .setsInnovationBudget(true)
            .addGoal(
                Goal.builder()
                    .description("Safer streets for cyclists")
                    .indicator("cyclist injuries per million trips")
                    .baseline(new BigDecimal("3.1"))
                    .target(new BigDecimal("1.5"))
                    .targetYear(2030)
                    .outcome(WellBeingOutcome.SAFETY)
                    .measurementMethod(MeasurementMethod.ADMINISTRATIVE_DATA)
                    .build())
            .addGoal(
                Goal.builder()
                    .description("More affordable homes near transit")
                    .indicator("share of income spent on rent, median household")
                    .baseline(new BigDecimal("38"))
                    .target(new BigDecimal("30"))
                    .targetYear(2032)
                    .outcome(WellBeingOutcome.HOUSING_AFFORDABILITY)
                    .measurementMethod(MeasurementMethod.RESIDENT_SURVEY)
                    .build())
            .addBarrier(
                Barrier.builder()
                    .kind(BarrierKind.LACK_OF_STAFF_FAMILIARITY)
                    .addressed(true)
                    .build());
    for (StaffRoleElement e : StaffRoleElement.values()) {
      strategy.putStaffRole(e, true);
    }
    Engagement.Builder engagement =
        Engagement.builder()
            .residentRole(ResidentRole.PARTNERS)
            .humanCentredServiceDesign(true)
            .putCoCreationChannel(CoCreationChannel.IN_PERSON, true)
            .putCoCreationChannel(CoCreationChannel.DIGITAL, true)
            .residentFeedbackCollected(true)
            .feedbackInBudgetDecisions(true)
            .feedbackInPolicyDecisions(true);
    for (InnovationTool t : InnovationTool.values()) {
      engagement.putInnovationTool(t, true);
    }
    for (PartnershipPurpose p : PartnershipPurpose.values()) {
      engagement.putPartnership(p, true);
    }
    DataUse.Builder dataUse =
        DataUse.builder()
            .roleInDecisions(DataRole.SIGNIFICANT)
            .basicDataTraining(ALL_AGENCIES)
            .dataTrainingForNewStaff(true)
            .commonDataFormats(true)
            .dataUserEvents(true)
            .publicDataTraining(true);
    PolicySector[] sectors = PolicySector.values();
    for (int i = 0; i < sectors.length; i++) {
      dataUse.putSectorsWithSufficientData(sectors[i], i < 12);
    }
    for (DataMethod m : DataMethod.values()) {
      dataUse.putMethod(m, m != DataMethod.PREDICTIVE_ANALYTICS);
    }
    DataStewardship.Builder stewardship =
        DataStewardship.builder().dataTeam(true).chiefDataOfficer(true).citywide(true);
    for (StewardshipDimension d : StewardshipDimension.values()) {
      stewardship.putDimension(d, true);
    }
    for (ValueCycleStage s : ValueCycleStage.values()) {
      stewardship.putStagesCovered(s, true);
    }
    DataStrategy.Builder dataStrategy =
        DataStrategy.builder()
            .status(StrategyStatus.ADOPTED)
            .implementation(MOST_AGENCIES)
            .dataStaffIdentified(true)
            .centralUpskillingResource(true)
            .skillGapsIdentified(true)
            .dataLiteracyForNonSpecialists(ALL_AGENCIES)
            .projectsStartFromPolicyProblem(true)
            .analyticsQualityReviewed(true)
            .openDataPortal(true)
            .machineReadableFormats(true)
            .realTimeDataForAccountability(true)
            .realTimeDataForReuse(true)
            .openDataPolicy(true)
            .openDataPolicyPublic(true)
            .proactiveDisclosure(true)
            .sharingAcrossAgencies(true)
            .sharingAcrossLevelsOfGovernment(true)
            .partnerEngagementNeedsIdentified(true);
    for (DataSkill s : DataSkill.values()) {
      dataStrategy.putSkill(s, true);
    }
    for (UserCommunityPractice u : UserCommunityPractice.values()) {
      dataStrategy.putUserCommunityPractice(u, true);
    }
    Regulation.Builder regulation =
        Regulation.builder()
            .frameworkAdopted(true)
            .frameworkPublic(true)
            .complianceMonitored(true)
            .reidentificationRiskAssessed(true);
    for (RegulatedArea a : RegulatedArea.values()) {
      regulation.putStandard(a, true);
    }
    for (SharingDirection d : SharingDirection.values()) {
      regulation.putSharingMechanism(d, true);
    }
    for (Safeguard s : Safeguard.values()) {
      regulation.putSafeguard(s, true);
    }
    Operations.Builder operations =
        Operations.builder()
            .dataStandardsInProcedures(ALL_AGENCIES)
            .dataFlowMapped(true)
            .onceOnly(false)
            .collectionCoordinatedAcrossAgencies(true)
            .linksPersonalData(true)
            .procurementRightSized(true);
    for (DataQualityDimension q : DataQualityDimension.values()) {
      operations.putCollectionQuality(q, true);
    }
    for (QualityAppraisalStep q : QualityAppraisalStep.values()) {
      operations.putQualityAppraisal(q, true);
    }
    for (DataInfrastructure i : DataInfrastructure.values()) {
      operations.putInfrastructure(i, i != DataInfrastructure.DATA_LAKE_OR_WAREHOUSE);
    }
    for (SecurityPractice s : SecurityPractice.values()) {
      operations.putSecurityPractice(s, true);
    }
    InnovationStaff.Builder staff =
        InnovationStaff.builder()
            .dedicatedTeam(true)
            .teamSize(14)
            .teamEstablishedOn(LocalDate.of(2017, 1, 9))
            .reportsTo(ReportingLine.MAYOR)
            .prioritySkillsForHires(ALL_AGENCIES)
            .innovationTraining(ALL_AGENCIES)
            .staffReviewsIncludeInnovation(true)
            .agencyReviewsIncludeInnovation(true)
            .hiringAssessesInnovation(true)
            .managersHiredForInnovation(true)
            .managersTrainedInInnovation(true)
            .humanCentredDesignStaff(9)
            .capacityGapsAssessed(true)
            .staffFeedbackLoops(true)
            .stableTeamResources(true);
    for (EmbeddingPractice e : EmbeddingPractice.values()) {
      staff.putEmbeddingPractice(e, true);
    }
    return CityProfile.builder()
        .name("Northport")
        .country("NL")
        .population(655_000)
        .assessedOn(LocalDate.of(2026, 6, 30))
        .surveyWave(2020)
        .leadership(
            Leadership.builder()
                .mayorPrioritisesInnovation(true)
                .managersPrioritiseInnovation(true)
                .innovationInCoreMayoralGoals(true)
                .innovationChampion(true)
                .championReportsTo(ReportingLine.MAYOR)
                .championIntegrated(true)
                .leadersWithInnovationExperience(ALL_AGENCIES)
                .build())
        .culture(
            Culture.builder()
                .innovationReach(ALL_AGENCIES)
                .staffRiskTakingIncentives(true)
                .crossAgencyCollaborationIncentives(true)
                .leadershipChampionsRiskTaking(true)
                .interAgencyCollaboration(true)
                .crossCuttingPerformanceReviews(true)
                .build())
        .strategy(strategy.build())
        .staff(staff.build())
        .funding(
            Funding.builder()
                .dedicatedBudget(true)
                .addBudgetLine(line(2024, "1200000", "EUR"))
                .addBudgetLine(line(2025, "1250000", "EUR"))
                .addBudgetLine(line(2026, "1300000", "EUR"))
                .commitmentHorizonYears(4)
                .setExAnte(true)
                .inBudgetDiscussions(true)
                .prioritisesLowCostInnovation(true)
                .protectedFromLeadershipTurnover(true)
                .championInBudgetHearings(true)
                .evidenceUsedInFundingDecisions(true)
                .savingsTracked(true)
                .councilChampions(true)
                .communityChampions(true)
                .build())
        .engagement(engagement.build())
        .dataUse(dataUse.build())
        .evaluation(
            Evaluation.builder()
                .evaluationSystem(true)
                .dataInventoryTaken(true)
                .putMethod(EvaluationMethod.RESIDENT_SURVEYS, true)
                .putMethod(EvaluationMethod.RANDOMISED_CONTROLLED_TRIALS, true)
                .projectsMonitoredFromInceptionPercent(85)
                .stopDecisionsUseEvaluation(true)
                .insightChannels(true)
                .resultsPublished(true)
                .build())
        .dataGovernance(
            DataGovernance.builder()
                .dataAsStrategicAsset(true)
                .dataVision(true)
                .dataIncentives(true)
                .priorityCommunicatedToStaff(true)
                .priorityCommunicatedToPartners(true)
                .stewardship(stewardship.build())
                .build())
        .dataStrategy(dataStrategy.build())
        .regulation(regulation.build())
        .operations(operations.build())
        .build();
  }

  /**
   * Hillcrest: strong on data, weak on innovation. A chief data officer, an adopted data strategy
   * and an open data portal, but the innovation strategy is still a draft and there is no team.
   */
  public static CityProfile hillcrest() {
    return CityProfile.builder()
        .name("Hillcrest")
        .country("FR")
        .population(141_000)
        .assessedOn(LocalDate.of(2026, 2, 1))
        .leadership(
            Leadership.builder()
                .mayorPrioritisesInnovation(true)
                .managersPrioritiseInnovation(false)
                .innovationChampion(false)
                .build())
        .culture(Culture.builder().innovationReach(INNOVATION_TEAM_ONLY).build())
        .strategy(
            InnovationStrategy.builder()
                .status(StrategyStatus.IN_DEVELOPMENT)
                .statesGoals(false)
                .scope(StrategyScope.SINGLE_SECTOR)
                .build())
        .staff(InnovationStaff.builder().dedicatedTeam(false).innovationTraining(NONE).build())
        .funding(Funding.builder().dedicatedBudget(false).build())
        .dataUse(
            DataUse.builder()
                .roleInDecisions(DataRole.SIGNIFICANT)
                .putSectorsWithSufficientData(PolicySector.TRANSPORT, true)
                .putSectorsWithSufficientData(PolicySector.HOUSING, true)
                .putSectorsWithSufficientData(PolicySector.ENVIRONMENT, true)
                .putSectorsWithSufficientData(PolicySector.BUDGET_AND_FINANCE, true)
                .basicDataTraining(MOST_AGENCIES)
                .dataTrainingForNewStaff(true)
                .commonDataFormats(true)
                .build())
        .dataGovernance(
            DataGovernance.builder()
                .dataAsStrategicAsset(true)
                .dataVision(true)
                .dataIncentives(false)
                .priorityCommunicatedToStaff(true)
                .stewardship(
                    DataStewardship.builder()
                        .dataTeam(true)
                        .chiefDataOfficer(true)
                        .citywide(true)
                        .putDimension(StewardshipDimension.TECHNICAL, true)
                        .putDimension(StewardshipDimension.LEGAL, true)
                        .putDimension(StewardshipDimension.ORGANISATIONAL, false)
                        .build())
                .build())
        .dataStrategy(
            DataStrategy.builder()
                .status(StrategyStatus.ADOPTED)
                .implementation(ALL_AGENCIES)
                .putSkill(DataSkill.COLLECTING, true)
                .putSkill(DataSkill.ANALYSING, true)
                .putSkill(DataSkill.SHARING, false)
                .openDataPortal(true)
                .machineReadableFormats(true)
                .openDataPolicy(true)
                .openDataPolicyPublic(true)
                .proactiveDisclosure(false)
                .sharingAcrossAgencies(true)
                .sharingAcrossLevelsOfGovernment(true)
                .build())
        .regulation(
            Regulation.builder()
                .frameworkAdopted(true)
                .frameworkPublic(false)
                .putSafeguard(Safeguard.SECURITY, true)
                .putSafeguard(Safeguard.PRIVACY, true)
                .putSafeguard(Safeguard.ETHICS, true)
                .build())
        .operations(
            Operations.builder()
                .dataStandardsInProcedures(MOST_AGENCIES)
                .dataFlowMapped(true)
                .onceOnly(true)
                .collectionCoordinatedAcrossAgencies(true)
                .linksPersonalData(false)
                .putInfrastructure(DataInfrastructure.APIS, true)
                .putInfrastructure(DataInfrastructure.CLOUD_SERVICES, true)
                .build())
        .build();
  }

  /**
   * Eastvale: a half-filled survey. A few answers, most facts unknown: the assessment says what to
   * collect.
   */
  public static CityProfile eastvale() {
    return CityProfile.builder()
        .name("Eastvale")
        .country("JP")
        .assessedOn(LocalDate.of(2026, 4, 20))
        .notes("Survey returned half-completed; follow-up interviews pending.")
        .leadership(Leadership.builder().mayorPrioritisesInnovation(true).build())
        .strategy(InnovationStrategy.builder().status(StrategyStatus.ADOPTED).build())
        .staff(InnovationStaff.builder().dedicatedTeam(true).build())
        .dataUse(DataUse.builder().roleInDecisions(DataRole.MODERATE).build())
        .operations(Operations.builder().linksPersonalData(true).build())
        .build();
  }

  /** Every value of a yes/no map said no: the city knows none of them is in place. */
  private static <K extends Enum<K>> Map<K, Boolean> none(Class<K> type) {
    Map<K, Boolean> map = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      map.put(key, false);
    }
    return map;
  }

  private static BudgetLine line(int year, String amount, String currency) {
    return BudgetLine.builder()
        .year(year)
        .amount(new BigDecimal(amount))
        .currency(currency)
        .build();
  }
}
