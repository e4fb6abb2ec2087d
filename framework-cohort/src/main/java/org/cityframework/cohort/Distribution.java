package org.cityframework.cohort;

/**
 * How a score or a coverage is spread over the cities of a group: the minimum, the 10th, 25th, 50th
 * (median), 75th and 90th percentiles and the maximum, each a value some city has (the nearest-rank
 * rule, {@code docs/cohort.md}), exact.
 *
 * @param cities how many cities the figures rest on
 * @param min the lowest value
 * @param p10 the 10th percentile
 * @param p25 the 25th percentile
 * @param median the median
 * @param p75 the 75th percentile
 * @param p90 the 90th percentile
 * @param max the highest value
 */
public record Distribution(
    long cities,
    double min,
    double p10,
    double p25,
    double median,
    double p75,
    double p90,
    double max) {

  /** Refuses figures out of order or outside 0 to 100, and a distribution of no city. */
  public Distribution {
    if (cities < 1) {
      throw new IllegalArgumentException("a distribution needs at least one city, found " + cities);
    }
    double[] figures = {min, p10, p25, median, p75, p90, max};
    for (int i = 0; i < figures.length; i++) {
      if (!(figures[i] >= 0 && figures[i] <= 100) || (i > 0 && figures[i] < figures[i - 1])) {
        throw new IllegalArgumentException(
            "the figures of a distribution must rise from 0 to 100, found "
                + java.util.Arrays.toString(figures));
      }
    }
  }

  static Distribution of(Tenths values) {
    return new Distribution(
        values.total(),
        values.percentile(0),
        values.percentile(10),
        values.percentile(25),
        values.percentile(50),
        values.percentile(75),
        values.percentile(90),
        values.percentile(100));
  }
}
