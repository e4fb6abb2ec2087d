package org.cityframework.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A source of resistance to strategy implementation that the strategy identifies (seed L103). */
@Value.Immutable
@CityValue
abstract class AbstractBarrier {

  /** The kind of resistance. */
  public abstract BarrierKind kind();

  /** The strategy includes steps to address it. */
  public abstract Optional<Boolean> addressed();

  /** The resistance and the steps, in the strategy's words. */
  public abstract Optional<String> description();
}
