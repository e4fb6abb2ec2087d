package org.cityframework.core;

/**
 * How far a practice reaches across the administration; the report asks for reach beyond the core
 * innovation team (seed L53, L59, L61).
 */
public enum Coverage {
  /** Nowhere. */
  NONE,

  /** Only the innovation team (or the chief innovation officer). */
  INNOVATION_TEAM_ONLY,

  /** Some agencies. */
  SOME_AGENCIES,

  /** Most agencies. */
  MOST_AGENCIES,

  /** Every agency of city government. */
  ALL_AGENCIES
}
