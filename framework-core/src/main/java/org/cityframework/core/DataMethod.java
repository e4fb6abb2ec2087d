package org.cityframework.core;

/**
 * A data method that lets a city evaluate innovation activity and guide decisions (seed L155,
 * L207).
 */
public enum DataMethod {
  /** Randomised controlled trials. */
  RANDOMISED_CONTROLLED_TRIALS,

  /** Results-driven vendor contracts. */
  RESULTS_DRIVEN_CONTRACTS,

  /** Resident surveys. */
  RESIDENT_SURVEYS,

  /** Impact measurement. */
  IMPACT_MEASUREMENT,

  /** Performance analysis. */
  PERFORMANCE_ANALYSIS,

  /** Predictive analytics. */
  PREDICTIVE_ANALYTICS
}
