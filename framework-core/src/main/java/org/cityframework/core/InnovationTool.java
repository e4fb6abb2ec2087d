package org.cityframework.core;

/**
 * A tool or approach for co-creation and an innovation culture among residents and staff (seed L47,
 * L69).
 */
public enum InnovationTool {
  /** Human-centred design. */
  HUMAN_CENTRED_DESIGN,

  /** Innovation labs. */
  INNOVATION_LABS,

  /** Participatory budgeting. */
  PARTICIPATORY_BUDGETING,

  /** Resident or community surveys. */
  RESIDENT_SURVEYS,

  /** Hack-a-thons. */
  HACKATHONS,

  /** Data analytics. */
  DATA_ANALYTICS,

  /** Co-creation sessions with residents and staff. */
  CO_CREATION_WORKSHOPS
}
