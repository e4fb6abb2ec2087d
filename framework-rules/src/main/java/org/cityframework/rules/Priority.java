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

  /**
   * The priority of a finding: the one rule the ranking applies and a {@link Finding} is checked
   * against. A certain gap (best case not met or partly met) is prioritised as its best case, the
   * gap it has whatever the unknown facts are: high in a foundation or when wholly unmet at weight
   * 3, medium at weight 2 or more, low otherwise. An undecided finding that may still be met is
   * work to find out: medium in a foundation, low otherwise. One that is met or not applicable
   * whatever the unknown facts are, or waived, needs nothing.
   *
   * @param verdict the statuses the facts leave possible
   * @param foundation whether other checks build on the finding's check
   * @param weight the weight of the check in force
   * @param waived whether a waiver applies
   */
  static Priority of(Verdict verdict, boolean foundation, int weight, boolean waived) {
    Status worst = verdict.worstCase();
    if (waived || worst == Status.MET || worst == Status.NOT_APPLICABLE) {
      return NONE;
    }
    if (!verdict.isCertainGap()) {
      return foundation ? MEDIUM : LOW;
    }
    if (foundation || (verdict.bestCase() == Status.NOT_MET && weight >= 3)) {
      return HIGH;
    }
    return weight >= 2 ? MEDIUM : LOW;
  }

  /** Whether this priority is at least as urgent as {@code other}. */
  public boolean isAtLeast(Priority other) {
    return compareTo(other) <= 0;
  }
}
