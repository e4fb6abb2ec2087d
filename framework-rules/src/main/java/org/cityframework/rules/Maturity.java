package org.cityframework.rules;

/**
 * The five-level maturity scale a score maps to. A level is given only when at least half of the
 * weight in scope was assessed; otherwise the evidence is insufficient.
 */
public enum Maturity {
  /** Score below 20: practices are absent or isolated. */
  INITIAL(0),

  /** Score from 20 to below 40: first practices in place, not yet systematic. */
  DEVELOPING(20),

  /** Score from 40 to below 60: practices defined and partly in use. */
  DEFINED(40),

  /** Score from 60 to below 80: practices established across most of the administration. */
  ESTABLISHED(60),

  /** Score of 80 or more: practices are embedded, "second nature" (recommendation 2, L57). */
  EMBEDDED(80);

  private final int lowerBound;

  private static final Maturity[] LEVELS = values();

  Maturity(int lowerBound) {
    this.lowerBound = lowerBound;
  }

  /** The lowest score, from 0 to 100, at this level. */
  public int lowerBound() {
    return lowerBound;
  }

  /** The level of a score from 0 to 100. */
  public static Maturity of(double score) {
    Maturity level = INITIAL;
    for (Maturity m : LEVELS) {
      if (score >= m.lowerBound) {
        level = m;
      }
    }
    return level;
  }
}
