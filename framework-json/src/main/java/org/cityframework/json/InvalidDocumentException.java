package org.cityframework.json;

import java.util.List;

/**
 * Thrown when a document cannot be read: malformed, of the wrong shape, out of range, or describing
 * a profile the model refuses. It lists every problem found, not only the first, each with its JSON
 * Pointer; but at most {@value #MAX_PROBLEMS} of them, so that a hostile document cannot make the
 * list (or this exception's message) exhaust memory. Those left out are counted ({@link
 * #problemsLeftOut()}).
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * The most problems an exception lists; the first ones found are kept, the rest only counted. A
   * document with more problems than this is not worth correcting problem by problem.
   */
  public static final int MAX_PROBLEMS = 100;

  private final List<DocumentProblem> problems;
  private final long problemsLeftOut;

  /**
   * Creates an exception for the given problems; the list must not be empty. Beyond the first
   * {@value #MAX_PROBLEMS}, problems are only counted.
   */
  public InvalidDocumentException(List<DocumentProblem> problems) {
    this(problems, 0);
  }

  /**
   * Creates an exception for the given problems and a count of further problems that were found but
   * not kept; the list must not be empty. Beyond the first {@value #MAX_PROBLEMS}, problems are
   * only counted.
   *
   * @param problems the problems found, in document order
   * @param moreProblems how many more problems were found and not kept; zero or more
   */
  public InvalidDocumentException(List<DocumentProblem> problems, long moreProblems) {
    this(Kept.of(problems, moreProblems));
  }

  private InvalidDocumentException(Kept kept) {
    super(describe(kept.problems(), kept.leftOut()));
    this.problems = kept.problems();
    this.problemsLeftOut = kept.leftOut();
  }

  /** The problems an exception keeps, and the count of those it leaves out. */
  private record Kept(List<DocumentProblem> problems, long leftOut) {
    static Kept of(List<DocumentProblem> problems, long moreProblems) {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid document has at least one problem");
      }
      if (moreProblems < 0) {
        throw new IllegalArgumentException("a count of problems cannot be negative");
      }
      int kept = Math.min(problems.size(), MAX_PROBLEMS);
      return new Kept(
          List.copyOf(problems.subList(0, kept)), moreProblems + (problems.size() - kept));
    }
  }

  /**
   * The problems found, in document order: every one of them, or the first {@value #MAX_PROBLEMS}
   * when there were more.
   */
  public List<DocumentProblem> problems() {
    return problems;
  }

  /**
   * How many problems were found beyond those {@link #problems()} lists; zero when it lists them
   * all.
   */
  public long problemsLeftOut() {
    return problemsLeftOut;
  }

  /** How many problems were found in all: those listed and those left out. */
  public long problemCount() {
    return problems.size() + problemsLeftOut;
  }

  private static String describe(List<DocumentProblem> problems, long leftOut) {
    long count = problems.size() + leftOut;
    StringBuilder text =
        new StringBuilder()
            .append(count)
            .append(count == 1 ? " problem" : " problems")
            .append(" in the document:");
    for (DocumentProblem p : problems) {
      text.append("\n  ").append(p);
    }
    if (leftOut > 0) {
      text.append("\n  and ")
          .append(leftOut)
          .append(leftOut == 1 ? " more problem" : " more problems");
    }
    return text.toString();
  }
}
