package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The funding section. Its ranges are checked when it is built; contradictions between its facts
 * are checked with the whole profile ({@link Implications}), at the absolute pointer of the
 * contradicting fact.
 */
class FundingTest {

  static BudgetLine line(int year, String amount) {
    return BudgetLine.builder().year(year).amount(new BigDecimal(amount)).currency("EUR").build();
  }

  /** Builds a whole profile with this funding, which checks it against every implication. */
  static CityProfile profileWith(Funding.Builder funding) {
    return city().funding(funding.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_line_with_money_when_there_is_said_to_be_no_dedicated_budget() {
    assertThat(
            Funding.builder()
                .dedicatedBudget(false)
                .addBudgetLine(line(2026, "1"))
                .build()
                .budgetLines())
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0} years")
  @ValueSource(ints = {-1, 51})
  void rejects_a_commitment_horizon_outside_0_to_50_years(int years) {
    assertRejected(
        () -> Funding.builder().commitmentHorizonYears(years).build(),
        "/commitmentHorizonYears",
        "the commitment horizon");
  }

  @ParameterizedTest(name = "{0} years")
  @ValueSource(ints = {0, 50})
  void builds_a_commitment_horizon_at_either_end_of_the_range(int years) {
    assertThat(Funding.builder().commitmentHorizonYears(years).build().commitmentHorizonYears())
        .hasValue(years);
  }

  @Test
  void rejects_a_budget_year_listed_twice_at_its_second_line() {
    assertRejected(
        () ->
            Funding.builder()
                .addBudgetLines(line(2025, "100000"), line(2026, "120000"), line(2025, "90000"))
                .build(),
        "/budgetLines/2/year",
        "the budget year 2025 appears more than once");
  }

  @Test
  void builds_one_line_for_each_of_several_years() {
    assertThat(
            Funding.builder()
                .addBudgetLines(line(2025, "100000"), line(2026, "120000"))
                .build()
                .budgetLines())
        .hasSize(2);
  }

  @Test
  void rejects_a_line_with_money_when_there_is_said_to_be_no_dedicated_budget() {
    assertContradicts(
        () ->
            profileWith(
                Funding.builder()
                    .dedicatedBudget(false)
                    .addBudgetLines(line(2025, "0"), line(2026, "1"))),
        "/funding/budgetLines/1/amount",
        "/funding/dedicatedBudget",
        "a city with no dedicated innovation budget",
        "(/funding/budgetLines/*/amount = 0, found 1 EUR)");
  }

  @Test
  void rejects_a_commitment_ahead_when_there_is_said_to_be_no_dedicated_budget() {
    assertContradicts(
        () -> profileWith(Funding.builder().dedicatedBudget(false).commitmentHorizonYears(2)),
        "/funding/commitmentHorizonYears",
        "/funding/dedicatedBudget",
        "a city with no dedicated innovation budget",
        "(/funding/commitmentHorizonYears = 0, found 2)");
  }

  @Test
  void builds_a_commitment_of_zero_years_when_there_is_no_dedicated_budget() {
    assertThat(
            profileWith(Funding.builder().dedicatedBudget(false).commitmentHorizonYears(0))
                .funding()
                .commitmentHorizonYears())
        .hasValue(0);
  }

  @Test
  void builds_a_line_of_zero_when_there_is_said_to_be_no_dedicated_budget() {
    CityProfile profile =
        profileWith(Funding.builder().dedicatedBudget(false).addBudgetLine(line(2026, "0")));

    assertThat(profile.funding().dedicatedBudget()).hasValue(false);
  }

  @Test
  void builds_a_line_with_money_when_the_dedicated_budget_is_unknown() {
    assertThat(
            profileWith(Funding.builder().addBudgetLine(line(2026, "50000")))
                .funding()
                .dedicatedBudget())
        .isEmpty();
  }
}
