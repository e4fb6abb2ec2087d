package org.cityframework.core;

/** An area that regulatory data standards define and enforce (seed L251). */
public enum RegulatedArea {
  /** Data management. */
  DATA_MANAGEMENT,

  /** Data sharing. */
  DATA_SHARING,

  /** Data protection. */
  DATA_PROTECTION
}
