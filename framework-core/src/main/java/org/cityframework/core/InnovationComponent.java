package org.cityframework.core;

/**
 * One of the five components of public-sector innovation capacity identified by the OECD/Bloomberg
 * surveys (seed L19).
 */
public enum InnovationComponent {
  /** Innovation strategy. */
  INNOVATION_STRATEGY,

  /** Innovation staff and a conducive organisational structure. */
  INNOVATION_STAFF_AND_ORGANISATION,

  /** Funding for innovation. */
  FUNDING_FOR_INNOVATION,

  /** Data use for innovation. */
  DATA_USE_FOR_INNOVATION,

  /** Evaluation of innovation outcomes. */
  EVALUATION_OF_INNOVATION_OUTCOMES
}
