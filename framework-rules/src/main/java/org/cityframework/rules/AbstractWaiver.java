package org.cityframework.rules;

import java.time.LocalDate;
import org.cityframework.core.BlankText;
import org.immutables.value.Value;

/**
 * A decision to accept a finding for now: who decided, why, and until when. A waived finding stays
 * in the assessment, marked, with its original status; it leaves the scores and the ranking of open
 * work. A waiver whose expiry date is before the profile's assessment date no longer applies: the
 * finding counts again, and carries the waiver as its {@link Finding#expiredWaiver()}. A check has
 * at most one waiver.
 */
@Value.Immutable
@RuleValue
abstract class AbstractWaiver {

  /** The id of the waived check. */
  public abstract String checkId();

  /** Why the finding is accepted. */
  public abstract String justification();

  /** Who accepted it: a person or a body. */
  public abstract String authority();

  /** The last day the waiver applies. */
  public abstract LocalDate expiresOn();

  /** Whether the waiver applies to an assessment of facts dated {@code assessedOn}. */
  public boolean appliesOn(LocalDate assessedOn) {
    return !assessedOn.isAfter(expiresOn());
  }

  @Value.Check
  protected void check() {
    if (BlankText.isBlank(justification()) || BlankText.isBlank(authority())) {
      throw new IllegalStateException(
          "a waiver of " + checkId() + " needs a justification and an authority");
    }
  }
}
