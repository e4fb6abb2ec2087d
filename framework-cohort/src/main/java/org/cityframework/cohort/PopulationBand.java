package org.cityframework.cohort;

import java.util.OptionalInt;

/**
 * A city's size class by population, after the OECD's classes of urban areas ("Urban population by
 * city size", OECD Data,
 * https://www.oecd.org/en/data/indicators/urban-population-by-city-size.html): small urban areas of
 * 50,000 to 200,000 people, medium-sized of 200,000 to 500,000, metropolitan areas of 500,000 to
 * 1.5 million and large metropolitan areas of 1.5 million or more. A city below 50,000 is below the
 * OECD's smallest class. The OECD classes functional urban areas; a profile states the population
 * of the city government's area, so a band here is an approximation.
 */
public enum PopulationBand {
  /** Fewer than 50,000 people. */
  BELOW_SMALL("below-50k", 0, 50_000),

  /** 50,000 to 199,999 people: a small urban area. */
  SMALL("small", 50_000, 200_000),

  /** 200,000 to 499,999 people: a medium-sized urban area. */
  MEDIUM("medium", 200_000, 500_000),

  /** 500,000 to 1,499,999 people: a metropolitan area. */
  METROPOLITAN("metropolitan", 500_000, 1_500_000),

  /** 1.5 million people or more: a large metropolitan area. */
  LARGE_METROPOLITAN("large-metropolitan", 1_500_000, Integer.MAX_VALUE);

  private final String id;
  private final int from;
  private final int below;

  PopulationBand(String id, int from, int below) {
    this.id = id;
    this.from = from;
    this.below = below;
  }

  /** The band's id on the command line and in the cohort document, for example {@code medium}. */
  public String id() {
    return id;
  }

  /** The band of a population, empty when the population is unknown. */
  public static java.util.Optional<PopulationBand> of(OptionalInt population) {
    if (population.isEmpty()) {
      return java.util.Optional.empty();
    }
    int p = population.getAsInt();
    for (PopulationBand b : values()) {
      if (p >= b.from && (p < b.below || b == LARGE_METROPOLITAN)) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The band of an id.
   *
   * @throws IllegalArgumentException for an id of no band, naming the ids there are
   */
  public static PopulationBand ofId(String id) {
    for (PopulationBand b : values()) {
      if (b.id.equals(id)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "no population band "
            + id
            + "; the bands are below-50k, small, medium, metropolitan and large-metropolitan");
  }
}
