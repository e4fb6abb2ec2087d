package org.cityframework.core;

/** A practice that secures municipal networks and digital infrastructure (seed L279). */
public enum SecurityPractice {
  /** A written information-security policy. */
  SECURITY_POLICY,

  /** Regular security audits or penetration tests. */
  REGULAR_AUDITS,

  /** An incident response plan. */
  INCIDENT_RESPONSE_PLAN,

  /** Security training for staff. */
  STAFF_SECURITY_TRAINING
}
