package org.cityframework.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a city profile breaks an invariant of the model: a negative amount, a percentage over
 * 100, a date after the assessment, or facts that contradict each other. It lists every problem
 * found, not only the first.
 */
public final class InvalidProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<ProfileProblem> problems;

  /** Creates an exception for the given problems; the list must not be empty. */
  public InvalidProfileException(List<ProfileProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid profile has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the model checked them. */
  public List<ProfileProblem> problems() {
    return problems;
  }

  /** This exception as seen from an enclosing object at {@code parentPointer}. */
  public InvalidProfileException under(String parentPointer) {
    return new InvalidProfileException(
        problems.stream().map(p -> p.under(parentPointer)).collect(Collectors.toList()));
  }

  private static String describe(List<ProfileProblem> problems) {
    String noun = problems.size() == 1 ? "problem" : "problems";
    return problems.size()
        + " "
        + noun
        + " in the city profile:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
