package org.cityframework.rules;

import java.util.Optional;

/**
 * One check whose verdict changed: its status, or the bounds the unknown facts leave open (a
 * finding still not assessed whose best or worst case moved).
 *
 * @param checkId the check's id
 * @param summary what the practice is
 * @param was the earlier verdict, empty when the check was not part of the earlier assessment
 * @param now the later verdict, empty when the check is not part of the later assessment
 * @param priority the finding's priority in the later assessment
 */
public record StatusChange(
    String checkId,
    String summary,
    Optional<Verdict> was,
    Optional<Verdict> now,
    Priority priority) {

  static StatusChange of(
      String id, String summary, Optional<Verdict> was, Optional<Verdict> now, Priority priority) {
    return new StatusChange(id, summary, was, now, priority);
  }

  /** The earlier status, empty when the check was not part of the earlier assessment. */
  public Optional<Status> from() {
    return was.map(Verdict::status);
  }

  /** The later status, empty when the check is not part of the later assessment. */
  public Optional<Status> to() {
    return now.map(Verdict::status);
  }

  /** Whether the status stayed the same and only the bounds moved. */
  public boolean isBoundsOnly() {
    return was.isPresent() && now.isPresent() && from().equals(to());
  }

  /**
   * A gap before (a certain gap, decided or not) that is met or not applicable now, whatever facts
   * are still unknown.
   */
  public boolean isResolved() {
    return was.map(Verdict::isCertainGap).orElse(false)
        && now.map(v -> v.worstCase() == Status.MET || v.worstCase() == Status.NOT_APPLICABLE)
            .orElse(false);
  }

  /** A certain gap now that was not a certain gap before. */
  public boolean isNewGap() {
    return now.map(Verdict::isCertainGap).orElse(false)
        && !was.map(Verdict::isCertainGap).orElse(false);
  }
}
