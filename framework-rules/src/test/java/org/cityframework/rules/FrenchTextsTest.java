package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cityframework.testkit.Translation;
import org.junit.jupiter.api.Test;

/**
 * Every text of the rules a user reads has its French translation, and the translations say the
 * same things as the English: same placeholders, same seed lines, same check ids.
 */
class FrenchTextsTest {
  private static final Pattern SEED_LINES = Pattern.compile("\\bL\\d+(-\\d+)?\\b");
  private static final Pattern CHECK_IDS = Pattern.compile("\\bR\\d+\\.\\d+\\b");

  @Test
  void every_check_text_has_its_french_translation() {
    // .weighting is read only by docs/prioritisation.md, which is in English; .doneWhen is syntax.
    assertThat(
            Translation.of(Catalogue.class, "CheckTexts.properties", "CheckTexts_fr.properties")
                .exempt(key -> key.endsWith(".weighting") || key.endsWith(".doneWhen"))
                .sameTerms(SEED_LINES)
                .sameTerms(CHECK_IDS)
                .frenchPunctuation()
                .problems())
        .isEmpty();
  }

  @Test
  void every_question_has_its_french_translation() {
    assertThat(
            Translation.of(Catalogue.class, "Questions.properties", "Questions_fr.properties")
                .frenchPunctuation()
                .problems())
        .isEmpty();
  }

  @Test
  void every_word_of_a_citation_has_its_french_translation() {
    // The reference data (title, year, DOI) and the outline of the chapter are the same in every
    // language; the words a reader sees are under words.*, and the author and publisher are named
    // in French.
    assertThat(
            Translation.of(Catalogue.class, "Publication.properties", "Publication_fr.properties")
                .exempt(
                    key ->
                        !key.startsWith("words.")
                            && !key.equals("author")
                            && !key.equals("publisher"))
                .frenchPunctuation()
                .problems())
        .isEmpty();
  }

  @Test
  void a_french_citation_names_the_recommendation_and_the_point() {
    Publication french = Publication.chapter(Locale.FRENCH);
    assertThat(french.locate(193)).contains("Rec. 7, point 4");
    assertThat(french.locate(33)).contains("Rec. 1, point 2, sous-point 1");
    assertThat(french.locate(17)).contains("introduction du chapitre");
    assertThat(french.cite(java.util.List.of(181, 183)))
        .isEqualTo("Rec. 7, titre, L181\u00a0; texte introductif, L183");
    assertThat(french.reference())
        .isEqualTo(
            "OCDE (2021), «\u00a0Building innovation and data use capacity in city"
                + " government\u00a0», chapitre 5 dans Innovation and Data Use in Cities: A Road to"
                + " Increased Well-being, Éditions OCDE, Paris, https://doi.org/10.1787/9f53286f-en"
                + " (publication en anglais\u00a0; il n'en existe pas de version française).");
    assertThat(Publication.chapter(Locale.GERMAN)).isSameAs(Publication.chapter());
  }

  @Test
  void the_french_questions_ask_in_french_in_the_same_order() {
    var english = Questions.words(Locale.ENGLISH);
    var french = Questions.words(Locale.FRENCH);
    assertThat(Questions.text("/strategy/goals/1/target", french))
        .isEqualTo("Quelle valeur de l'indicateur l'objectif 2 vise-t-il (sa cible)\u00a0?");
    assertThat(Questions.text("/somewhere/else", french))
        .isEqualTo("Que dit le profil à l'emplacement /somewhere/else\u00a0?");
    assertThat(Questions.text("/somewhere/else", english))
        .isEqualTo("What does the profile say at /somewhere/else?");
  }

  @Test
  void an_assessment_changes_language_without_changing_a_verdict() {
    var profile = CheckTesting.unknownCity();
    Assessment english = Assessor.of(Catalogue.standard()).assess(profile);
    Assessment french = Assessor.of(Catalogue.standard(Locale.FRENCH)).assess(profile);
    assertThat(english.inLanguage(Locale.ENGLISH)).isSameAs(english);
    assertThat(english.inLanguage(Locale.FRENCH)).isEqualTo(french);
    assertThat(french.inLanguage(Locale.ENGLISH)).isEqualTo(english);
    assertThat(french.scores()).isEqualTo(english.scores());
    assertThat(english.toCollect(Locale.FRENCH))
        .extracting(Question::pointer)
        .isEqualTo(english.toCollect().stream().map(Question::pointer).toList());
    assertThat(english.toCollect(Locale.FRENCH).get(0).text()).endsWith("\u00a0?");
  }

  @Test
  void a_check_of_ones_own_keeps_its_words_in_every_language() {
    CheckInfo own =
        CheckInfo.copyOf(Catalogue.standard().check("R3.0").orElseThrow().info())
            .withSummary("Our own words for R3.0");
    assertThat(Catalogue.wordsOf(own, Locale.FRENCH)).isSameAs(own);
  }
}
