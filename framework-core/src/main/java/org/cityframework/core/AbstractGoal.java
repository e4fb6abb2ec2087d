package org.cityframework.core;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A goal of the innovation strategy, as the strategy states it (seed L95, L163).
 *
 * <p>A goal records what the strategy says: an absent indicator, baseline or target means the
 * strategy states none, which makes the goal not measurable. An absent outcome means the goal names
 * no resident well-being outcome (an efficiency goal, for example).
 */
@Value.Immutable
@CityValue
abstract class AbstractGoal {

  /** The goal in the strategy's own words. */
  public abstract String description();

  /** The indicator that measures progress, for example "emergency response time". */
  public abstract Optional<String> indicator();

  /** The indicator's value when the goal was set. */
  public abstract Optional<BigDecimal> baseline();

  /**
   * The indicator's latest measured value, so outcomes can be measured against the goal (L11:
   * "measure outcomes compared to goals").
   */
  public abstract Optional<BigDecimal> current();

  /** The value the strategy aims for. */
  public abstract Optional<BigDecimal> target();

  /** The year by which the target should be reached. */
  public abstract OptionalInt targetYear();

  /** The resident well-being outcome the goal translates to (L95). */
  public abstract Optional<WellBeingOutcome> outcome();

  /** How progress will be measured, so teams know what to measure and how (L163). */
  public abstract Optional<MeasurementMethod> measurementMethod();

  /**
   * Checks the goal's invariants; a decimal written with a negative scale ({@code 1E+3}) is kept as
   * the equal plain number ({@code 1000}), as a document writes it.
   */
  @Value.Check
  protected AbstractGoal check() {
    Problems p = new Problems();
    p.notBlank(description(), "/description", "a goal's description");
    p.notBlank(indicator(), "/indicator", "an indicator");
    p.decimal(baseline(), "/baseline", "a goal's baseline");
    p.decimal(current(), "/current", "a goal's current value");
    p.decimal(target(), "/target", "a goal's target");
    OptionalInt targetYear = targetYear();
    if (targetYear.isPresent() && (targetYear.getAsInt() < 1900 || targetYear.getAsInt() > 2200)) {
      p.add(
          "/targetYear",
          "a target year must be between 1900 and 2200 (found " + targetYear.getAsInt() + ")");
    }
    p.throwIfAny();
    if (isPlain(baseline()) && isPlain(current()) && isPlain(target())) {
      return this;
    }
    return Goal.copyOf(this)
        .withBaseline(baseline().map(DecimalBounds::plain))
        .withCurrent(current().map(DecimalBounds::plain))
        .withTarget(target().map(DecimalBounds::plain));
  }

  private static boolean isPlain(Optional<BigDecimal> value) {
    return value.isEmpty() || value.get().scale() >= 0;
  }
}
