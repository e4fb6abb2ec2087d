package org.cityframework.core;

/** A data skill that recommendation 8 asks cities to build, with its value-cycle stage (L203). */
public enum DataSkill {
  /** Collecting data. */
  COLLECTING(ValueCycleStage.COLLECTION_AND_GENERATION),

  /** Processing data. */
  PROCESSING(ValueCycleStage.STORING_SECURING_PROCESSING),

  /** Storing data. */
  STORING(ValueCycleStage.STORING_SECURING_PROCESSING),

  /** Analysing data. */
  ANALYSING(ValueCycleStage.ANALYSIS_AND_USE),

  /** Sharing data. */
  SHARING(ValueCycleStage.SHARING_INTEGRATION_RELEASE),

  /** Using and re-using data. */
  REUSING(ValueCycleStage.ANALYSIS_AND_USE);

  private final ValueCycleStage stage;

  DataSkill(ValueCycleStage stage) {
    this.stage = stage;
  }

  /** The stage of the data value cycle this skill serves. */
  public ValueCycleStage stage() {
    return stage;
  }
}
