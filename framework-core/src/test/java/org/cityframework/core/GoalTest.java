package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoalTest {

  static Goal.Builder goal() {
    return Goal.builder().description("Fewer emergency admissions for asthma");
  }

  @Test
  void rejects_a_blank_description() {
    assertRejected(
        () -> Goal.builder().description(" \t").build(), "/description", "a goal's description");
  }

  @Test
  void rejects_a_stated_but_blank_indicator() {
    assertRejected(() -> goal().indicator("").build(), "/indicator", "an indicator");
  }

  @Test
  void builds_a_goal_that_states_no_indicator() {
    assertThat(goal().build().indicator()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {1899, 2201})
  void rejects_a_target_year_outside_1900_to_2200(int year) {
    assertRejected(() -> goal().targetYear(year).build(), "/targetYear", "a target year");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {1900, 2200})
  void builds_a_target_year_at_either_end_of_the_range(int year) {
    assertThat(goal().targetYear(year).build().targetYear()).hasValue(year);
  }
}
