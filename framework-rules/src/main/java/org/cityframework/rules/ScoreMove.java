package org.cityframework.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one score moved, with its coverage and the range the unknown facts left open.
 *
 * @param before the earlier score, empty when nothing was assessed
 * @param after the later score, empty when nothing is assessed
 * @param coverageBefore the earlier coverage
 * @param coverageAfter the later coverage
 * @param floorBefore the earlier floor (lowest possible score), empty when nothing was in scope
 * @param floorAfter the later floor, empty when nothing is in scope
 * @param ceilingBefore the earlier ceiling (highest possible score)
 * @param ceilingAfter the later ceiling
 */
public record ScoreMove(
    OptionalDouble before,
    OptionalDouble after,
    double coverageBefore,
    double coverageAfter,
    OptionalDouble floorBefore,
    OptionalDouble floorAfter,
    OptionalDouble ceilingBefore,
    OptionalDouble ceilingAfter) {

  /** Refuses scores, floors, ceilings and coverages outside 0 to 100. */
  public ScoreMove {
    for (OptionalDouble s :
        Arrays.asList(before, after, floorBefore, floorAfter, ceilingBefore, ceilingAfter)) {
      Objects.requireNonNull(s, "a score move's scores and bounds are empty, never null");
    }
    AbstractScore.requirePercentage("before", before);
    AbstractScore.requirePercentage("after", after);
    AbstractScore.requirePercentage("coverageBefore", OptionalDouble.of(coverageBefore));
    AbstractScore.requirePercentage("coverageAfter", OptionalDouble.of(coverageAfter));
    AbstractScore.requirePercentage("floorBefore", floorBefore);
    AbstractScore.requirePercentage("floorAfter", floorAfter);
    AbstractScore.requirePercentage("ceilingBefore", ceilingBefore);
    AbstractScore.requirePercentage("ceilingAfter", ceilingAfter);
  }

  static ScoreMove of(Score before, Score after) {
    return new ScoreMove(
        before.score(),
        after.score(),
        before.coverage(),
        after.coverage(),
        before.floor(),
        after.floor(),
        before.ceiling(),
        after.ceiling());
  }

  /** Whether the floor or the ceiling moved. */
  public boolean boundsMoved() {
    return !floorBefore.equals(floorAfter) || !ceilingBefore.equals(ceilingAfter);
  }

  /** The change in points, when both scores exist, rounded to one decimal. */
  public OptionalDouble delta() {
    if (before.isEmpty() || after.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
  }
}
