package org.cityframework.core;

/**
 * A concept of the culture of innovation that the formal innovation strategy can enshrine (seed
 * L83, which refers to the practices of L67-81).
 */
public enum CultureConcept {
  /** Innovation training for all staff, empowering them in their current roles (L75). */
  INNOVATION_TRAINING,

  /** Calculated risk-taking, encouraged and incentivised (L79). */
  CALCULATED_RISK_TAKING,

  /** Silo-busting and inter-agency collaboration (L81). */
  SILO_BUSTING,

  /** Human-centred design and co-creation with stakeholders (L67, L71). */
  CO_CREATION
}
