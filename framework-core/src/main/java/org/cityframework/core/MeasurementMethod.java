package org.cityframework.core;

/** How progress towards a goal is measured (seed L163, L165). */
public enum MeasurementMethod {
  /** Administrative or operational data. */
  ADMINISTRATIVE_DATA,

  /** Resident surveys. */
  RESIDENT_SURVEY,

  /** Randomised controlled trials. */
  RANDOMISED_CONTROLLED_TRIAL,

  /** Interviews and other qualitative metrics. */
  QUALITATIVE_INTERVIEWS,

  /** Sensor or other automatically collected data. */
  SENSOR_DATA
}
