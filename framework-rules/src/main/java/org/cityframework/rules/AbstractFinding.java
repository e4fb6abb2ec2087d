package org.cityframework.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one check found for one city: the status, its rank and priority among all findings, the
 * evidence it read, and the check's words on why it matters and what to do next.
 */
@Value.Immutable
@RuleValue
abstract class AbstractFinding {

  /** The check, with the weight in force for this assessment. */
  @Value.Parameter
  public abstract CheckInfo check();

  /** The status the check decided; a waiver does not change it. */
  @Value.Parameter
  public abstract Status status();

  /** The position in the assessment's ranking, from 1. */
  @Value.Parameter
  public abstract int rank();

  /** How urgently the finding needs attention. */
  @Value.Parameter
  public abstract Priority priority();

  /** The facts the check read, with their JSON Pointers and values, in reading order. */
  @Value.Parameter
  public abstract List<Evidence> evidence();

  /** The waiver that applies to this finding, if any. */
  @Value.Parameter
  public abstract Optional<Waiver> waiver();

  /** The check's id, for example {@code R3.1}. */
  public String checkId() {
    return check().id();
  }

  /** Whether a waiver applies. */
  public boolean isWaived() {
    return waiver().isPresent();
  }

  @Override
  public String toString() {
    return String.format(
        "#%d %s %s [%s] %s", rank(), checkId(), status(), priority(), check().summary());
  }
}
