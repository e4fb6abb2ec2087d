package org.cityframework.core;

/** A stage of the government data value cycle (seed L195, L203, L261). */
public enum ValueCycleStage {
  /** Collecting and generating data. */
  COLLECTION_AND_GENERATION,

  /** Storing, securing and processing data and appraising its quality. */
  STORING_SECURING_PROCESSING,

  /** Sharing, integrating and releasing data. */
  SHARING_INTEGRATION_RELEASE,

  /** Analysing, using and re-using data. */
  ANALYSIS_AND_USE
}
