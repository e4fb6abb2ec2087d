package org.cityframework.core;

/**
 * What technical infrastructure does across institutions (seed L275: "data sharing, integration and
 * management across institutions").
 */
public enum InfrastructureCapability {
  /** Data sharing across institutions. */
  SHARING,

  /** Data integration across institutions. */
  INTEGRATION,

  /** Data management across institutions. */
  MANAGEMENT
}
