package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_APPLICABLE;
import static org.cityframework.rules.Status.NOT_ASSESSED;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

import java.util.List;
import java.util.Optional;
import org.cityframework.core.Coverage;
import org.junit.jupiter.api.Test;

class CriteriaTest {
  static final Optional<Boolean> YES = Optional.of(true);
  static final Optional<Boolean> NO = Optional.of(false);
  static final Optional<Boolean> UNKNOWN = Optional.empty();

  @Test
  void all_of_decides_only_when_every_filling_in_agrees() {
    assertThat(Criteria.allOf(YES, YES)).isEqualTo(MET);
    assertThat(Criteria.allOf(NO, NO)).isEqualTo(NOT_MET);
    assertThat(Criteria.allOf(YES, NO)).isEqualTo(PARTLY_MET);
    assertThat(Criteria.allOf(YES, NO, UNKNOWN)).isEqualTo(PARTLY_MET);
    assertThat(Criteria.allOf(YES, UNKNOWN)).isEqualTo(NOT_ASSESSED);
    assertThat(Criteria.allOf(NO, UNKNOWN)).isEqualTo(NOT_ASSESSED);
  }

  @Test
  void any_of_is_met_by_one_yes_and_not_met_only_by_all_no() {
    assertThat(Criteria.anyOf(UNKNOWN, YES)).isEqualTo(MET);
    assertThat(Criteria.anyOf(NO, NO)).isEqualTo(NOT_MET);
    assertThat(Criteria.anyOf(NO, UNKNOWN)).isEqualTo(NOT_ASSESSED);
    assertThat(Criteria.anyOf(List.of())).isEqualTo(NOT_ASSESSED);
  }

  @Test
  void at_least_compares_the_lowest_and_highest_possible_counts() {
    assertThat(Criteria.atLeast(2, 1, List.of(YES, YES, UNKNOWN))).isEqualTo(MET);
    assertThat(Criteria.atLeast(2, 1, List.of(YES, NO, UNKNOWN))).isEqualTo(NOT_ASSESSED);
    assertThat(Criteria.atLeast(3, 1, List.of(YES, NO, UNKNOWN))).isEqualTo(PARTLY_MET);
    assertThat(Criteria.atLeast(2, 1, List.of(NO, NO, NO))).isEqualTo(NOT_MET);
  }

  @Test
  void reach_beyond_the_innovation_team_is_what_counts() {
    assertThat(Criteria.reach(Optional.of(Coverage.ALL_AGENCIES))).isEqualTo(MET);
    assertThat(Criteria.reach(Optional.of(Coverage.SOME_AGENCIES))).isEqualTo(PARTLY_MET);
    assertThat(Criteria.reach(Optional.of(Coverage.INNOVATION_TEAM_ONLY))).isEqualTo(NOT_MET);
    assertThat(Criteria.reach(Optional.empty())).isEqualTo(NOT_ASSESSED);
  }

  @Test
  void combine_and_either_of_handle_unknown_and_not_applicable_parts() {
    assertThat(Criteria.combine(MET, NOT_MET)).isEqualTo(PARTLY_MET);
    assertThat(Criteria.combine(MET, NOT_ASSESSED)).isEqualTo(NOT_ASSESSED);
    assertThat(Criteria.combine(PARTLY_MET, NOT_ASSESSED)).isEqualTo(PARTLY_MET);
    assertThat(Criteria.combine(MET, NOT_APPLICABLE)).isEqualTo(MET);
    assertThat(Criteria.combine(NOT_APPLICABLE)).isEqualTo(NOT_APPLICABLE);
    assertThat(Criteria.eitherOf(NOT_ASSESSED, MET)).isEqualTo(MET);
    assertThat(Criteria.eitherOf(PARTLY_MET, NOT_MET)).isEqualTo(PARTLY_MET);
    assertThat(Criteria.eitherOf(PARTLY_MET, NOT_ASSESSED)).isEqualTo(NOT_ASSESSED);
  }
}
