package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;

import org.junit.jupiter.api.Test;

/** What a profile says when it says nothing, and how "what if?" copies behave. */
class CityProfileKnowledgeTest {

  @Test
  void an_unstated_fact_is_unknown_not_no() {
    CityProfile profile = city().build();

    assertThat(profile.strategy().published()).isEmpty();
    assertThat(profile.operations().onceOnly()).isEmpty();
    assertThat(profile.population()).isEmpty();
    assertThat(profile.dataGovernance().stewardship().dataTeam()).isEmpty();
  }

  @Test
  void an_unstated_map_entry_is_unknown_not_no() {
    CityProfile profile =
        city()
            .operations(
                Operations.builder()
                    .putSecurityPractice(SecurityPractice.SECURITY_POLICY, true)
                    .build())
            .build();

    assertThat(profile.operations().securityPractices())
        .containsOnlyKeys(SecurityPractice.SECURITY_POLICY)
        .doesNotContainKey(SecurityPractice.REGULAR_AUDITS);
  }

  @Test
  void a_stated_no_is_kept_apart_from_unknown() {
    CityProfile profile =
        city().strategy(InnovationStrategy.builder().published(false).build()).build();

    assertThat(profile.strategy().published()).hasValue(false);
    assertThat(profile.strategy().status()).isEmpty();
  }

  @Test
  void a_section_the_profile_does_not_state_is_empty() {
    CityProfile profile = city().build();

    assertThat(profile.leadership()).isEqualTo(Leadership.builder().build());
    assertThat(profile.culture()).isEqualTo(Culture.builder().build());
    assertThat(profile.strategy()).isEqualTo(InnovationStrategy.builder().build());
    assertThat(profile.staff()).isEqualTo(InnovationStaff.builder().build());
    assertThat(profile.funding()).isEqualTo(Funding.builder().build());
    assertThat(profile.engagement()).isEqualTo(Engagement.builder().build());
    assertThat(profile.dataUse()).isEqualTo(DataUse.builder().build());
    assertThat(profile.evaluation()).isEqualTo(Evaluation.builder().build());
    assertThat(profile.dataGovernance()).isEqualTo(DataGovernance.builder().build());
    assertThat(profile.dataStrategy()).isEqualTo(DataStrategy.builder().build());
    assertThat(profile.regulation()).isEqualTo(Regulation.builder().build());
    assertThat(profile.operations()).isEqualTo(Operations.builder().build());
    assertThat(profile.sources()).isEmpty();
    assertThat(profile.strategy().goals()).isEmpty();
    assertThat(profile.strategy().staffRoles()).isEmpty();
  }

  @Test
  void a_what_if_copy_leaves_the_original_unchanged() {
    CityProfile today = city().build();
    InnovationStrategy adopted =
        InnovationStrategy.builder().status(StrategyStatus.ADOPTED).published(true).build();

    CityProfile whatIf = today.withStrategy(adopted);

    assertThat(whatIf.strategy()).isEqualTo(adopted);
    assertThat(today.strategy().status()).isEmpty();
    assertThat(today.strategy().published()).isEmpty();
    assertThat(whatIf).isNotEqualTo(today);
    assertThat(whatIf.name()).isEqualTo(today.name());
  }

  @Test
  void a_what_if_copy_of_a_section_leaves_the_section_unchanged() {
    InnovationStrategy inDevelopment =
        InnovationStrategy.builder().status(StrategyStatus.IN_DEVELOPMENT).build();

    InnovationStrategy adopted = inDevelopment.withStatus(StrategyStatus.ADOPTED);

    assertThat(adopted.status()).hasValue(StrategyStatus.ADOPTED);
    assertThat(inDevelopment.status()).hasValue(StrategyStatus.IN_DEVELOPMENT);
  }

  @Test
  void equal_facts_make_equal_profiles() {
    assertThat(city().population(120_000).build())
        .isEqualTo(city().population(120_000).build())
        .hasSameHashCodeAs(city().population(120_000).build());
  }
}
