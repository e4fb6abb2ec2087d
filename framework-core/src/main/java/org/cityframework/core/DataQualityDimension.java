package org.cityframework.core;

/** A quality that collected data sets must have (seed L267). */
public enum DataQualityDimension {
  /** Reliable. */
  RELIABLE,

  /** Representative. */
  REPRESENTATIVE,

  /** Up to date. */
  UP_TO_DATE
}
