package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** Evidence in words: each fact a check read, asked as the question that collects it. */
class EvidenceQuestionTest {

  @Test
  void a_fact_is_asked_in_the_words_of_its_question() {
    Evidence published = new Evidence("/strategy/published", Optional.of("true"));
    assertThat(published.question()).isEqualTo("Is the innovation strategy publicly shared?");
  }

  @Test
  void a_fact_in_a_list_names_its_item_from_one() {
    Evidence indicator = new Evidence("/strategy/goals/1/indicator", Optional.empty());
    assertThat(indicator.question()).isEqualTo("Which indicator measures progress towards goal 2?");
  }

  @Test
  void a_fact_no_built_in_check_reads_is_asked_by_its_pointer() {
    Evidence own = new Evidence("/notes", Optional.empty());
    assertThat(own.question()).isEqualTo("What does the profile say at /notes?");
  }

  @Test
  void every_fact_the_catalogue_cites_has_a_question_in_plain_words() {
    RandomProfiles.seeded(23).stream()
        .limit(300)
        .map(Assessor.standard()::assess)
        .flatMap(a -> a.findings().stream())
        .flatMap(f -> f.evidence().stream())
        .forEach(
            e ->
                assertThat(e.question())
                    .as(e.pointer())
                    .endsWith("?")
                    .doesNotContain("/")
                    .doesNotContain("{n}"));
  }

  @Test
  void the_catalogue_asks_for_any_fact_by_its_pointer_in_either_language() {
    assertThat(Catalogue.question("/strategy/goals/1/indicator", Locale.ENGLISH))
        .isEqualTo("Which indicator measures progress towards goal 2?");
    assertThat(Catalogue.question("/strategy/published", Locale.FRENCH))
        .isEqualTo(new Evidence("/strategy/published", Optional.empty()).question(Locale.FRENCH))
        .isNotEqualTo(Catalogue.question("/strategy/published", Locale.ENGLISH));
    assertThat(Catalogue.hasQuestion("/strategy/goals/7/indicator")).isTrue();
    assertThat(Catalogue.hasQuestion("/notes")).isFalse();
    assertThat(Catalogue.question("/notes", Locale.ENGLISH))
        .isEqualTo("What does the profile say at /notes?");
    assertThatThrownBy(() -> Catalogue.question("strategy", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON Pointer");
  }
}
