package org.cityframework.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Leadership: whether the mayor and agency managers make innovation a priority, and the position
 * that champions it (recommendation 1, seed L21-41; leaders' experience, L77).
 *
 * <p>Every fact is optional: an empty value means the profile does not say, never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractLeadership {

  /** The mayor makes innovation a priority with staff, funding and attention (L25). */
  public abstract Optional<Boolean> mayorPrioritisesInnovation();

  /** Agency-level managers make innovation a priority and embrace calculated risk (L25). */
  public abstract Optional<Boolean> managersPrioritiseInnovation();

  /** Innovation serves the mayor's core goals rather than standing alone (L29). */
  public abstract Optional<Boolean> innovationInCoreMayoralGoals();

  /** An administrative position, such as a chief innovation officer, champions innovation (L41). */
  public abstract Optional<Boolean> innovationChampion();

  /** Whom the innovation champion reports to (L41). */
  public abstract Optional<ReportingLine> championReportsTo();

  /** The champion's position is integrated into the broader work of the city (L41). */
  public abstract Optional<Boolean> championIntegrated();

  /**
   * How far managers and leaders with innovation or human-centred design experience reach (L77).
   */
  public abstract Optional<Coverage> leadersWithInnovationExperience();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
