package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;
import static org.cityframework.core.ProfileAssertions.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data strategy section. Contradictions between its facts are checked with the whole profile
 * ({@link Implications}), at the absolute pointer of the contradicting fact.
 */
class DataStrategyTest {

  static DataStrategy.Builder noOpenDataPolicy() {
    return DataStrategy.builder().openDataPolicy(false);
  }

  /** Builds a whole profile with this data strategy, which checks it against every implication. */
  static CityProfile profileWith(DataStrategy.Builder dataStrategy) {
    return city().dataStrategy(dataStrategy.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_public_open_data_policy_said_not_to_exist() {
    assertThat(noOpenDataPolicy().openDataPolicyPublic(true).build().openDataPolicyPublic())
        .hasValue(true);
  }

  @Test
  void rejects_a_public_open_data_policy_said_not_to_exist() {
    assertContradicts(
        () -> profileWith(noOpenDataPolicy().openDataPolicyPublic(true)),
        "/dataStrategy/openDataPolicyPublic",
        "/dataStrategy/openDataPolicy",
        "a city with no open data policy has no policy to publish");
  }

  @Test
  void rejects_proactive_disclosure_by_an_open_data_policy_said_not_to_exist() {
    assertContradicts(
        () -> profileWith(noOpenDataPolicy().proactiveDisclosure(true)),
        "/dataStrategy/proactiveDisclosure",
        "/dataStrategy/openDataPolicy",
        "a city with no open data policy has no policy to publish or to commit to disclosure");
  }

  @Test
  void builds_no_open_data_policy_that_is_neither_public_nor_proactive() {
    assertThat(
            profileWith(noOpenDataPolicy().openDataPolicyPublic(false).proactiveDisclosure(false))
                .dataStrategy()
                .openDataPolicy())
        .hasValue(false);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void rejects_the_implementation_of_a_data_strategy_said_not_to_exist(Coverage implementation) {
    assertContradicts(
        () ->
            profileWith(
                DataStrategy.builder().status(StrategyStatus.NONE).implementation(implementation)),
        "/dataStrategy/implementation",
        "/dataStrategy/status",
        "a data strategy that does not exist is implemented nowhere",
        "(/dataStrategy/implementation = NONE, found " + implementation + ")");
  }

  @Test
  void builds_a_data_strategy_said_not_to_exist_and_implemented_nowhere() {
    assertThat(
            profileWith(
                    DataStrategy.builder()
                        .status(StrategyStatus.NONE)
                        .implementation(Coverage.NONE))
                .dataStrategy()
                .implementation())
        .hasValue(Coverage.NONE);
  }

  @Test
  void builds_a_data_strategy_in_development_already_implemented_in_some_agencies() {
    assertThat(
            profileWith(
                    DataStrategy.builder()
                        .status(StrategyStatus.IN_DEVELOPMENT)
                        .implementation(Coverage.SOME_AGENCIES))
                .dataStrategy()
                .status())
        .hasValue(StrategyStatus.IN_DEVELOPMENT);
  }

  @Test
  void lists_both_contradictions_of_a_data_strategy() {
    assertThat(
            rejection(
                    () ->
                        profileWith(
                            DataStrategy.builder()
                                .status(StrategyStatus.NONE)
                                .implementation(Coverage.ALL_AGENCIES)
                                .openDataPolicy(false)
                                .openDataPolicyPublic(true)))
                .problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/dataStrategy/implementation", "/dataStrategy/openDataPolicyPublic");
  }
}
