package org.cityframework.core;

import java.util.OptionalInt;

/**
 * A municipal policy sector in which a city may hold sufficient data (seed L9, L143).
 *
 * <p>The first eight carry the share of cities that reported collecting data in them in the 2018
 * OECD/Bloomberg survey wave; the rest complete the list with the usual municipal sectors.
 */
public enum PolicySector {
  /** Transport (64% of cities in 2018). */
  TRANSPORT(64),
  /** Policing (57%). */
  POLICING(57),
  /** Land use and zoning (51%). */
  LAND_USE_AND_ZONING(51),
  /** Housing (47%). */
  HOUSING(47),
  /** Social welfare and inclusion (32%). */
  SOCIAL_WELFARE_AND_INCLUSION(32),
  /** Blight (29%). */
  BLIGHT(29),
  /** Tourism (29%). */
  TOURISM(29),
  /** Culture (20%). */
  CULTURE(20),
  /** Health. */
  HEALTH(-1),
  /** Education. */
  EDUCATION(-1),
  /** Environment. */
  ENVIRONMENT(-1),
  /** Water and waste. */
  WATER_AND_WASTE(-1),
  /** Energy. */
  ENERGY(-1),
  /** Economic development. */
  ECONOMIC_DEVELOPMENT(-1),
  /** Budget and finance. */
  BUDGET_AND_FINANCE(-1),
  /** Employment. */
  EMPLOYMENT(-1),
  /** Emergency management. */
  EMERGENCY_MANAGEMENT(-1),
  /** Parks and recreation. */
  PARKS_AND_RECREATION(-1);

  private final int surveyShare2018;

  PolicySector(int surveyShare2018) {
    this.surveyShare2018 = surveyShare2018;
  }

  /**
   * The percentage of cities collecting data in this sector in the 2018 survey wave, where the
   * report gives one.
   */
  public OptionalInt surveyShare2018() {
    return surveyShare2018 < 0 ? OptionalInt.empty() : OptionalInt.of(surveyShare2018);
  }
}
