package org.cityframework.rules;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Adjustments of the catalogue for one programme or city, without forking it: checks switched off
 * and weights changed. Ids that the catalogue does not know are an error, not ignored.
 */
@Value.Immutable
@RuleValue
abstract class AbstractTailoring {

  /** Ids of the checks switched off: they are not evaluated and do not appear in assessments. */
  public abstract Set<String> disabled();

  /** New weights, from 1 to 10, by check id. */
  public abstract Map<String, Integer> weights();

  @Value.Check
  protected void check() {
    weights()
        .forEach(
            (id, w) -> {
              if (w < 1 || w > 10) {
                throw new IllegalStateException(
                    "the weight of " + id + " must be from 1 to 10 (found " + w + ")");
              }
            });
  }
}
