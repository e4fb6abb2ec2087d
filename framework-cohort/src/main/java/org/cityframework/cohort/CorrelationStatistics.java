package org.cityframework.cohort;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/**
 * The statistics of capacity against outcomes, each by its textbook definition: Spearman's rank
 * correlation (Pearson's correlation of the ranks, ties given their average rank), its 95 %
 * confidence interval by Fisher's z with the standard error of Fieller, Hartley and Pearson (1957),
 * its two-sided p-value from Student's t with n - 2 degrees of freedom, and the Benjamini-Hochberg
 * (1995) adjustment of many p-values. Ranks and distributions come from Apache Commons Statistics;
 * it has no correlation and no multiple-testing adjustment (version 1.2), so those few lines are
 * ours (docs/cohort.md).
 */
final class CorrelationStatistics {
  /** The confidence of the interval. */
  static final double CONFIDENCE = 0.95;

  private static final NaturalRanking RANKING =
      new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
  private static final double Z =
      NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

  private CorrelationStatistics() {}

  /**
   * Spearman's rank correlation of paired values (no missing values: pairs with one are left out
   * before); not a number when either side has a single value throughout (no variation to rank).
   */
  static double spearman(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("two or more pairs are needed");
    }
    return pearson(RANKING.apply(x), RANKING.apply(y));
  }

  private static double pearson(double[] a, double[] b) {
    int n = a.length;
    double meanA = 0;
    double meanB = 0;
    for (int i = 0; i < n; i++) {
      meanA += a[i];
      meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    double products = 0;
    double squaresA = 0;
    double squaresB = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - meanA;
      double db = b[i] - meanB;
      products += da * db;
      squaresA += da * da;
      squaresB += db * db;
    }
    if (squaresA == 0 || squaresB == 0) {
      return Double.NaN;
    }
    double r = products / StrictMath.sqrt(squaresA * squaresB);
    return Math.max(-1, Math.min(1, r));
  }

  /**
   * The 95 % interval of a rank correlation over n pairs (n at least 4): {@code tanh(atanh(rho) ±
   * 1.96 × 1.06 / sqrt(n - 3))}; {@code [rho, rho]} when rho is -1 or 1.
   */
  static double[] interval(double rho, int n) {
    if (Math.abs(rho) == 1) {
      return new double[] {rho, rho};
    }
    double z = 0.5 * (StrictMath.log1p(rho) - StrictMath.log1p(-rho));
    double half = Z * 1.06 / StrictMath.sqrt(n - 3.0);
    return new double[] {StrictMath.tanh(z - half), StrictMath.tanh(z + half)};
  }

  /**
   * The two-sided p-value of a rank correlation over n pairs (n at least 3), from {@code t = rho ×
   * sqrt((n - 2) / (1 - rho²))} and Student's t with n - 2 degrees of freedom; 0 when rho is -1 or
   * 1.
   */
  static double pValue(double rho, int n) {
    if (Math.abs(rho) == 1) {
      return 0;
    }
    double t = Math.abs(rho) * StrictMath.sqrt((n - 2.0) / (1 - rho * rho));
    return Math.min(1, 2 * TDistribution.of(n - 2.0).survivalProbability(t));
  }

  /**
   * The Benjamini-Hochberg adjusted p-values, in the order given: the p-value of rank i (of m, in
   * ascending order) times m / i, made monotone from the largest down and capped at 1.
   */
  static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double smallest = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      smallest = Math.min(smallest, p[i] * m / rank);
      adjusted[i] = smallest;
    }
    return adjusted;
  }
}
