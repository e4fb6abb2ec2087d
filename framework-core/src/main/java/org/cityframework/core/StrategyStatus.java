package org.cityframework.core;

/** How far a city has come with a formal strategy (innovation strategy L91, data strategy L183). */
public enum StrategyStatus {
  /** The city has no such strategy. */
  NONE,

  /** A strategy is being drafted but has not been formally adopted. */
  IN_DEVELOPMENT,

  /** A formal strategy has been adopted. */
  ADOPTED
}
