package org.cityframework.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Stream;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;

/**
 * What to do now, next and later, read from an assessment's ranked findings.
 *
 * <p>The rule is fixed, so the same assessment always gives the same roadmap:
 *
 * <ul>
 *   <li><b>now</b>: the findings of priority {@link Priority#HIGH HIGH};
 *   <li><b>next</b>: the findings of priority {@link Priority#MEDIUM MEDIUM};
 *   <li><b>later</b>: the findings of priority {@link Priority#LOW LOW}.
 * </ul>
 *
 * <p>Only gaps ({@link Status#NOT_MET}, {@link Status#PARTLY_MET}) and unknowns ({@link
 * Status#NOT_ASSESSED}: "collect this") take part; met, not applicable and waived findings never
 * do. Each step keeps the assessment's rank order, so foundations come first within a step (see
 * {@code docs/prioritisation.md}).
 *
 * @param now the high-priority findings, in rank order
 * @param next the medium-priority findings, in rank order
 * @param later the low-priority findings, in rank order
 */
public record Roadmap(List<Finding> now, List<Finding> next, List<Finding> later) {

  /** Creates a roadmap of the given steps; the lists are copied. */
  public Roadmap {
    now = List.copyOf(requireNonNull(now, "now"));
    next = List.copyOf(requireNonNull(next, "next"));
    later = List.copyOf(requireNonNull(later, "later"));
  }

  /** The roadmap of an assessment, by the rule above. */
  public static Roadmap of(Assessment assessment) {
    List<Finding> open =
        assessment.findings().stream()
            .filter(f -> !f.isWaived())
            .filter(f -> f.status().isGap() || f.status() == Status.NOT_ASSESSED)
            .toList();
    return new Roadmap(
        withPriority(open, Priority.HIGH),
        withPriority(open, Priority.MEDIUM),
        withPriority(open, Priority.LOW));
  }

  private static List<Finding> withPriority(List<Finding> findings, Priority priority) {
    return findings.stream().filter(f -> f.priority() == priority).toList();
  }

  /** Every step's findings: now, then next, then later. */
  public List<Finding> all() {
    return Stream.of(now, next, later).flatMap(List::stream).toList();
  }
}
