package org.cityframework.core;

/** A step in appraising the quality of data before it is stored (seed L271). */
public enum QualityAppraisalStep {
  /** Cleansing. */
  CLEANSING,

  /** Sorting. */
  SORTING,

  /** Inventory. */
  INVENTORY,

  /** Deciding whether personally identifiable data can be linked and/or anonymised. */
  LINKAGE_AND_ANONYMISATION_REVIEW
}
