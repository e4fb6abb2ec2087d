package org.cityframework.core;

/**
 * Evidence on innovation impact that can substantiate funding decisions (seed L135; tracking
 * savings, the fourth kind the chapter names, is its own fact: {@code funding/savingsTracked}).
 */
public enum ImpactEvidence {
  /** Outcomes evaluation. */
  OUTCOME_EVALUATION,

  /** Data analytics. */
  DATA_ANALYTICS,

  /** Qualitative surveys. */
  QUALITATIVE_SURVEYS
}
