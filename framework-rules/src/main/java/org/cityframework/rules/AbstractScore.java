package org.cityframework.rules;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The score of a group of findings (a recommendation, an element, a component, a layer, or all).
 *
 * <p>{@code score = 100 × Σ(weight × credit) / Σ weight} over the assessed findings, with credit 1
 * for met, 0.5 for partly met and 0 for not met, rounded half up to one decimal. Not assessed
 * findings are left out of the score, never counted as 0: {@code coverage = 100 × Σ weight assessed
 * / Σ weight in scope} says how much of the group the score rests on. Not applicable and waived
 * findings are out of scope.
 *
 * <p>A profile that leaves facts unknown leaves the score of the whole truth open: {@code floor}
 * and {@code ceiling} are the lowest and highest score the group could have once every unknown fact
 * is known, each finding counting with its worst case for the floor and its best case for the
 * ceiling (a finding that may turn out not applicable counts or not, whichever gives the bound).
 * The score of the assessed findings alone may lie outside that range: a certain gap not yet
 * decided counts in the bounds but not in the score.
 */
@Value.Immutable
@RuleValue
abstract class AbstractScore {

  /** The score from 0 to 100, or empty when nothing in the group was assessed. */
  @Value.Parameter
  public abstract OptionalDouble score();

  /** The share of the group's in-scope weight that was assessed, from 0 to 100. */
  @Value.Parameter
  public abstract double coverage();

  /** The maturity level, given when coverage is at least 50. */
  @Value.Parameter
  public abstract Optional<Maturity> maturity();

  /** How many findings of the group have each status (waived ones under their own status). */
  @Value.Parameter
  public abstract Map<Status, Integer> counts();

  /**
   * The lowest score the group can have once every unknown fact is known, from 0 to 100; empty when
   * nothing of the group can be in scope. Equal to the score when every finding is decided.
   */
  @Value.Parameter
  public abstract OptionalDouble floor();

  /**
   * The highest score the group can have once every unknown fact is known, from 0 to 100; empty
   * when nothing of the group can be in scope.
   */
  @Value.Parameter
  public abstract OptionalDouble ceiling();

  /**
   * Refuses values no group can have: a score, floor or ceiling outside 0 to 100 (or not a number),
   * a floor above the ceiling, a coverage outside 0 to 100, a maturity that is not the level of the
   * score, a negative count.
   */
  @Value.Check
  protected void checkRanges() {
    requirePercentage("score", score());
    requirePercentage("floor", floor());
    requirePercentage("ceiling", ceiling());
    requirePercentage("coverage", OptionalDouble.of(coverage()));
    if (floor().isPresent()
        && ceiling().isPresent()
        && floor().getAsDouble() > ceiling().getAsDouble()) {
      throw new IllegalArgumentException(
          "floor must not be above ceiling, found floor "
              + floor().getAsDouble()
              + " and ceiling "
              + ceiling().getAsDouble());
    }
    if (maturity().isPresent()
        && (score().isEmpty() || maturity().get() != Maturity.of(score().getAsDouble()))) {
      throw new IllegalArgumentException(
          "maturity must be the level of the score, found maturity "
              + maturity().get()
              + " and score "
              + (score().isPresent() ? score().getAsDouble() : "none"));
    }
    counts()
        .forEach(
            (status, count) -> {
              if (count < 0) {
                throw new IllegalArgumentException(
                    "counts must not be negative, found " + count + " for " + status);
              }
            });
  }

  /** Refuses a value outside 0 to 100 or not a number, naming its field; an empty value passes. */
  static void requirePercentage(String field, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 100)) {
      throw new IllegalArgumentException(
          field + " must be from 0 to 100, found " + value.getAsDouble());
    }
  }

  /**
   * The maturity level the group reaches whatever the unknown facts are: the level of the {@link
   * #floor()}. A report says "at least Defined" from it where {@link #maturity()} gives no level.
   */
  public Optional<Maturity> maturityAtLeast() {
    OptionalDouble floor = floor();
    return floor.isPresent() ? Optional.of(Maturity.of(floor.getAsDouble())) : Optional.empty();
  }
}
