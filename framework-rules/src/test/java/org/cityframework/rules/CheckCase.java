package org.cityframework.rules;

import java.util.Optional;
import org.cityframework.core.CityProfile;
import org.junit.jupiter.api.Named;

/**
 * One example for one check: a profile and the status the check must give it, and for a case whose
 * facts leave the status open, the exact verdict (the range of statuses) it must give.
 */
record CheckCase(
    String checkId,
    String description,
    CityProfile profile,
    Status expected,
    Optional<Verdict> bounds) {

  static CheckCase met(String id, String description, CityProfile profile) {
    return decided(id, description, profile, Status.MET);
  }

  static CheckCase partlyMet(String id, String description, CityProfile profile) {
    return decided(id, description, profile, Status.PARTLY_MET);
  }

  static CheckCase notMet(String id, String description, CityProfile profile) {
    return decided(id, description, profile, Status.NOT_MET);
  }

  static CheckCase notApplicable(String id, String description, CityProfile profile) {
    return decided(id, description, profile, Status.NOT_APPLICABLE);
  }

  /** An undecided case whose bounds the test does not pin down. */
  static CheckCase unknown(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.NOT_ASSESSED, Optional.empty());
  }

  /**
   * An undecided case whose verdict must be every status from {@code worst} to {@code best}; for
   * example {@code between(.., NOT_MET, PARTLY_MET)} is a certain gap.
   */
  static CheckCase between(
      String id, String description, CityProfile profile, Status worst, Status best) {
    Verdict bounds = Verdict.between(worst, best);
    if (bounds.isDecided()) {
      throw new IllegalArgumentException("between takes two different statuses");
    }
    return new CheckCase(id, description, profile, Status.NOT_ASSESSED, Optional.of(bounds));
  }

  /**
   * An undecided case whose verdict must be exactly the given statuses, for ranges with a hole (met
   * or not met, never partly met).
   */
  static CheckCase either(String id, String description, CityProfile profile, Status... allowed) {
    Verdict bounds = Verdict.of(allowed[0]);
    for (Status s : allowed) {
      bounds = bounds.or(Verdict.of(s));
    }
    return new CheckCase(id, description, profile, Status.NOT_ASSESSED, Optional.of(bounds));
  }

  private static CheckCase decided(
      String id, String description, CityProfile profile, Status status) {
    return new CheckCase(id, description, profile, status, Optional.of(Verdict.of(status)));
  }

  /** This case named for a parameterised test: {@code R3.1 MET: all goals measurable}. */
  Named<CheckCase> named() {
    String outcome = bounds.map(Verdict::toString).orElse(expected.name());
    return Named.of(checkId + " " + outcome + ": " + description, this);
  }
}
