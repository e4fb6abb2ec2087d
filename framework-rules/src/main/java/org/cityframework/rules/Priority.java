package org.cityframework.rules;

/**
 * How urgently a finding needs attention, derived from its status, whether other practices build on
 * it, and its weight. The rules are written in {@code docs/prioritisation.md}.
 */
public enum Priority {
  /** A gap in a foundation other practices build on, or a wholly unmet practice of top weight. */
  HIGH,

  /** Any other gap of weight 2 or more, or an unknown foundation. */
  MEDIUM,

  /** Any other gap or unknown. */
  LOW,

  /** Nothing to do: met, not applicable, or waived. */
  NONE;

  /** Whether this priority is at least as urgent as {@code other}. */
  public boolean isAtLeast(Priority other) {
    return compareTo(other) <= 0;
  }
}
