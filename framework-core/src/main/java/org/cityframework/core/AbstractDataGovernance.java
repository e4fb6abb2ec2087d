package org.cityframework.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data governance at the strategic layer: data as a strategic asset, vision and incentives,
 * communication of priorities, and stewardship (recommendation 7, seed L181-195).
 *
 * <p>Every fact is optional: an empty value means the profile does not say, never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractDataGovernance {
  /** Stewardship a profile leaves out, made once: values are immutable, so profiles share it. */
  private static final DataStewardship EMPTY_STEWARDSHIP = DataStewardship.builder().build();

  /** Data is formally recognised as a strategic asset, to be leveraged and shared (L187). */
  public abstract Optional<Boolean> dataAsStrategicAsset();

  /** The city has set a clear vision and aspiration for data (L189). */
  public abstract Optional<Boolean> dataVision();

  /** The city offers incentives for ambitious data use (L189). */
  public abstract Optional<Boolean> dataIncentives();

  /** Data-driven governance is communicated to municipal staff as a priority (L191). */
  public abstract Optional<Boolean> priorityCommunicatedToStaff();

  /** Data-driven governance is communicated to external partners as a priority (L191). */
  public abstract Optional<Boolean> priorityCommunicatedToPartners();

  /** Data stewardship (L193-195). */
  @Value.Default
  public DataStewardship stewardship() {
    return EMPTY_STEWARDSHIP;
  }

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
