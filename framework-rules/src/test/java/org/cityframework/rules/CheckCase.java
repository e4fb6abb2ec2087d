package org.cityframework.rules;

import org.cityframework.core.CityProfile;
import org.junit.jupiter.api.Named;

/** One example for one check: a profile and the status the check must give it. */
record CheckCase(String checkId, String description, CityProfile profile, Status expected) {

  static CheckCase met(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.MET);
  }

  static CheckCase partlyMet(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.PARTLY_MET);
  }

  static CheckCase notMet(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.NOT_MET);
  }

  static CheckCase unknown(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.NOT_ASSESSED);
  }

  static CheckCase notApplicable(String id, String description, CityProfile profile) {
    return new CheckCase(id, description, profile, Status.NOT_APPLICABLE);
  }

  /** This case named for a parameterised test: {@code R3.1 MET: all goals measurable}. */
  Named<CheckCase> named() {
    return Named.of(checkId + " " + expected + ": " + description, this);
  }
}
