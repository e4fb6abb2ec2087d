package org.cityframework.core;

/**
 * A layer of the OECD data-governance framework for the local public sector (recommendations 7 to
 * 10, seed L183, L199, L247, L261).
 */
public enum GovernanceLayer {
  /** Leadership and vision (recommendation 7). */
  STRATEGIC,

  /**
   * Coherent implementation and regulation: skills, openness, engagement, legal frameworks
   * (recommendations 8 and 9).
   */
  TACTICAL,

  /** The data value cycle, data infrastructure and data architecture (recommendation 10). */
  DELIVERY
}
