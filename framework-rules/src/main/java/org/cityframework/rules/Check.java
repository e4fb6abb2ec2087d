package org.cityframework.rules;

/**
 * One check of the catalogue: its description and how it decides a verdict from a profile's facts.
 *
 * <p>The 84 built-in checks are {@code R1.0} to {@code R10.7}; add your own through a {@link
 * CheckProvider}. Implementations must be immutable and thread-safe, read the profile only through
 * {@link Facts} (so that every finding shows its evidence), and give the same verdict for the same
 * profile every time.
 */
public interface Check {

  /** What the check is, where it comes from, and what to do about it. */
  CheckInfo info();

  /**
   * Decides the verdict of this check for the profile behind {@code facts}, which is valid only
   * during this call: every status that the profile's unknown facts leave possible. {@link
   * Criteria} builds verdicts from facts; a check that can only tell a status uses {@link
   * Verdict#of(Status)}, which makes "not assessed" the widest range (not met to met).
   */
  Verdict evaluate(Facts facts);
}
