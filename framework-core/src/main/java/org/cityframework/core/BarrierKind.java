package org.cityframework.core;

/** A kind of resistance to strategy implementation (seed L103). */
public enum BarrierKind {
  /** Administrative inertia. */
  ADMINISTRATIVE_INERTIA,

  /** Lack of staff familiarity. */
  LACK_OF_STAFF_FAMILIARITY,

  /** Sceptical residents. */
  SCEPTICAL_RESIDENTS,

  /** Funding constraints. */
  FUNDING_CONSTRAINTS,

  /** Data constraints. */
  DATA_CONSTRAINTS,

  /** Another kind of resistance. */
  OTHER
}
