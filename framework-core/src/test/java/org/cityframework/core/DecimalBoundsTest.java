package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every decimal fact of the model is bounded ({@link DecimalBounds}), however it is built: a value
 * short to write but huge to compute with is refused at once, with the fact's pointer, and never
 * printed in full.
 */
class DecimalBoundsTest {

  /** Each decimal fact: the pointer its problem has, and how to build a value holding it. */
  static Stream<Arguments> facts() {
    return Stream.of(
        fact("/baseline", d -> GoalTest.goal().baseline(d).build()),
        fact("/current", d -> GoalTest.goal().current(d).build()),
        fact("/target", d -> GoalTest.goal().target(d).build()),
        fact("/amount", d -> BudgetLineTest.line().amount(d).build()));
  }

  private static Arguments fact(String pointer, Function<BigDecimal, Object> build) {
    return Arguments.of(pointer, Named.of("builder", build));
  }

  static Stream<Arguments> outside() {
    return facts()
        .flatMap(
            f ->
                Stream.of(
                        "1e-999999999",
                        "1e999999",
                        "1e999999999",
                        "1" + "0".repeat(DecimalBounds.MAX_INTEGER_DIGITS),
                        "0." + "0".repeat(DecimalBounds.MAX_FRACTION_DIGITS) + "1",
                        "1e19",
                        "1e-13")
                    .map(n -> Arguments.of(f.get()[0], f.get()[1], n)));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("outside")
  @Timeout(5)
  void refuses_a_decimal_outside_the_bounds(
      String pointer, Function<BigDecimal, Object> build, String number) {
    ProfileProblem problem =
        assertRejected(() -> build.apply(new BigDecimal(number)), pointer, "digits");
    assertThat(problem.message()).contains(DecimalBounds.describe()).hasSizeLessThan(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void accepts_the_decimals_at_the_bounds(String pointer, Function<BigDecimal, Object> build) {
    for (String number :
        new String[] {
          "9".repeat(DecimalBounds.MAX_INTEGER_DIGITS),
          "0." + "0".repeat(DecimalBounds.MAX_FRACTION_DIGITS - 1) + "1",
          "9".repeat(DecimalBounds.MAX_INTEGER_DIGITS)
              + "."
              + "9".repeat(DecimalBounds.MAX_FRACTION_DIGITS),
          "1e17",
          "1e-12",
          "0"
        }) {
      assertThat(build.apply(new BigDecimal(number))).as(pointer + " = " + number).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e-999999999", "-1e999999999"})
  @Timeout(5)
  void an_extreme_negative_or_tiny_amount_is_refused_for_its_size_without_printing_it(
      String number) {
    ProfileProblem problem =
        assertRejected(
            () -> BudgetLineTest.line().amount(new BigDecimal(number)).build(),
            "/amount",
            "digits");
    assertThat(problem.message()).doesNotContain("cannot be negative");
  }

  @org.junit.jupiter.api.Test
  void a_decimal_with_a_negative_scale_is_kept_as_the_equal_plain_number() {
    Goal goal =
        GoalTest.goal()
            .baseline(new BigDecimal("1E+3"))
            .current(new BigDecimal("12000").stripTrailingZeros())
            .target(new BigDecimal("1E+17"))
            .build();
    assertThat(goal.baseline()).hasValue(new BigDecimal("1000"));
    assertThat(goal.current()).hasValue(new BigDecimal("12000"));
    assertThat(goal.target()).hasValue(new BigDecimal("100000000000000000"));
    assertThat(goal.withBaseline(new BigDecimal("2E+1")).baseline()).hasValue(new BigDecimal("20"));
    BudgetLine line = BudgetLineTest.line().amount(new BigDecimal("2.5E+5")).build();
    assertThat(line.amount()).isEqualTo(new BigDecimal("250000"));
    assertThat(line).isEqualTo(BudgetLineTest.line().build());
  }

  @org.junit.jupiter.api.Test
  void the_bounds_are_decided_by_digits_as_written() {
    assertThat(DecimalBounds.contains(new BigDecimal("1E+17"))).isTrue();
    assertThat(DecimalBounds.contains(new BigDecimal("1E+18"))).isFalse();
    assertThat(DecimalBounds.contains(new BigDecimal("1.000000000000"))).isTrue();
    assertThat(DecimalBounds.contains(new BigDecimal("1.0000000000000"))).isFalse();
    assertThat(DecimalBounds.contains(new BigDecimal("-999999999999999999"))).isTrue();
  }
}
