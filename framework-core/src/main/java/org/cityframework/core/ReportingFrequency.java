package org.cityframework.core;

/** How often innovation results are communicated to the public and funders (seed L177). */
public enum ReportingFrequency {
  /** Never. */
  NEVER,

  /** Now and then, with no set rhythm. */
  AD_HOC,

  /** Every year. */
  YEARLY,

  /** More than once a year. */
  MORE_THAN_YEARLY
}
