package org.cityframework.core;

/** A channel through which stakeholders co-create with the city (seed L71, L85). */
public enum CoCreationChannel {
  /** In-person interactions. */
  IN_PERSON,

  /** Interactive digital options. */
  DIGITAL
}
