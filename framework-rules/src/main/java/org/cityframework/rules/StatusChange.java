package org.cityframework.rules;

import java.util.Optional;

/**
 * One check whose status changed.
 *
 * @param checkId the check's id
 * @param summary what the practice is
 * @param from the earlier status, empty when the check was not part of the earlier assessment
 * @param to the later status, empty when the check is not part of the later assessment
 * @param priority the finding's priority in the later assessment
 */
public record StatusChange(
    String checkId, String summary, Optional<Status> from, Optional<Status> to, Priority priority) {

  static StatusChange of(
      String id, String summary, Optional<Status> from, Optional<Status> to, Priority priority) {
    return new StatusChange(id, summary, from, to, priority);
  }

  /** A gap before that is met or not applicable now. */
  public boolean isResolved() {
    return from.map(Status::isGap).orElse(false)
        && to.map(s -> s == Status.MET || s == Status.NOT_APPLICABLE).orElse(false);
  }

  /** A gap now that was not a gap before. */
  public boolean isNewGap() {
    return to.map(Status::isGap).orElse(false) && !from.map(Status::isGap).orElse(false);
  }
}
