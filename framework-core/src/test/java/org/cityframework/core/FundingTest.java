package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundingTest {

  static BudgetLine line(int year, String amount) {
    return BudgetLine.builder().year(year).amount(new BigDecimal(amount)).currency("EUR").build();
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
    assertRejected(
        () -> Funding.builder().dedicatedBudget(false).addBudgetLine(line(2026, "1")).build(),
        "/dedicatedBudget",
        "no dedicated innovation budget");
  }

  @Test
  void rejects_a_commitment_ahead_when_there_is_said_to_be_no_dedicated_budget() {
    assertRejected(
        () -> Funding.builder().dedicatedBudget(false).commitmentHorizonYears(2).build(),
        "/commitmentHorizonYears",
        "no dedicated innovation budget");
  }

  @Test
  void builds_a_commitment_of_zero_years_when_there_is_no_dedicated_budget() {
    assertThat(
            Funding.builder()
                .dedicatedBudget(false)
                .commitmentHorizonYears(0)
                .build()
                .commitmentHorizonYears())
        .hasValue(0);
  }

  @Test
  void builds_a_line_of_zero_when_there_is_said_to_be_no_dedicated_budget() {
    Funding funding =
        Funding.builder().dedicatedBudget(false).addBudgetLine(line(2026, "0")).build();

    assertThat(funding.dedicatedBudget()).hasValue(false);
  }

  @Test
  void builds_a_line_with_money_when_the_dedicated_budget_is_unknown() {
    assertThat(Funding.builder().addBudgetLine(line(2026, "50000")).build().dedicatedBudget())
        .isEmpty();
  }
}
