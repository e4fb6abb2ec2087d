package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;
import static org.cityframework.core.ProfileAssertions.rejection;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetLineTest {

  static BudgetLine.Builder line() {
    return BudgetLine.builder().year(2026).amount(new BigDecimal("250000")).currency("EUR");
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {1899, 2201, -1})
  void rejects_a_budget_year_outside_1900_to_2200(int year) {
    assertRejected(() -> line().year(year).build(), "/year", "a budget year");
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {1900, 2200})
  void builds_a_budget_year_at_either_end_of_the_range(int year) {
    assertThat(line().year(year).build().year()).isEqualTo(year);
  }

  @Test
  void rejects_a_negative_amount() {
    assertRejected(
        () -> line().amount(new BigDecimal("-0.01")).build(),
        "/amount",
        "a budget amount cannot be negative (found -0.01)");
  }

  @Test
  void builds_a_line_of_zero() {
    assertThat(line().amount(BigDecimal.ZERO).build().amount()).isZero();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"eur", "EURO", "XYZ", ""})
  void rejects_a_currency_that_is_not_an_iso_4217_code(String currency) {
    assertRejected(() -> line().currency(currency).build(), "/currency", "ISO 4217");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EUR", "USD", "GBP", "JPY"})
  void builds_a_line_in_an_iso_4217_currency(String currency) {
    assertThat(line().currency(currency).build().currency()).isEqualTo(currency);
  }

  @Test
  void lists_every_problem_of_a_line_at_once() {
    assertThat(
            rejection(
                    () -> line().year(1800).amount(new BigDecimal("-5")).currency("euros").build())
                .problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/year", "/amount", "/currency");
  }
}
