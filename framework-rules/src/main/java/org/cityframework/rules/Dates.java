package org.cityframework.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates of the documents the command line reads besides profiles (tailoring files, assessment
 * documents): YYYY-MM-DD in ASCII digits, a four-digit year and a day the month has, as the profile
 * reader and the schemas' {@code "format": "date"} read them. No sign, no fifth digit of the year,
 * no time, no spaces.
 */
final class Dates {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Dates() {}

  /** The date a text writes; empty when it is not one. */
  static Optional<LocalDate> parse(String text) {
    if (!DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
