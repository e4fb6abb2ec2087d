package org.cityframework.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Collects the invariant violations of one value, then throws them together. A check builds a
 * message only for a problem it reports, so a valid value costs no text.
 */
final class Problems {
  private List<ProfileProblem> found;

  void add(String pointer, String message) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(new ProfileProblem(pointer, message));
  }

  void require(boolean holds, String pointer, String message) {
    if (!holds) {
      add(pointer, message);
    }
  }

  void notNegative(OptionalInt value, String pointer, String what) {
    if (value.isPresent() && value.getAsInt() < 0) {
      add(pointer, what + " cannot be negative (found " + value.getAsInt() + ")");
    }
  }

  void percentage(OptionalInt value, String pointer, String what) {
    if (value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > 100)) {
      add(pointer, what + " is a percentage from 0 to 100 (found " + value.getAsInt() + ")");
    }
  }

  /** A text that names something must show something ({@link BlankText}). */
  void notBlank(String value, String pointer, String what) {
    if (BlankText.isBlank(value)) {
      add(pointer, what + " must not be blank (made only of spaces or invisible characters)");
    }
  }

  void notBlank(Optional<String> value, String pointer, String what) {
    value.ifPresent(v -> notBlank(v, pointer, what));
  }

  /**
   * A decimal fact must be within {@link DecimalBounds}. The message does not show the value, whose
   * plain form can be huge ({@code 1e-999999999}); it counts its digits.
   */
  void decimal(BigDecimal value, String pointer, String what) {
    if (!DecimalBounds.contains(value)) {
      long integerDigits = Math.max(0L, (long) value.precision() - value.scale());
      long fractionDigits = Math.max(0, value.scale());
      add(
          pointer,
          what
              + " has "
              + DecimalBounds.describe()
              + " (found "
              + integerDigits
              + " before it and "
              + fractionDigits
              + " after it)");
    }
  }

  void decimal(Optional<BigDecimal> value, String pointer, String what) {
    value.ifPresent(v -> decimal(v, pointer, what));
  }

  /** Whether a date is known and after the limit: what {@link #notAfter} reports. */
  static boolean isAfter(Optional<LocalDate> date, LocalDate limit) {
    return date.isPresent() && date.get().isAfter(limit);
  }

  void notAfter(Optional<LocalDate> date, LocalDate limit, String pointer, String what) {
    date.ifPresent(
        d -> {
          if (d.isAfter(limit)) {
            add(pointer, what + " (" + d + ") is after the assessment date (" + limit + ")");
          }
        });
  }

  /** A "no" on {@code flag} contradicts any of the "yes" facts that presuppose it. */
  void contradiction(Optional<Boolean> flag, boolean presupposed, String pointer, String message) {
    if (flag.isPresent() && !flag.get() && presupposed) {
      add(pointer, message);
    }
  }

  static boolean anyTrue(Map<?, Boolean> facts) {
    return facts.containsValue(Boolean.TRUE);
  }

  static boolean isTrue(Optional<Boolean> fact) {
    return fact.orElse(false);
  }

  /** Whether a fact is known to be "no": what {@link #contradiction} looks for. */
  static boolean isFalse(Optional<Boolean> fact) {
    return fact.isPresent() && !fact.get();
  }

  void throwIfAny() {
    if (found != null) {
      throw new InvalidProfileException(found);
    }
  }
}
