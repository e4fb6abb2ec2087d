package org.cityframework.core;

/** What human-centred design engages stakeholders in co-creating (seed L71). */
public enum CoCreatedOutput {
  /** New programmes. */
  PROGRAMMES,

  /** New services. */
  SERVICES,

  /** New policies. */
  POLICIES
}
