package org.cityframework.cohort;

import java.util.Arrays;

/**
 * How many cities have each value from 0.0 to 100.0 in steps of one tenth: an exact histogram of
 * 1001 counts. Scores and coverages are rounded to one decimal ({@code docs/cohort.md}), so this
 * holds every value exactly, in bounded memory whatever the number of cities, and two histograms
 * merge by adding their counts: the same cities in any split give the same counts.
 */
final class Tenths {
  /** The number of values: 0.0, 0.1, ..., 100.0. */
  static final int VALUES = 1001;

  private final long[] counts = new long[VALUES];
  private long total;

  /** The value's index: its tenths. */
  static int index(double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0 || tenths >= VALUES) {
      throw new IllegalArgumentException(
          "a score or coverage must be from 0 to 100, found " + value);
    }
    return (int) tenths;
  }

  void add(double value) {
    counts[index(value)]++;
    total++;
  }

  void addAll(Tenths other) {
    for (int i = 0; i < VALUES; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long total() {
    return total;
  }

  /** A copy of the counts, one per value: the histogram in a cohort's serial form. */
  long[] counts() {
    return counts.clone();
  }

  /**
   * The histogram of {@code counts}, one per value, as {@link #counts()} gives them.
   *
   * @throws IllegalArgumentException when there are not {@link #VALUES} counts or one is negative
   */
  static Tenths of(long[] counts) {
    if (counts.length != VALUES) {
      throw new IllegalArgumentException(
          "a histogram has " + VALUES + " counts, found " + counts.length);
    }
    Tenths t = new Tenths();
    for (int i = 0; i < VALUES; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("a count cannot be negative, found " + counts[i]);
      }
      t.counts[i] = counts[i];
      t.total += counts[i];
    }
    return t;
  }

  /**
   * The value at percentile {@code p} (0 to 100) by the nearest-rank rule: the smallest value with
   * at least {@code ceil(p / 100 × n)} values at or below it (at least one, so {@code p = 0} gives
   * the minimum and {@code p = 100} the maximum). Needs at least one value.
   */
  double percentile(int p) {
    long rank = Math.max(1, (p * total + 99) / 100);
    long seen = 0;
    for (int i = 0; i < VALUES; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return i / 10.0;
      }
    }
    throw new IllegalStateException("no values");
  }

  /** How many values are below {@code value}. */
  long below(double value) {
    int to = index(value);
    long n = 0;
    for (int i = 0; i < to; i++) {
      n += counts[i];
    }
    return n;
  }

  /** How many values equal {@code value}. */
  long equal(double value) {
    return counts[index(value)];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tenths t && t.total == total && Arrays.equals(t.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }
}
