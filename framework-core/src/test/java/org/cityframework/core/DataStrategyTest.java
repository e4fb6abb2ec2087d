package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;
import static org.cityframework.core.ProfileAssertions.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataStrategyTest {

  static DataStrategy.Builder noOpenDataPolicy() {
    return DataStrategy.builder().openDataPolicy(false);
  }

  @Test
  void rejects_a_public_open_data_policy_said_not_to_exist() {
    assertRejected(
        () -> noOpenDataPolicy().openDataPolicyPublic(true).build(),
        "/openDataPolicy",
        "there is said to be no open data policy");
  }

  @Test
  void rejects_proactive_disclosure_by_an_open_data_policy_said_not_to_exist() {
    assertRejected(
        () -> noOpenDataPolicy().proactiveDisclosure(true).build(),
        "/openDataPolicy",
        "there is said to be no open data policy");
  }

  @Test
  void builds_no_open_data_policy_that_is_neither_public_nor_proactive() {
    assertThat(
            noOpenDataPolicy()
                .openDataPolicyPublic(false)
                .proactiveDisclosure(false)
                .build()
                .openDataPolicy())
        .hasValue(false);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void rejects_the_implementation_of_a_data_strategy_said_not_to_exist(Coverage implementation) {
    assertRejected(
        () ->
            DataStrategy.builder()
                .status(StrategyStatus.NONE)
                .implementation(implementation)
                .build(),
        "/implementation",
        "no data strategy, yet it is said to be implemented (" + implementation + ")");
  }

  @Test
  void builds_a_data_strategy_said_not_to_exist_and_implemented_nowhere() {
    assertThat(
            DataStrategy.builder()
                .status(StrategyStatus.NONE)
                .implementation(Coverage.NONE)
                .build()
                .implementation())
        .hasValue(Coverage.NONE);
  }

  @Test
  void builds_a_data_strategy_in_development_already_implemented_in_some_agencies() {
    assertThat(
            DataStrategy.builder()
                .status(StrategyStatus.IN_DEVELOPMENT)
                .implementation(Coverage.SOME_AGENCIES)
                .build()
                .status())
        .hasValue(StrategyStatus.IN_DEVELOPMENT);
  }

  @Test
  void lists_both_contradictions_of_a_data_strategy() {
    assertThat(
            rejection(
                    () ->
                        DataStrategy.builder()
                            .status(StrategyStatus.NONE)
                            .implementation(Coverage.ALL_AGENCIES)
                            .openDataPolicy(false)
                            .openDataPolicyPublic(true)
                            .build())
                .problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/openDataPolicy", "/implementation");
  }
}
