package org.cityframework.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** One year's dedicated innovation budget line in the city's budget (seed L121-127). */
@Value.Immutable
@CityValue
abstract class AbstractBudgetLine {
  /** ISO 4217 codes, collected once: the JDK copies its currency set on every call. */
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  /** The budget year. */
  public abstract int year();

  /** The amount budgeted for innovation in that year. */
  public abstract BigDecimal amount();

  /** The ISO 4217 code of the amount's currency, for example {@code EUR}. */
  public abstract String currency();

  /** What the line covers, in the budget's words. */
  public abstract Optional<String> description();

  /**
   * Checks the line's invariants; an amount written with a negative scale ({@code 1E+6}) is kept as
   * the equal plain number ({@code 1000000}), as a document writes it.
   */
  @Value.Check
  protected AbstractBudgetLine check() {
    Problems p = new Problems();
    if (year() < 1900 || year() > 2200) {
      p.add("/year", "a budget year must be between 1900 and 2200 (found " + year() + ")");
    }
    if (!DecimalBounds.contains(amount())) {
      p.decimal(amount(), "/amount", "a budget amount");
    } else if (amount().signum() < 0) {
      // Built only when needed: the plain form of an extreme amount can be huge.
      p.add("/amount", "a budget amount cannot be negative (found " + amount() + ")");
    }
    if (!isCurrency(currency())) {
      p.add(
          "/currency",
          "the currency must be an ISO 4217 code such as EUR or USD (found \""
              + currency()
              + "\")");
    }
    p.throwIfAny();
    return amount().scale() < 0
        ? BudgetLine.copyOf(this).withAmount(DecimalBounds.plain(amount()))
        : this;
  }

  private static boolean isCurrency(String code) {
    return CURRENCIES.contains(code);
  }
}
