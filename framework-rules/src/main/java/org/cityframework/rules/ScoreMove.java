package org.cityframework.rules;

import java.util.OptionalDouble;

/**
 * How one score moved.
 *
 * @param before the earlier score, empty when nothing was assessed
 * @param after the later score, empty when nothing is assessed
 * @param coverageBefore the earlier coverage
 * @param coverageAfter the later coverage
 */
public record ScoreMove(
    OptionalDouble before, OptionalDouble after, double coverageBefore, double coverageAfter) {

  static ScoreMove of(Score before, Score after) {
    return new ScoreMove(before.score(), after.score(), before.coverage(), after.coverage());
  }

  /** The change in points, when both scores exist, rounded to one decimal. */
  public OptionalDouble delta() {
    if (before.isEmpty() || after.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
  }
}
