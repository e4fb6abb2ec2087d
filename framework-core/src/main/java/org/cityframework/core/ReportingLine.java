package org.cityframework.core;

/** Whom a team or position reports to (seed L105, L41). */
public enum ReportingLine {
  /** The mayor. */
  MAYOR(true),

  /** A deputy mayor. */
  DEPUTY_MAYOR(true),

  /** The city manager or chief administrative officer. */
  CHIEF_ADMINISTRATIVE_OFFICER(true),

  /** The head of one agency or department. */
  AGENCY_HEAD(false),

  /** Middle management. */
  MIDDLE_MANAGEMENT(false);

  private final boolean seniorLeadership;

  ReportingLine(boolean seniorLeadership) {
    this.seniorLeadership = seniorLeadership;
  }

  /**
   * Whether this line reaches the city's senior leadership, as recommendation 4 asks of dedicated
   * innovation staff (L105): the mayor, a deputy mayor or the chief administrative officer.
   */
  public boolean isSeniorLeadership() {
    return seniorLeadership;
  }
}
