package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationTest {

  @ParameterizedTest(name = "{0}%")
  @ValueSource(ints = {-1, 101})
  void rejects_a_share_of_projects_monitored_from_inception_outside_0_to_100(int percent) {
    assertRejected(
        () -> Evaluation.builder().projectsMonitoredFromInceptionPercent(percent).build(),
        "/projectsMonitoredFromInceptionPercent",
        "the share of projects monitored from inception is a percentage from 0 to 100 (found "
            + percent
            + ")");
  }

  @ParameterizedTest(name = "{0}%")
  @ValueSource(ints = {0, 100})
  void builds_a_share_of_projects_at_either_end_of_the_range(int percent) {
    assertThat(
            Evaluation.builder()
                .projectsMonitoredFromInceptionPercent(percent)
                .build()
                .projectsMonitoredFromInceptionPercent())
        .hasValue(percent);
  }
}
