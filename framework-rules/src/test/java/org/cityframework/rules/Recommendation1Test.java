package org.cityframework.rules;

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

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R1.0",
            "mayor and managers prioritise innovation",
            leadership(
                Leadership.builder()
                    .mayorPrioritisesInnovation(true)
                    .managersPrioritiseInnovation(true))),
        partlyMet(
            "R1.0",
            "mayor prioritises innovation, managers do not",
            leadership(
                Leadership.builder()
                    .mayorPrioritisesInnovation(true)
                    .managersPrioritiseInnovation(false))),
        notMet(
            "R1.0",
            "neither mayor nor managers prioritise innovation",
            leadership(
                Leadership.builder()
                    .mayorPrioritisesInnovation(false)
                    .managersPrioritiseInnovation(false))),
        unknown(
            "R1.0",
            "mayor prioritises innovation, managers unknown",
            leadership(Leadership.builder().mayorPrioritisesInnovation(true))),
        unknown("R1.0", "nothing stated", unknownCity()),
        met(
            "R1.1",
            "innovation serves the mayor's core goals",
            leadership(Leadership.builder().innovationInCoreMayoralGoals(true))),
        notMet(
            "R1.1",
            "innovation stands alone",
            leadership(Leadership.builder().innovationInCoreMayoralGoals(false))),
        unknown("R1.1", "nothing stated", unknownCity()),
        met(
            "R1.2",
            "a dedicated budget and a dedicated team",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(true),
                InnovationStaff.builder().dedicatedTeam(true))),
        met(
            "R1.2",
            "a budget line with money, budget flag unstated, and a dedicated team",
            fundingAndTeam(
                Funding.builder().addBudgetLine(line(2026, "250000")),
                InnovationStaff.builder().dedicatedTeam(true))),
        partlyMet(
            "R1.2",
            "a dedicated budget but no dedicated team",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(true),
                InnovationStaff.builder().dedicatedTeam(false))),
        partlyMet(
            "R1.2",
            "a dedicated team but no dedicated budget",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(false),
                InnovationStaff.builder().dedicatedTeam(true))),
        notMet(
            "R1.2",
            "no dedicated budget, only a zero budget line, and no dedicated team",
            fundingAndTeam(
                Funding.builder().dedicatedBudget(false).addBudgetLine(line(2026, "0")),
                InnovationStaff.builder().dedicatedTeam(false))),
        unknown(
            "R1.2",
            "a zero budget line alone says nothing of funding, though there is a team",
            fundingAndTeam(
                Funding.builder().addBudgetLine(line(2026, "0")),
                InnovationStaff.builder().dedicatedTeam(true))),
        unknown(
            "R1.2",
            "no dedicated budget, team unknown",
            city().funding(Funding.builder().dedicatedBudget(false).build()).build()),
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
        unknown(
            "R1.3",
            "managers hired for innovation, training unknown",
            staff(InnovationStaff.builder().managersHiredForInnovation(true))),
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
        unknown(
            "R1.4",
            "staff reviews include innovation, agency reviews unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(true))),
        met(
            "R1.5",
            "a champion not stated as such, but reporting to the mayor and integrated",
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
        unknown(
            "R1.5",
            "a champion reporting to the mayor, integration unknown",
            leadership(
                Leadership.builder()
                    .innovationChampion(true)
                    .championReportsTo(ReportingLine.MAYOR))),
        unknown(
            "R1.5",
            "an integrated champion, reporting line unknown",
            leadership(Leadership.builder().innovationChampion(true).championIntegrated(true))),
        unknown("R1.5", "nothing stated", unknownCity()),
        met(
            "R1.6",
            "exactly two co-creation approaches in use, the others unknown",
            tools(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, true)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, true))),
        partlyMet(
            "R1.6",
            "one co-creation approach in use, the other three not",
            tools(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, true)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false))),
        notMet(
            "R1.6",
            "none of the four co-creation approaches in use, though the city runs hackathons",
            tools(
                Engagement.builder()
                    .putInnovationTool(InnovationTool.HUMAN_CENTRED_DESIGN, false)
                    .putInnovationTool(InnovationTool.INNOVATION_LABS, false)
                    .putInnovationTool(InnovationTool.PARTICIPATORY_BUDGETING, false)
                    .putInnovationTool(InnovationTool.RESIDENT_SURVEYS, false)
                    .putInnovationTool(InnovationTool.HACKATHONS, true))),
        unknown(
            "R1.6",
            "one co-creation approach in use, the others unknown",
            tools(Engagement.builder().putInnovationTool(InnovationTool.INNOVATION_LABS, true))),
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
        unknown(
            "R1.7",
            "reviews include innovation, hiring unknown",
            staff(InnovationStaff.builder().staffReviewsIncludeInnovation(true))),
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
        unknown(
            "R1.8",
            "no incentive to take risks, collaboration incentives unknown",
            culture(Culture.builder().staffRiskTakingIncentives(false))),
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
        unknown("R1.9", "reach unknown", unknownCity()));
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
