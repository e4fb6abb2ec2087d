package org.cityframework.core;

/** A dimension that data stewardship must span (seed L195). */
public enum StewardshipDimension {
  /** Technical. */
  TECHNICAL,

  /** Organisational. */
  ORGANISATIONAL,

  /** Legal. */
  LEGAL
}
