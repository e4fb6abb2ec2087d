package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One fact a check read: where it is in the profile, as a JSON Pointer, and the value seen, or
 * empty when the profile does not state it.
 *
 * @param pointer the JSON Pointer of the fact, for example {@code /strategy/published}
 * @param value the value seen, in its canonical text form, or empty when unknown
 */
public record Evidence(String pointer, Optional<String> value) {

  /** Creates evidence; both parts are required. */
  public Evidence {
    requireNonNull(pointer, "pointer");
    requireNonNull(value, "value");
  }

  /** Whether the profile states this fact. */
  public boolean isKnown() {
    return value.isPresent();
  }

  @Override
  public String toString() {
    return pointer + " = " + value.orElse("unknown");
  }
}
