package org.cityframework.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a document cannot be read: malformed, of the wrong shape, out of range, or describing
 * a profile the model refuses. It lists every problem found, not only the first, each with its JSON
 * Pointer.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<DocumentProblem> problems;

  /** Creates an exception for the given problems; the list must not be empty. */
  public InvalidDocumentException(List<DocumentProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid document has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<DocumentProblem> problems() {
    return problems;
  }

  private static String describe(List<DocumentProblem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the document:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
