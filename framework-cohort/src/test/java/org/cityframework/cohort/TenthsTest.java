package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenthsTest {

  private static Tenths of(double... values) {
    Tenths t = new Tenths();
    for (double v : values) {
      t.add(v);
    }
    return t;
  }

  @Test
  void percentiles_follow_the_nearest_rank_rule() {
    // ten values: P10 is the 1st, P25 the 3rd (ceil 2.5), the median the 5th, P75 the 8th
    Tenths t = of(50.0, 10.0, 20.0, 30.0, 40.0, 60.0, 70.0, 80.0, 90.0, 100.0);
    Distribution d = Distribution.of(t);
    assertThat(d).isEqualTo(new Distribution(10, 10.0, 10.0, 30.0, 50.0, 80.0, 90.0, 100.0));
  }

  @Test
  void one_value_is_every_percentile() {
    assertThat(Distribution.of(of(33.3)))
        .isEqualTo(new Distribution(1, 33.3, 33.3, 33.3, 33.3, 33.3, 33.3, 33.3));
  }

  @Test
  void values_in_tenths_are_kept_exactly() {
    Tenths t = of(0.1, 0.2, 99.9);
    assertThat(t.percentile(0)).isEqualTo(0.1);
    assertThat(t.percentile(50)).isEqualTo(0.2);
    assertThat(t.percentile(100)).isEqualTo(99.9);
    assertThat(t.below(0.2)).isEqualTo(1);
    assertThat(t.equal(0.2)).isEqualTo(1);
  }

  @Test
  void merging_adds_the_counts() {
    Tenths a = of(1.0, 2.0);
    Tenths b = of(2.0, 3.0);
    a.addAll(b);
    assertThat(a).isEqualTo(of(3.0, 2.0, 2.0, 1.0));
    assertThat(a.total()).isEqualTo(4);
  }

  @Test
  void a_value_outside_0_to_100_is_refused() {
    assertThatThrownBy(() -> of(100.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> of(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
