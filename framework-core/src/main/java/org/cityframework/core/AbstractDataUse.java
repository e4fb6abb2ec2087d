package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Data use for innovation and decisions: the role data plays, the sectors with sufficient data,
 * training, compatible formats, the community of data users and data methods (recommendation 6,
 * seed L141-157).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractDataUse {

  /** The role data plays in innovation efforts and decision making (L143). */
  public abstract Optional<DataRole> roleInDecisions();

  /** The policy sectors in which the city has sufficient data (L9, L143). */
  public abstract Map<PolicySector, Boolean> sectorsWithSufficientData();

  /** How far existing staff receive basic data use training (L147). */
  public abstract Optional<Coverage> basicDataTraining();

  /** New staff receive basic data use training (L147: "existing and future city staff"). */
  public abstract Optional<Boolean> dataTrainingForNewStaff();

  /** Data formats are made compatible upfront, for access, sharing and analysis (L149). */
  public abstract Optional<Boolean> commonDataFormats();

  /** The city holds events, such as hack-a-thons, for users of its (open) data (L153). */
  public abstract Optional<Boolean> dataUserEvents();

  /** The city trains the public in how to access and use city data (L153). */
  public abstract Optional<Boolean> publicDataTraining();

  /** Which data methods the city uses to evaluate innovation and guide decisions (L155). */
  public abstract Map<DataMethod, Boolean> methods();

  /**
   * How many data scientists the city has on staff (L143: two thirds of surveyed cities have at
   * least one). Context for the reader, not a practice: no check decides from it.
   */
  public abstract OptionalInt dataScientistsOnStaff();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.notNegative(
        dataScientistsOnStaff(), "/dataScientistsOnStaff", "the number of data scientists");
    p.throwIfAny();
  }
}
