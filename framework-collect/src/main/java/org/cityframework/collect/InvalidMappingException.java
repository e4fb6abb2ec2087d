package org.cityframework.collect;

import java.util.List;

/**
 * Thrown when a survey mapping cannot be used: it lists every problem found, each with its line in
 * the mapping file, not only the first.
 */
public final class InvalidMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order of the mapping file. */
  private final List<MappingProblem> problems;

  /** Creates an exception for the given problems; the list must not be empty. */
  public InvalidMappingException(List<MappingProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the mapping file. */
  public List<MappingProblem> problems() {
    return problems;
  }

  private static String describe(List<MappingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid mapping has at least one problem");
    }
    StringBuilder text =
        new StringBuilder(Words.count(problems.size(), "problem", "problems"))
            .append(" in the mapping:");
    for (MappingProblem p : problems) {
      text.append("\n  ").append(p);
    }
    return text.toString();
  }
}
