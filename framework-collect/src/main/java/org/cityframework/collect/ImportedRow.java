package org.cityframework.collect;

import java.util.List;
import java.util.Optional;
import org.cityframework.core.CityProfile;

/**
 * What one row of a survey export gave: the city's profile, or, when any of its answers could not
 * be read or the facts they give are not a valid profile, every problem and no profile.
 *
 * @param row the row of the file, as a spreadsheet numbers it (the header is row 1)
 * @param profile the profile, when the row had no problem
 * @param problems the row's problems, each with its column and fact where it has them; empty when
 *     the profile is present
 */
public record ImportedRow(long row, Optional<CityProfile> profile, List<SurveyProblem> problems) {
  /** Creates a row's result: a profile and no problems, or problems and no profile. */
  public ImportedRow {
    problems = List.copyOf(problems);
    if (profile.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a row gives a profile or problems, not both or neither");
    }
  }
}
