package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The statistics against known answers. The reference values were computed once with SciPy 1.17.1
 * (NumPy 2.4.6):
 *
 * <pre>
 * from scipy import stats; import numpy as np
 * x = [1,2,2,3,4,5,5,5,6,7,8,9]; y = [2,1,4,3,3,6,5,7,9,8,8,10]
 * r = stats.spearmanr(x, y); n = len(x)
 * z = np.arctanh(r.statistic); h = stats.norm.ppf(0.975) * 1.06 / np.sqrt(n - 3)
 * print(r.statistic, r.pvalue, np.tanh(z - h), np.tanh(z + h))
 * print(stats.false_discovery_control(p, method='bh'))  # p: Benjamini and Hochberg 1995's 15
 * </pre>
 */
class CorrelationStatisticsTest {
  private static final double[] X = {1, 2, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9};
  private static final double[] Y = {2, 1, 4, 3, 3, 6, 5, 7, 9, 8, 8, 10};

  @Test
  void a_perfect_monotone_relation_has_rho_one_exactly_and_p_zero() {
    double[] x = new double[12];
    double[] y = new double[12];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 7.5;
      y[i] = Math.exp(i / 3.0); // monotone, far from linear
    }
    double rho = CorrelationStatistics.spearman(x, y);
    assertThat(rho).isEqualTo(1.0);
    assertThat(CorrelationStatistics.pValue(rho, 12)).isZero();
    assertThat(CorrelationStatistics.interval(rho, 12)).containsExactly(1.0, 1.0);
  }

  @Test
  void a_reversed_relation_has_rho_minus_one_exactly() {
    double[] x = {3, 1, 4, 1.5, 5, 9, 2.6, 6.5};
    double[] y = Arrays.stream(x).map(v -> -v * v).toArray();
    assertThat(CorrelationStatistics.spearman(x, y)).isEqualTo(-1.0);
  }

  @Test
  void ties_take_their_average_rank_as_scipy_spearmanr_gives() {
    double rho = CorrelationStatistics.spearman(X, Y);
    assertThat(rho).isCloseTo(0.927446702293295, within(1e-12));
    assertThat(CorrelationStatistics.pValue(rho, X.length))
        .isCloseTo(1.40049964012112e-05, within(1e-12));
    double[] interval = CorrelationStatistics.interval(rho, X.length);
    assertThat(interval[0]).isCloseTo(0.738555716908865, within(1e-9));
    assertThat(interval[1]).isCloseTo(0.981331212895613, within(1e-9));
  }

  @Test
  void a_side_with_one_value_throughout_has_no_correlation() {
    double[] constant = new double[X.length];
    Arrays.fill(constant, 4);
    assertThat(CorrelationStatistics.spearman(X, constant)).isNaN();
  }

  @Test
  void benjamini_hochberg_matches_the_1995_paper_s_example() {
    // The fifteen p-values of Benjamini and Hochberg (1995), section 4.
    double[] p = {
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
      0.5719, 0.6528, 0.7590, 1.000
    };
    double[] expected = {
      0.0015,
      0.003,
      0.0095,
      0.035625,
      0.0603,
      0.0638571428571429,
      0.0638571428571429,
      0.0645,
      0.0765,
      0.486,
      0.581181818181818,
      0.714875,
      0.753230769230769,
      0.813214285714286,
      1
    };
    double[] shuffled = {p[14], p[3], p[0], p[7], p[1], p[2], p[4], p[5], p[6], p[8], p[9]};
    assertThat(CorrelationStatistics.benjaminiHochberg(p)).containsExactly(expected, within(1e-12));
    // The paper rejects the first four at q = 0.05.
    assertThat(Arrays.stream(CorrelationStatistics.benjaminiHochberg(p)).filter(a -> a < 0.05))
        .hasSize(4);
    // The order given is kept.
    assertThat(CorrelationStatistics.benjaminiHochberg(shuffled)[0]).isEqualTo(1.0);
  }

  @Test
  void pure_noise_over_many_pairs_is_not_significant_after_the_adjustment() {
    int pairs = 80;
    int n = 40;
    int seedsWithAFinding = 0;
    int rawBelowAlpha = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      double[] p = new double[pairs];
      for (int k = 0; k < pairs; k++) {
        double[] x = random.doubles(n).toArray();
        double[] y = random.doubles(n).toArray();
        p[k] = CorrelationStatistics.pValue(CorrelationStatistics.spearman(x, y), n);
        rawBelowAlpha += p[k] < 0.05 ? 1 : 0;
      }
      if (Arrays.stream(CorrelationStatistics.benjaminiHochberg(p)).anyMatch(a -> a < 0.05)) {
        seedsWithAFinding++;
      }
    }
    // Unadjusted, about 5 % of the 1600 noise pairs look significant; adjusted, almost none does:
    // under pure noise the chance of any finding in a family is at most 5 %.
    assertThat(rawBelowAlpha).isBetween(40, 130);
    assertThat(seedsWithAFinding).isLessThanOrEqualTo(2);
  }
}
