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
}
