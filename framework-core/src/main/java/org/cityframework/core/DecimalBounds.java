package org.cityframework.core;

import java.math.BigDecimal;

/**
 * The bounds on a decimal fact of the model (a goal's baseline, current value and target, a budget
 * line's amount): at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value
 * #MAX_FRACTION_DIGITS} after it. The model refuses a value outside them, and the document reader
 * refuses a number outside them before any arithmetic, so that a value short to write but huge to
 * compute with ({@code 1e999999999}, {@code 1e-999999999}) never reaches a check, a report or a
 * document. Every value within them writes as a plain decimal of at most 32 characters.
 */
public final class DecimalBounds {
  /** The most digits a decimal fact may have before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The most digits a decimal fact may have after its decimal point. */
  public static final int MAX_FRACTION_DIGITS = 12;

  private DecimalBounds() {}

  /**
   * Whether a value is within the bounds, as it is written: {@code 1E+3} has four digits before the
   * point, {@code 1.50} two after it. Decided from the value's precision and scale alone, without
   * arithmetic, so it takes the same short time for any value.
   */
  public static boolean contains(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
  }

  /**
   * The value as a document writes it, without a negative scale: {@code 1E+3} as {@code 1000}, an
   * equal number. The model keeps its decimals in this form, so that a value built through the Java
   * API writes and reads back equal. Cheap for a value within the bounds.
   */
  public static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * The bounds in words, for a message: "at most 18 digits before the decimal point and 12 after
   * it".
   */
  public static String describe() {
    return "at most "
        + MAX_INTEGER_DIGITS
        + " digits before the decimal point and "
        + MAX_FRACTION_DIGITS
        + " after it";
  }
}
