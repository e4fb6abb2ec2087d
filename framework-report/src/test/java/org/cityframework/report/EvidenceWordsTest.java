package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evidence in words: a fact's value as a reader says it, not as JSON writes it. */
class EvidenceWordsTest {

  private static String answer(String pointer, String value) {
    return Words.answer(pointer, Optional.of(value));
  }

  @Test
  void booleans_are_yes_and_no_and_an_unstated_fact_is_unknown() {
    assertThat(answer("/strategy/published", "true")).isEqualTo("Yes");
    assertThat(answer("/strategy/published", "false")).isEqualTo("No");
    assertThat(Words.answer("/strategy/published", Optional.empty())).isEqualTo("unknown");
  }

  @Test
  void enum_constants_are_words() {
    assertThat(answer("/dataUse/basicDataTraining", "INNOVATION_TEAM_ONLY"))
        .isEqualTo("Innovation team only");
    assertThat(answer("/dataStrategy/status", "IN_DEVELOPMENT")).isEqualTo("In development");
    assertThat(answer("/strategy/goals/0/outcome", "HEALTH")).isEqualTo("Health");
  }

  @Test
  void numbers_carry_their_unit_where_the_field_names_it() {
    assertThat(answer("/evaluation/projectsMonitoredFromInceptionPercent", "25")).isEqualTo("25%");
    assertThat(answer("/funding/commitmentHorizonYears", "1")).isEqualTo("1 year");
    assertThat(answer("/funding/commitmentHorizonYears", "3")).isEqualTo("3 years");
    assertThat(answer("/funding/budgetLines/0/amount", "1210000")).isEqualTo("1,210,000");
    assertThat(answer("/funding/budgetLines/0/year", "2026")).isEqualTo("2026");
  }

  @Test
  void lists_count_their_items_and_profile_text_stays_text() {
    assertThat(answer("/funding/budgetLines", "[3 items]")).isEqualTo("3 items");
    assertThat(answer("/strategy/goals/0/indicator", "share of forms online"))
        .isEqualTo("share of forms online");
    assertThat(answer("/strategy/goals/0/indicator", "A\u001b[31mB")).doesNotContain("\u001b");
  }

  @Test
  void an_implied_value_names_the_answer_it_follows_from_in_words() {
    assertThat(Words.impliedBy("/dataStrategy/openDataPolicy = false"))
        .isEqualTo("implied by the answer No to: Does the city have a codified open data policy?");
  }
}
