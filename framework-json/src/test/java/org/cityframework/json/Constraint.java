package org.cityframework.json;

import java.math.BigDecimal;

/**
 * A range, length, pattern or format that the library enforces on one property of a document, for
 * the schema to state. {@code onItems} applies it to each item of a list instead of the list.
 */
record Constraint(
    BigDecimal minimum,
    BigDecimal maximum,
    Integer minLength,
    String pattern,
    String format,
    boolean onItems) {

  static Constraint range(long min, long max) {
    return new Constraint(
        BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, null, null, false);
  }

  static Constraint minimum(long min) {
    return new Constraint(BigDecimal.valueOf(min), null, null, null, null, false);
  }

  static Constraint notEmpty() {
    return new Constraint(null, null, 1, null, null, false);
  }

  static Constraint pattern(String regex) {
    return new Constraint(null, null, null, regex, null, false);
  }

  static Constraint format(String format) {
    return new Constraint(null, null, null, null, format, false);
  }

  /** This constraint on every item of a list. */
  Constraint items() {
    return new Constraint(minimum, maximum, minLength, pattern, format, true);
  }
}
