package org.cityframework.core;

/** A direction in which legal mechanisms support data sharing and co-ordination (seed L253). */
public enum SharingDirection {
  /** Across municipal departments. */
  HORIZONTAL,

  /** With other levels of government. */
  VERTICAL,

  /** With external stakeholders and partners. */
  EXTERNAL
}
