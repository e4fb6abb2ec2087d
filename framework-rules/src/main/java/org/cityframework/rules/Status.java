package org.cityframework.rules;

/** The outcome of one check against one city profile. */
public enum Status {
  /** The profile shows the practice in place. */
  MET,

  /** The profile shows the practice partly in place. */
  PARTLY_MET,

  /** The profile shows the practice is not in place. */
  NOT_MET,

  /**
   * The profile does not state the facts the check needs, and what it does state does not decide
   * the outcome: collect them (the report says not to delay for missing data, L167-169).
   */
  NOT_ASSESSED,

  /** The practice does not apply to this city, as the report itself conditions it. */
  NOT_APPLICABLE;

  /** Whether the profile shows a gap: {@link #NOT_MET} or {@link #PARTLY_MET}. */
  public boolean isGap() {
    return this == NOT_MET || this == PARTLY_MET;
  }

  /** Whether the outcome counts in a score: met, partly met or not met. */
  public boolean isAssessed() {
    return this == MET || this == PARTLY_MET || this == NOT_MET;
  }
}
