package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cityframework.core.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueTest {
  private static final Catalogue STANDARD = Catalogue.standard();

  @Test
  void has_the_84_checks_of_the_ten_recommendations_in_chapter_order() {
    Map<Integer, Long> perRecommendation =
        STANDARD.checks().stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.info().recommendation(), TreeMap::new, Collectors.counting()));
    assertThat(perRecommendation)
        .containsExactly(
            Map.entry(1, 10L),
            Map.entry(2, 12L),
            Map.entry(3, 6L),
            Map.entry(4, 6L),
            Map.entry(5, 8L),
            Map.entry(6, 10L),
            Map.entry(7, 6L),
            Map.entry(8, 13L),
            Map.entry(9, 5L),
            Map.entry(10, 8L));
    List<String> ids = STANDARD.checks().stream().map(c -> c.info().id()).toList();
    assertThat(ids).startsWith("R1.0", "R1.1").contains("R2.9", "R2.10", "R2.11").endsWith("R10.7");
    assertThat(ids.indexOf("R2.10")).isGreaterThan(ids.indexOf("R2.9"));
    assertThat(STANDARD.checks().stream().filter(c -> c.info().isHeadline()).count()).isEqualTo(10);
  }

  @Test
  void innovation_checks_name_no_layer_and_data_governance_checks_a_layer_and_no_component() {
    for (Check c : STANDARD.checks()) {
      CheckInfo i = c.info();
      if (i.recommendation() <= 6) {
        assertThat(i.layer()).as(i.id()).isEmpty();
      } else {
        assertThat(i.layer()).as(i.id()).isPresent();
        assertThat(i.component()).as(i.id()).isEmpty();
      }
    }
  }

  @Test
  void related_checks_point_both_ways() {
    for (Check c : STANDARD.checks()) {
      for (String other : c.info().related()) {
        assertThat(STANDARD.check(other).orElseThrow().info().related())
            .as("%s relates to %s, so %s should relate back", c.info().id(), other, other)
            .contains(c.info().id());
      }
    }
  }

  @Test
  void every_element_and_effort_is_used_and_weights_are_one_to_three() {
    assertThat(STANDARD.checks().stream().map(c -> c.info().element()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Element.values());
    assertThat(STANDARD.checks()).allSatisfy(c -> assertThat(c.info().weight()).isBetween(1, 3));
    assertThat(STANDARD.checks().stream().filter(c -> c.info().isHeadline()))
        .allSatisfy(c -> assertThat(c.info().weight()).isEqualTo(3));
  }

  @Test
  void every_text_in_the_bundle_belongs_to_a_check() throws IOException {
    Properties texts = new Properties();
    try (var in = Catalogue.class.getResourceAsStream("CheckTexts.properties")) {
      texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> ids =
        STANDARD.checks().stream().map(c -> c.info().id()).collect(Collectors.toSet());
    for (String key : texts.stringPropertyNames()) {
      String id = key.substring(0, key.indexOf('.', key.indexOf('.') + 1));
      assertThat(ids).as("text key %s", key).contains(id);
    }
  }

  @Test
  void cites_bullets_and_recommendation_titles_of_the_seed_chapter() throws IOException {
    Path seed = Path.of("..", "..", "shared", "seed", "000_b2f4438ec2cb8669.txt");
    assumeTrue(Files.exists(seed), "the seed chapter sits beside the clone in CI");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    for (Check c : STANDARD.checks()) {
      CheckInfo i = c.info();
      String first = lines.get(i.seedLines().get(0) - 1).strip();
      if (i.isHeadline()) {
        assertThat(first).as(i.id()).startsWith("1. " + i.recommendation() + ". ");
      } else {
        assertThat(first).as(i.id()).startsWith("•");
      }
    }
  }

  @Test
  void the_french_catalogue_has_french_words_cites_in_french_and_keeps_the_action_conditions() {
    Catalogue french = Catalogue.standard(Locale.FRENCH);
    assertThat(french.size()).isEqualTo(84);
    CheckInfo r30 = french.check("R3.0").orElseThrow().info();
    CheckInfo english = STANDARD.check("R3.0").orElseThrow().info();
    assertThat(r30.summary())
        .isEqualTo(
            "Une stratégie d'innovation formelle, rendue publique et assortie d'objectifs"
                + " mesurables");
    assertThat(english.why()).contains("(Rec. 3, opening text, L91)");
    assertThat(r30.why()).contains("(Rec. 3, texte introductif, L91)");
    assertThat(r30.actions()).hasSameSizeAs(english.actions());
    assertThat(r30.actionsDoneWhen()).isEqualTo(english.actionsDoneWhen());
    assertThat(r30.seedLines()).isEqualTo(english.seedLines());
  }

  /**
   * The standard catalogues are loaded once and kept; loading them again gives every check with its
   * words, action by action, in both languages. (Checked on fresh loads so that a fault in loading
   * shows here, not only in whatever first loaded the kept ones.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void a_fresh_load_has_every_check_with_its_words(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Catalogue fresh = Catalogue.load(locale, List.of());
    assertThat(fresh.size()).isEqualTo(84);
    assertThat(fresh.checks().stream().map(c -> c.info().id()))
        .containsExactlyElementsOf(STANDARD.checks().stream().map(c -> c.info().id()).toList());
    for (Check check : fresh.checks()) {
      CheckInfo info = check.info();
      assertThat(info.summary()).as(info.id()).isNotBlank();
      assertThat(info.why()).as(info.id()).isNotBlank();
      assertThat(info.rule()).as(info.id()).isNotBlank();
      assertThat(info.actions())
          .as(info.id())
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a).isNotBlank());
      assertThat(info.actionsDoneWhen())
          .as(info.id())
          .satisfiesAnyOf(
              when -> assertThat(when).isEmpty(),
              when -> assertThat(when).hasSameSizeAs(info.actions()));
    }
    CheckInfo r70 = fresh.check("R7.0").orElseThrow().info();
    assertThat(r70.actionsDoneWhen())
        .startsWith(
            "/dataGovernance/stewardship/dataTeam=true"
                + " | /dataGovernance/stewardship/chiefDataOfficer=true",
            "/dataStrategy/status=ADOPTED");
    CheckInfo r30 = fresh.check("R3.0").orElseThrow().info();
    assertThat(r30.actions()).hasSize(r30.actionsDoneWhen().size()).hasSizeGreaterThan(2);
    assertThat(r30.summary())
        .isEqualTo(
            language.equals("fr")
                ? "Une stratégie d'innovation formelle, rendue publique et assortie d'objectifs"
                    + " mesurables"
                : "A formal, publicly shared innovation strategy with measurable goals");
    assertThat(fresh.checks())
        .extracting(Check::info)
        .containsExactlyElementsOf(
            Catalogue.standard(locale).checks().stream().map(Check::info).toList());
  }

  @Test
  void only_the_language_of_the_locale_counts() {
    assertThat(Catalogue.standard(Locale.CANADA_FRENCH))
        .isSameAs(Catalogue.standard(Locale.FRENCH));
    assertThat(Catalogue.standard(Locale.GERMAN)).isSameAs(STANDARD);
    assertThat(Catalogue.standard(Locale.ENGLISH)).isSameAs(STANDARD);
    assertThat(Catalogue.languages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
  }

  @Test
  void rejects_duplicate_ids_missing_related_checks_and_prerequisite_cycles_all_at_once() {
    Check a = custom("X.a", List.of("X.missing"), List.of("X.b"));
    Check b = custom("X.b", List.of(), List.of("X.a"));
    assertThatThrownBy(() -> Catalogue.of(List.of(a, custom("X.a", List.of(), List.of()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("X.a is used by more than one check")
        .hasMessageContaining("relates to X.missing");
    assertThatThrownBy(() -> Catalogue.of(List.of(custom("X.a", List.of(), List.of("X.b")), b)))
        .hasMessageContaining("prerequisites form a cycle");
  }

  @Test
  void rejects_incomplete_check_metadata_naming_every_problem() {
    assertThatThrownBy(
            () ->
                CheckInfo.builder()
                    .id("bad id")
                    .recommendation(11)
                    .element(Element.VISION)
                    .summary("Ends with a period.")
                    .why(" ")
                    .rule("r")
                    .effort(Effort.LOW)
                    .weight(0)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id must be")
        .hasMessageContaining("recommendation must be from 1 to 10")
        .hasMessageContaining("without a trailing period")
        .hasMessageContaining("why must not be blank")
        .hasMessageContaining("at least one action")
        .hasMessageContaining("weight must be from 1 to 10");
  }

  static Check custom(String id, List<String> related, List<String> prerequisites) {
    CheckInfo info =
        CheckInfo.builder()
            .id(id)
            .recommendation(3)
            .element(Element.VISION)
            .summary("A local practice")
            .why("Because")
            .rule("Met when true")
            .addActions("Do it")
            .effort(Effort.LOW)
            .weight(1)
            .related(related)
            .prerequisites(prerequisites)
            .build();
    return new Check() {
      @Override
      public CheckInfo info() {
        return info;
      }

      @Override
      public Verdict evaluate(Facts facts) {
        return Criteria.fact(
            facts.read(
                "/leadership/mayorPrioritisesInnovation",
                p -> p.leadership().mayorPrioritisesInnovation()));
      }
    };
  }
}
