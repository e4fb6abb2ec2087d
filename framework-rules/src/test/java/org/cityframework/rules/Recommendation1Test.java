package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
import static org.cityframework.rules.CheckCase.either;
import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Coverage;
import org.cityframework.core.Culture;
import org.cityframework.core.Engagement;
import org.cityframework.core.Funding;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.InnovationTool;
import org.cityframework.core.Leadership;
import org.cityframework.core.ReportingLine;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation1Test {

  static CityProfile leadership(Leadership.Builder leadership) {
    return city().leadership(leadership.build()).build();
  }

  static CityProfile staff(InnovationStaff.Builder staff) {
    return city().staff(staff.build()).build();
  }

  static CityProfile culture(Culture.Builder culture) {
    return city().culture(culture.build()).build();
  }

  static CityProfile tools(Engagement.Builder engagement) {
    return city().engagement(engagement.build()).build();
  }

  static CityProfile fundingAndTeam(Funding.Builder funding, InnovationStaff.Builder staff) {
    return city().funding(funding.build()).staff(staff.build()).build();
  }

  static BudgetLine line(int year, String amount) {
    return BudgetLine.builder().year(year).amount(new BigDecimal(amount)).currency("EUR").build();
  }

  /** A profile whose leadership, engagement and culture are given, for R1.0's dual approach. */
  static CityProfile dual(
      Leadership.Builder leadership, Engagement.Builder engagement, Culture.Builder culture) {
    return city()
        .leadership(leadership.build())
        .engagement(engagement.build())
        .culture(culture.build())
        .build();
  }

  /** The mayor and the agency managers, each prioritising innovation or not. */
  static Leadership.Builder topDown(boolean mayor, boolean managers) {
    return Leadership.builder()
        .mayorPrioritisesInnovation(mayor)
        .managersPrioritiseInnovation(managers);
  }

  /** None of the four co-creation approaches L47 names in use. */
  static Engagement.Builder noCoCreationApproach() {
    return Engagement.builder()
        .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, false)
        .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
        .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
        .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false);
  }

  /** Budget lines with money in each of the assessment year (2026) and the two years before. */
  static Funding.Builder fundedThreeYears() {
    return Funding.builder()
        .addBudgetLine(line(2024, "200000"))
        .addBudgetLine(line(2025, "220000"))
        .addBudgetLine(line(2026, "250000"));
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R1.0",
            "mayor and managers prioritise innovation, and staff are incentivised to experiment",
            dual(
                topDown(true, true),
                Engagement.builder(),
                Culture.builder().staffRiskTakingIncentives(true))),
        met(
            "R1.0",
            "mayor and managers prioritise innovation, and residents co-create through"
                + " participatory budgeting (staff incentives unknown)",
            dual(
                topDown(true, true),
                Engagement.builder()
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, true),
                Culture.builder())),
        partlyMet(
            "R1.0",
            "mayor prioritises innovation, managers do not",
            leadership(topDown(true, false))),
        partlyMet(
            "R1.0",
            "led from the top only: no co-creation approach and no incentive to experiment",
            dual(
                topDown(true, true),
                noCoCreationApproach(),
                Culture.builder().staffRiskTakingIncentives(false))),
        partlyMet(
            "R1.0",
            "sourced from below only: staff incentivised to experiment, neither mayor nor"
                + " managers prioritise innovation",
            dual(
                topDown(false, false),
                Engagement.builder(),
                Culture.builder().staffRiskTakingIncentives(true))),
        notMet(
            "R1.0",
            "neither from the top nor from below",
            dual(
                topDown(false, false),
                noCoCreationApproach(),
                Culture.builder().staffRiskTakingIncentives(false))),
        between(
            "R1.0",
            "neither mayor nor managers prioritise innovation, bottom-up unknown: a certain gap",
            leadership(topDown(false, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R1.0",
            "mayor and managers prioritise innovation, bottom-up unknown",
            leadership(topDown(true, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.0",
            "mayor prioritises innovation, managers and bottom-up unknown",
            leadership(Leadership.builder().mayorPrioritisesInnovation(true)),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R1.0", "nothing stated", unknownCity()),
        met(
            "R1.1",
            "innovation serves the mayor's core goals",
            leadership(Leadership.builder().innovationInCoreMayoralGoals(true))),
        notMet(
            "R1.1",
            "innovation stands alone",
            leadership(Leadership.builder().innovationInCoreMayoralGoals(false))),
        either(
            "R1.1",
            "nothing stated: met or not met, never partly",
            unknownCity(),
            Status.NOT_MET,
            Status.MET),
        met(
            "R1.2",
            "money in each of the last three years and a dedicated team",
            fundingAndTeam(fundedThreeYears(), InnovationStaff.builder().dedicatedTeam(true))),
        met(
            "R1.2",
            "money in each of the last three years, no dedicated team but existing staff"
                + " trained in some agencies (in-house, L35)",
            fundingAndTeam(
                fundedThreeYears(),
                InnovationStaff.builder()
                    .dedicatedTeam(false)
                    .innovationTraining(Coverage.SOME_AGENCIES))),
        met(
            "R1.2",
            "money in each of the last three years and a team of five, which implies a"
                + " dedicated team",
            fundingAndTeam(fundedThreeYears(), InnovationStaff.builder().teamSize(5))),
        partlyMet(
            "R1.2",
            "money in two of the last three years (2024 had none) and a dedicated team",
            fundingAndTeam(
                Funding.builder()
                    .addBudgetLine(line(2024, "0"))
                    .addBudgetLine(line(2025, "220000"))
                    .addBudgetLine(line(2026, "250000")),
                InnovationStaff.builder().dedicatedTeam(true))),
        partlyMet(
            "R1.2",
            "money in each of the last three years, no dedicated team and no training",
            fundingAndTeam(
                fundedThreeYears(),
                InnovationStaff.builder().dedicatedTeam(false).innovationTraining(Coverage.NONE))),
        partlyMet(
            "R1.2",
            "money in each of the last three years, a team size of 0 (which implies no team)"
                + " and no training",
            fundingAndTeam(
                fundedThreeYears(),
                InnovationStaff.builder().teamSize(0).innovationTraining(Coverage.NONE))),
        partlyMet(
            "R1.2",
            "a dedicated team but no dedicated budget",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(false),
                InnovationStaff.builder().dedicatedTeam(true))),
        partlyMet(
            "R1.2",
            "a zero budget line in the assessment year, so funding is not consistent, and a"
                + " dedicated team",
            fundingAndTeam(
                Funding.builder().addBudgetLine(line(2026, "0")),
                InnovationStaff.builder().dedicatedTeam(true))),
        notMet(
            "R1.2",
            "no dedicated budget, only a zero budget line, no dedicated team and no training",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(false).addBudgetLine(line(2026, "0")),
                InnovationStaff.builder().dedicatedTeam(false).innovationTraining(Coverage.NONE))),
        between(
            "R1.2",
            "no dedicated budget and no dedicated team, training unknown: a certain gap",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(false),
                InnovationStaff.builder().dedicatedTeam(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R1.2",
            "no dedicated budget, staff unknown: a certain gap",
            city().funding(Funding.builder().dedicatedBudget(false).build()).build(),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R1.2",
            "money this year, the two years before unknown, and a dedicated team",
            fundingAndTeam(
                Funding.builder().addBudgetLine(line(2026, "250000")),
                InnovationStaff.builder().dedicatedTeam(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.2",
            "money in 2023, 2025 and 2026: 2023 is outside the three years, 2024 unknown",
            fundingAndTeam(
                Funding.builder()
                    .addBudgetLine(line(2023, "180000"))
                    .addBudgetLine(line(2025, "220000"))
                    .addBudgetLine(line(2026, "250000")),
                InnovationStaff.builder().dedicatedTeam(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.2",
            "a dedicated budget and a dedicated team, but no budget lines to show consistency",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(true),
                InnovationStaff.builder().dedicatedTeam(true)),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R1.2", "nothing stated", unknownCity()),
        met(
            "R1.3",
            "managers hired and trained for innovation",
            staff(
                InnovationStaff.builder()
                    .managersHiredForInnovation(true)
                    .managersTrainedInInnovation(true))),
        partlyMet(
            "R1.3",
            "managers trained in innovation, not hired for it",
            staff(
                InnovationStaff.builder()
                    .managersHiredForInnovation(false)
                    .managersTrainedInInnovation(true))),
        notMet(
            "R1.3",
            "managers neither hired nor trained for innovation",
            staff(
                InnovationStaff.builder()
                    .managersHiredForInnovation(false)
                    .managersTrainedInInnovation(false))),
        between(
            "R1.3",
            "managers hired for innovation, training unknown",
            staff(InnovationStaff.builder().managersHiredForInnovation(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.3",
            "managers not hired for innovation, training unknown: a certain gap",
            staff(InnovationStaff.builder().managersHiredForInnovation(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R1.3", "nothing stated", unknownCity()),
        met(
            "R1.4",
            "staff and agency reviews include innovation",
            staff(
                InnovationStaff.builder()
                    .staffReviewsIncludeInnovation(true)
                    .agencyReviewsIncludeInnovation(true))),
        partlyMet(
            "R1.4",
            "staff reviews include innovation, agency reviews do not",
            staff(
                InnovationStaff.builder()
                    .staffReviewsIncludeInnovation(true)
                    .agencyReviewsIncludeInnovation(false))),
        notMet(
            "R1.4",
            "neither staff nor agency reviews include innovation",
            staff(
                InnovationStaff.builder()
                    .staffReviewsIncludeInnovation(false)
                    .agencyReviewsIncludeInnovation(false))),
        between(
            "R1.4",
            "staff reviews include innovation, agency reviews unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.4",
            "agency reviews leave innovation out, staff reviews unknown: a certain gap",
            staff(InnovationStaff.builder().agencyReviewsIncludeInnovation(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R1.4", "nothing stated", unknownCity()),
        met(
            "R1.5",
            "a champion not stated as such, but reporting to the mayor (which implies the"
                + " champion) and integrated",
            leadership(
                Leadership.builder()
                    .championReportsTo(ReportingLine.MAYOR)
                    .championIntegrated(true))),
        met(
            "R1.5",
            "a champion reporting to the mayor and integrated in the city's work",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.MAYOR)
                    .championIntegrated(true))),
        met(
            "R1.5",
            "a champion reporting to the chief administrative officer and integrated",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.CHIEF_ADMINISTRATIVE_OFFICER)
                    .championIntegrated(true))),
        partlyMet(
            "R1.5",
            "an integrated champion reporting to an agency head",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.AGENCY_HEAD)
                    .championIntegrated(true))),
        partlyMet(
            "R1.5",
            "a champion reporting to middle management, integration unknown",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.MIDDLE_MANAGEMENT))),
        notMet(
            "R1.5",
            "no innovation champion",
            leadership(Leadership.builder().innovationChampion(false))),
        between(
            "R1.5",
            "a champion reporting to the mayor, integration unknown",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.MAYOR)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.5",
            "an integrated champion, reporting line unknown",
            leadership(Leadership.builder().innovationChampion(true).championIntegrated(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.5",
            "integration stated (which implies a champion), reporting line unknown",
            leadership(Leadership.builder().championIntegrated(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.5",
            "no integrated position, champion unknown: a certain gap",
            leadership(Leadership.builder().championIntegrated(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R1.5", "nothing stated", unknownCity()),
        met(
            "R1.6",
            "one co-creation approach in use, the others unknown, and co-creation funded: any"
                + " one approach counts",
            tools(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true)
                    .coCreationFunded(true))),
        partlyMet(
            "R1.6",
            "one co-creation approach in use, the other three not, and co-creation not funded",
            tools(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, true)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)
                    .coCreationFunded(false))),
        partlyMet(
            "R1.6",
            "co-creation funded, but none of the four approaches in use",
            tools(noCoCreationApproach().coCreationFunded(true))),
        notMet(
            "R1.6",
            "none of the four co-creation approaches in use, though the city runs hackathons,"
                + " and co-creation not funded",
            tools(
                noCoCreationApproach()
                    .putInnovationTool(InnovationTool.HACKATHONS, true)
                    .coCreationFunded(false))),
        between(
            "R1.6",
            "none of the four co-creation approaches in use, funding unknown: a certain gap",
            tools(noCoCreationApproach()),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R1.6",
            "one co-creation approach in use, the others and funding unknown",
            tools(Engagement.builder().putInnovationTool(InnovationTool.INNOVATION_LABS, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.6",
            "co-creation not funded, approaches unknown: a certain gap",
            tools(Engagement.builder().coCreationFunded(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R1.6", "nothing stated", unknownCity()),
        met(
            "R1.7",
            "hiring of all new staff assesses innovation and reviews include it",
            staff(
                InnovationStaff.builder()
                    .hiringAssessesInnovation(true)
                    .staffReviewsIncludeInnovation(true))),
        partlyMet(
            "R1.7",
            "hiring assesses innovation, reviews do not include it",
            staff(
                InnovationStaff.builder()
                    .hiringAssessesInnovation(true)
                    .staffReviewsIncludeInnovation(false))),
        notMet(
            "R1.7",
            "neither hiring nor reviews consider innovation",
            staff(
                InnovationStaff.builder()
                    .hiringAssessesInnovation(false)
                    .staffReviewsIncludeInnovation(false))),
        between(
            "R1.7",
            "reviews include innovation, hiring unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R1.7",
            "hiring does not assess innovation, reviews unknown: a certain gap",
            staff(InnovationStaff.builder().hiringAssessesInnovation(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R1.7", "nothing stated", unknownCity()),
        met(
            "R1.8",
            "staff incentivised to take risks and to collaborate across agencies",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(true)
                    .crossAgencyCollaborationIncentives(true))),
        partlyMet(
            "R1.8",
            "staff incentivised to take risks, not to collaborate across agencies",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(true)
                    .crossAgencyCollaborationIncentives(false))),
        notMet(
            "R1.8",
            "no incentive to take risks or to collaborate",
            culture(
                Culture.builder()
                    .staffRiskTakingIncentives(false)
                    .crossAgencyCollaborationIncentives(false))),
        between(
            "R1.8",
            "no incentive to take risks, collaboration incentives unknown: a certain gap",
            culture(Culture.builder().staffRiskTakingIncentives(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R1.8",
            "staff incentivised to collaborate, risk-taking incentives unknown",
            culture(Culture.builder().crossAgencyCollaborationIncentives(true)),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R1.8", "nothing stated", unknownCity()),
        met(
            "R1.9",
            "innovation in the everyday work of every agency",
            culture(Culture.builder().innovationReach(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R1.9",
            "innovation in most agencies",
            culture(Culture.builder().innovationReach(Coverage.MOST_AGENCIES))),
        partlyMet(
            "R1.9",
            "innovation in some agencies",
            culture(Culture.builder().innovationReach(Coverage.SOME_AGENCIES))),
        notMet(
            "R1.9",
            "innovation confined to the innovation team",
            culture(Culture.builder().innovationReach(Coverage.INNOVATION_TEAM_ONLY))),
        notMet(
            "R1.9",
            "innovation nowhere",
            culture(Culture.builder().innovationReach(Coverage.NONE))),
        between(
            "R1.9", "reach unknown: any of the three", unknownCity(), Status.NOT_MET, Status.MET));
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
