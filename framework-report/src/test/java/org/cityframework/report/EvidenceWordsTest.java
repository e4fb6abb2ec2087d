package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Evidence in words: a fact's value as a reader says it, not as JSON writes it. */
class EvidenceWordsTest {

  private static final Words ENGLISH = Words.of(Locale.ENGLISH);
  private static final Words FRENCH = Words.of(Locale.FRENCH);

  private static String answer(String pointer, String value) {
    return ENGLISH.answer(pointer, Optional.of(value));
  }

  private static String french(String pointer, String value) {
    return FRENCH.answer(pointer, Optional.of(value));
  }

  @Test
  void booleans_are_yes_and_no_and_an_unstated_fact_is_unknown() {
    assertThat(answer("/strategy/published", "true")).isEqualTo("Yes");
    assertThat(answer("/strategy/published", "false")).isEqualTo("No");
    assertThat(ENGLISH.answer("/strategy/published", Optional.empty())).isEqualTo("unknown");
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
    assertThat(ENGLISH.impliedBy("/dataStrategy/openDataPolicy = false"))
        .isEqualTo("implied by the answer No to: Does the city have a codified open data policy?");
  }

  @Test
  void in_french_every_answer_is_in_french_words_and_numbers() {
    assertThat(french("/strategy/published", "true")).isEqualTo("Oui");
    assertThat(french("/strategy/published", "false")).isEqualTo("Non");
    assertThat(FRENCH.answer("/strategy/published", Optional.empty())).isEqualTo("inconnu");
    assertThat(french("/dataUse/basicDataTraining", "INNOVATION_TEAM_ONLY"))
        .isEqualTo("Équipe d'innovation seulement");
    assertThat(french("/evaluation/projectsMonitoredFromInceptionPercent", "12.5"))
        .isEqualTo("12,5\u00a0%");
    assertThat(french("/funding/commitmentHorizonYears", "1")).isEqualTo("1 an");
    assertThat(french("/funding/commitmentHorizonYears", "3")).isEqualTo("3 ans");
    assertThat(french("/funding/budgetLines/0/amount", "1210000")).isEqualTo("1\u00a0210\u00a0000");
    assertThat(french("/funding/budgetLines", "[1 item]")).isEqualTo("1 élément");
    assertThat(french("/funding/budgetLines", "[3 items]")).isEqualTo("3 éléments");
    assertThat(FRENCH.impliedBy("/strategy/goals = 2 items"))
        .startsWith("déduit de la réponse «\u00a02 éléments\u00a0»");
    assertThat(french("/leadership/championReportsTo", "none")).isEqualTo("Sans objet");
    assertThat(FRENCH.impliedBy("/dataStrategy/openDataPolicy = false"))
        .startsWith("déduit de la réponse «\u00a0Non\u00a0» à la question\u00a0: ")
        .endsWith("?")
        .doesNotContain("Does the city");
  }

  @Test
  void every_constant_a_profile_can_state_has_words_in_english_and_french() throws Exception {
    JsonNode schema;
    try (InputStream in =
        EvidenceWordsTest.class
            .getClassLoader()
            .getResourceAsStream("org/cityframework/json/schema/city-profile.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    Set<String> constants = new TreeSet<>();
    collectEnums(schema, constants);
    assertThat(constants).hasSizeGreaterThan(40);
    for (String constant : constants) {
      assertThat(ENGLISH.answer("/x", Optional.of(constant)))
          .as(constant)
          .isEqualTo(ENGLISH.get("label." + constant));
      assertThat(FRENCH.answer("/x", Optional.of(constant)))
          .as(constant)
          .isEqualTo(FRENCH.get("label." + constant))
          .doesNotContain("_");
    }
  }

  private static void collectEnums(JsonNode node, Set<String> constants) {
    if (node.isObject()) {
      JsonNode values = node.get("enum");
      if (values != null && values.isArray()) {
        values.forEach(v -> constants.add(v.asString()));
      }
      node.forEach(child -> collectEnums(child, constants));
    } else if (node.isArray()) {
      node.forEach(child -> collectEnums(child, constants));
    }
  }
}
