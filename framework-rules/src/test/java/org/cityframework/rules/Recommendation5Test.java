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
import org.cityframework.core.Engagement;
import org.cityframework.core.Funding;
import org.cityframework.core.ImpactEvidence;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.StrategyStatus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation5Test {

  /** A year's innovation budget line; the test profiles are assessed in 2026. */
  static BudgetLine line(int year, String amount) {
    return BudgetLine.builder().year(year).amount(new BigDecimal(amount)).currency("EUR").build();
  }

  static CityProfile funding(Funding.Builder funding) {
    return city().funding(funding.build()).build();
  }

  static CityProfile partnerships(Engagement.Builder engagement) {
    return city().engagement(engagement.build()).build();
  }

  static InnovationStrategy.Builder adopted() {
    return InnovationStrategy.builder().status(StrategyStatus.ADOPTED);
  }

  static final InnovationStrategy NO_STRATEGY =
      InnovationStrategy.builder().status(StrategyStatus.NONE).build();

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R5.0",
            "funded in 2024, 2025 and 2026 and committed three years ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(
                        line(2024, "250000"), line(2025, "260000"), line(2026, "270000"))
                    .commitmentHorizonYears(3))),
        partlyMet(
            "R5.0",
            "funded in each of the three years but committed only two years ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(
                        line(2024, "250000"), line(2025, "260000"), line(2026, "270000"))
                    .commitmentHorizonYears(2))),
        partlyMet(
            "R5.0",
            "funded in each of the three years, nothing committed ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(
                        line(2024, "250000"), line(2025, "260000"), line(2026, "270000"))
                    .commitmentHorizonYears(0))),
        met(
            "R5.0",
            "each year keeps exactly 75% of the year before, committed three years ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(line(2024, "100000"), line(2025, "75000"), line(2026, "56250"))
                    .commitmentHorizonYears(3))),
        partlyMet(
            "R5.0",
            "2025 keeps just under 75% of 2024, committed three years ahead: not steady",
            funding(
                Funding.builder()
                    .addBudgetLines(line(2024, "100000"), line(2025, "74999"), line(2026, "74999"))
                    .commitmentHorizonYears(3))),
        partlyMet(
            "R5.0",
            "funded in 2026 only, the 2024 and 2025 lines are zero, committed five years ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(line(2024, "0"), line(2025, "0"), line(2026, "100000"))
                    .commitmentHorizonYears(5))),
        partlyMet(
            "R5.0",
            "funded in 2026, zero in 2025, 2024 and the horizon not stated: partly met either way",
            funding(Funding.builder().addBudgetLines(line(2025, "0"), line(2026, "100000")))),
        notMet(
            "R5.0",
            "no dedicated budget (no money, nothing committed by implication), no partners in kind",
            city()
                .funding(Funding.builder().dedicatedBudget(false).build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, false)
                        .build())
                .build()),
        partlyMet(
            "R5.0",
            "no dedicated budget, but partners provide skills and resources in kind (L123)",
            city()
                .funding(Funding.builder().dedicatedBudget(false).build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, true)
                        .build())
                .build()),
        between(
            "R5.0",
            "no dedicated budget, partners in kind not stated: a certain gap",
            funding(Funding.builder().dedicatedBudget(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        met(
            "R5.0",
            "steady funding and a three-year commitment, no partners in kind: met by the budget",
            city()
                .funding(
                    Funding.builder()
                        .addBudgetLines(
                            line(2024, "250000"), line(2025, "260000"), line(2026, "270000"))
                        .commitmentHorizonYears(3)
                        .build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, false)
                        .build())
                .build()),
        notMet(
            "R5.0",
            "funded in 2023 and 2027 only, outside the three years, nothing committed ahead, no"
                + " partners in kind",
            city()
                .funding(
                    Funding.builder()
                        .addBudgetLines(
                            line(2023, "90000"),
                            line(2024, "0"),
                            line(2025, "0"),
                            line(2026, "0"),
                            line(2027, "90000"))
                        .commitmentHorizonYears(0)
                        .build())
                .engagement(
                    Engagement.builder()
                        .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, false)
                        .build())
                .build()),
        between(
            "R5.0",
            "funded in 2023 and 2027 only, nothing committed ahead, partners in kind not stated",
            funding(
                Funding.builder()
                    .addBudgetLines(
                        line(2023, "90000"),
                        line(2024, "0"),
                        line(2025, "0"),
                        line(2026, "0"),
                        line(2027, "90000"))
                    .commitmentHorizonYears(0)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R5.0",
            "funded in 2025 and 2026, 2024 not stated, committed three years ahead",
            funding(
                Funding.builder()
                    .addBudgetLines(line(2025, "260000"), line(2026, "270000"))
                    .commitmentHorizonYears(3)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R5.0",
            "funded in each of the three years, the horizon not stated",
            funding(
                Funding.builder()
                    .dedicatedBudget(true)
                    .addBudgetLines(
                        line(2024, "250000"), line(2025, "260000"), line(2026, "270000"))),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R5.0", "nothing stated", unknownCity()),
        met(
            "R5.1",
            "a dedicated budget set ex ante, enshrined in the adopted strategy and discussed",
            city()
                .funding(
                    Funding.builder()
                        .dedicatedBudget(true)
                        .setExAnte(true)
                        .inBudgetDiscussions(true)
                        .build())
                .strategy(adopted().setsInnovationBudget(true).build())
                .build()),
        met(
            "R5.1",
            "set ex ante, in the strategy and discussed: the dedicated budget is implied",
            city()
                .funding(Funding.builder().setExAnte(true).inBudgetDiscussions(true).build())
                .strategy(adopted().setsInnovationBudget(true).build())
                .build()),
        partlyMet(
            "R5.1",
            "set ex ante and discussed, but the strategy does not enshrine it",
            city()
                .funding(Funding.builder().setExAnte(true).inBudgetDiscussions(true).build())
                .strategy(adopted().setsInnovationBudget(false).build())
                .build()),
        partlyMet(
            "R5.1",
            "set ex ante and discussed, but the city has no strategy to enshrine it",
            city()
                .funding(Funding.builder().setExAnte(true).inBudgetDiscussions(true).build())
                .strategy(NO_STRATEGY)
                .build()),
        partlyMet(
            "R5.1",
            "a dedicated budget, but no strategy, not set ex ante, not in budget discussions",
            city()
                .funding(
                    Funding.builder()
                        .dedicatedBudget(true)
                        .setExAnte(false)
                        .inBudgetDiscussions(false)
                        .build())
                .strategy(NO_STRATEGY)
                .build()),
        notMet(
            "R5.1",
            "no dedicated budget: ex ante, strategy and discussions not stated, the budget implies"
                + " none",
            funding(Funding.builder().dedicatedBudget(false))),
        between(
            "R5.1",
            "not set ex ante, not in the strategy, not in budget discussions, the dedicated budget"
                + " not stated: a certain gap",
            city()
                .funding(Funding.builder().setExAnte(false).inBudgetDiscussions(false).build())
                .strategy(adopted().setsInnovationBudget(false).build())
                .build(),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R5.1",
            "set ex ante, the strategy and budget discussions not stated",
            funding(Funding.builder().setExAnte(true)),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R5.1", "nothing stated", unknownCity()),
        met(
            "R5.2",
            "low-cost innovations come first",
            funding(Funding.builder().prioritisesLowCostInnovation(true))),
        notMet(
            "R5.2",
            "low-cost innovations do not come first",
            funding(Funding.builder().prioritisesLowCostInnovation(false))),
        either(
            "R5.2",
            "a dedicated budget, low-cost priority not stated: met or not met",
            funding(Funding.builder().dedicatedBudget(true)),
            Status.NOT_MET,
            Status.MET),
        unknown("R5.2", "nothing stated", unknownCity()),
        met(
            "R5.3",
            "funding is protected from leadership turnover",
            funding(Funding.builder().protectedFromLeadershipTurnover(true))),
        notMet(
            "R5.3",
            "funding lapses with leadership turnover",
            funding(Funding.builder().protectedFromLeadershipTurnover(false))),
        either(
            "R5.3",
            "committed five years ahead, protection from turnover not stated: met or not met",
            funding(Funding.builder().commitmentHorizonYears(5)),
            Status.NOT_MET,
            Status.MET),
        unknown("R5.3", "nothing stated", unknownCity()),
        met(
            "R5.4",
            "a champion takes part in budget hearings",
            funding(Funding.builder().championInBudgetHearings(true))),
        notMet(
            "R5.4",
            "no champion takes part in budget hearings",
            funding(Funding.builder().championInBudgetHearings(false))),
        either(
            "R5.4",
            "champions on the council, budget hearings not stated: met or not met",
            funding(Funding.builder().councilChampions(true)),
            Status.NOT_MET,
            Status.MET),
        unknown("R5.4", "nothing stated", unknownCity()),
        met(
            "R5.5",
            "evidence drives funding decisions and savings are tracked",
            funding(Funding.builder().evidenceUsedInFundingDecisions(true).savingsTracked(true))),
        met(
            "R5.5",
            "evidence drives funding decisions, from outcomes evaluation only",
            funding(
                Funding.builder()
                    .evidenceUsedInFundingDecisions(true)
                    .putImpactEvidence(ImpactEvidence.OUTCOME_EVALUATION, true)
                    .putImpactEvidence(ImpactEvidence.DATA_ANALYTICS, false)
                    .putImpactEvidence(ImpactEvidence.QUALITATIVE_SURVEYS, false)
                    .savingsTracked(false))),
        partlyMet(
            "R5.5",
            "evidence drives funding decisions, yet none of the four kinds is produced",
            funding(
                Funding.builder()
                    .evidenceUsedInFundingDecisions(true)
                    .putImpactEvidence(ImpactEvidence.OUTCOME_EVALUATION, false)
                    .putImpactEvidence(ImpactEvidence.DATA_ANALYTICS, false)
                    .putImpactEvidence(ImpactEvidence.QUALITATIVE_SURVEYS, false)
                    .savingsTracked(false))),
        partlyMet(
            "R5.5",
            "data analytics on impact, but evidence does not drive funding decisions",
            funding(
                Funding.builder()
                    .evidenceUsedInFundingDecisions(false)
                    .putImpactEvidence(ImpactEvidence.DATA_ANALYTICS, true))),
        notMet(
            "R5.5",
            "evidence not used, and none of the four kinds is produced",
            funding(
                Funding.builder()
                    .evidenceUsedInFundingDecisions(false)
                    .putImpactEvidence(ImpactEvidence.OUTCOME_EVALUATION, false)
                    .putImpactEvidence(ImpactEvidence.DATA_ANALYTICS, false)
                    .putImpactEvidence(ImpactEvidence.QUALITATIVE_SURVEYS, false)
                    .savingsTracked(false))),
        between(
            "R5.5",
            "evidence drives funding decisions, savings not tracked, other evidence not stated",
            funding(Funding.builder().evidenceUsedInFundingDecisions(true).savingsTracked(false)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R5.5",
            "evidence not used, savings not tracked, other evidence not stated: a certain gap",
            funding(Funding.builder().evidenceUsedInFundingDecisions(false).savingsTracked(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        between(
            "R5.5",
            "evidence drives funding decisions, savings tracking not stated",
            funding(Funding.builder().evidenceUsedInFundingDecisions(true)),
            Status.PARTLY_MET,
            Status.MET),
        unknown("R5.5", "nothing stated", unknownCity()),
        met(
            "R5.6",
            "partners provide skills in kind and share knowledge with staff",
            partnerships(
                Engagement.builder()
                    .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, true)
                    .putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, true))),
        partlyMet(
            "R5.6",
            "partners provide skills in kind but share no knowledge",
            partnerships(
                Engagement.builder()
                    .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, true)
                    .putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, false))),
        notMet(
            "R5.6",
            "partners provide neither, though they train staff",
            partnerships(
                Engagement.builder()
                    .putPartnership(PartnershipPurpose.STAFF_TRAINING, true)
                    .putPartnership(PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND, false)
                    .putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, false))),
        between(
            "R5.6",
            "partners share knowledge, skills in kind not stated",
            partnerships(
                Engagement.builder().putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R5.6",
            "partners share no knowledge, skills in kind not stated: a certain gap",
            partnerships(
                Engagement.builder().putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R5.6", "nothing stated", unknownCity()),
        met(
            "R5.7",
            "champions on the council and in the community",
            funding(Funding.builder().councilChampions(true).communityChampions(true))),
        partlyMet(
            "R5.7",
            "champions on the council, none in the community",
            funding(Funding.builder().councilChampions(true).communityChampions(false))),
        notMet(
            "R5.7",
            "no champions anywhere",
            funding(Funding.builder().councilChampions(false).communityChampions(false))),
        between(
            "R5.7",
            "champions in the community, the council not stated",
            funding(Funding.builder().communityChampions(true)),
            Status.PARTLY_MET,
            Status.MET),
        between(
            "R5.7",
            "no champions in the community, the council not stated: a certain gap",
            funding(Funding.builder().communityChampions(false)),
            Status.NOT_MET,
            Status.PARTLY_MET),
        unknown("R5.7", "nothing stated", unknownCity()));
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
