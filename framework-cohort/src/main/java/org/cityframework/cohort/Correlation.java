package org.cityframework.cohort;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One pair of a capacity score and an outcome across a cohort: how many cities have both, and, when
 * there are enough of them, Spearman's rank correlation with its 95 % interval, its p-value and the
 * p-value adjusted for every pair tested (Benjamini-Hochberg). A correlation is not a cause: see
 * {@link CorrelationTable}.
 *
 * @param score the score's id: {@code overall}, {@code R1} to {@code R10}, or a component's id such
 *     as {@code innovation-strategy}
 * @param scoreName the score in words: {@code overall score}, {@code recommendation 1}, {@code
 *     innovation strategy}
 * @param outcome the outcome, as the outcomes table names it
 * @param n the number of cities with both a score and a value of the outcome
 * @param noFigure why there is no figure ({@code too few cities}, {@code no variation}); empty when
 *     the pair has one
 * @param rho Spearman's rank correlation, from -1 to 1
 * @param low the lower end of its 95 % interval
 * @param high the upper end of its 95 % interval
 * @param p the two-sided p-value of this pair alone
 * @param adjustedP the p-value adjusted for the number of pairs tested (Benjamini-Hochberg)
 */
public record Correlation(
    String score,
    String scoreName,
    String outcome,
    int n,
    Optional<String> noFigure,
    OptionalDouble rho,
    OptionalDouble low,
    OptionalDouble high,
    OptionalDouble p,
    OptionalDouble adjustedP) {

  /** Creates a row; a row has either a reason for no figure or every figure. */
  public Correlation {
    requireNonNull(score, "score");
    requireNonNull(scoreName, "scoreName");
    requireNonNull(outcome, "outcome");
    boolean figures =
        rho.isPresent()
            && low.isPresent()
            && high.isPresent()
            && p.isPresent()
            && adjustedP.isPresent();
    if (figures == noFigure.isPresent()) {
      throw new IllegalArgumentException("a correlation has either every figure or a reason");
    }
  }

  /** Whether the pair has figures (enough cities, and variation on both sides). */
  public boolean reported() {
    return noFigure.isEmpty();
  }

  /** Whether the adjusted p-value is below 0.05. */
  public boolean significant() {
    return adjustedP.isPresent() && adjustedP.getAsDouble() < CorrelationTable.ALPHA;
  }
}
