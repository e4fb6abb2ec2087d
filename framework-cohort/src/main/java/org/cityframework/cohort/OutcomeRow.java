package org.cityframework.cohort;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One city's row of an {@link OutcomeTable}: the city it names and its value of each outcome.
 *
 * @param row the row's number in the file, the header being row 1
 * @param city the city's name, as written in the {@code city} column (surrounding spaces removed)
 * @param country the city's country, when the table has a {@code country} column and the cell is
 *     not blank
 * @param values each outcome's value, in the table's column order; empty for a blank cell (a
 *     missing value)
 */
public record OutcomeRow(
    int row, String city, Optional<String> country, Map<String, OptionalDouble> values) {

  /** Creates a row; the map of values is copied, keeping its order. */
  public OutcomeRow {
    requireNonNull(city, "city");
    requireNonNull(country, "country");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of one outcome; empty when the cell is blank or the table has no such column. */
  public OptionalDouble value(String outcome) {
    return values.getOrDefault(outcome, OptionalDouble.empty());
  }
}
