package org.cityframework.core;

/**
 * The role data plays in a city's innovation efforts and decision making; the survey found 39% of
 * cities report a significant role (seed L143).
 */
public enum DataRole {
  /** No role. */
  NONE,

  /** A minor role. */
  MINOR,

  /** A moderate role. */
  MODERATE,

  /** A significant role. */
  SIGNIFICANT
}
