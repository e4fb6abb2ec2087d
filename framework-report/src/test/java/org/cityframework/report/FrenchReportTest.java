package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A French report is French from end to end (text, Markdown, CSV and HTML): none of the English
 * words of the reports or of the checks leaks into it, whichever catalogue language the assessment
 * was made with, and it is the same whatever the JVM's default locale is.
 */
class FrenchReportTest {
  private static final List<String> ENGLISH = englishPhrases();

  /**
   * The English phrases that must not appear: every English report word that differs from its
   * French translation, cut at its placeholders, of 8 characters or more (shorter ones, such as
   * "Low" or "Id", also occur inside French words or ids), the summaries of the 84 checks, and the
   * key words of the issue that asked for French.
   */
  private static List<String> englishPhrases() {
    Properties english = read("ReportText.properties");
    Properties french = read("ReportText_fr.properties");
    List<String> phrases =
        new ArrayList<>(List.of("Not met", "Partly met", "Recommendation", "Why (", "Collect"));
    for (String key : english.stringPropertyNames()) {
      String text = english.getProperty(key);
      if (text.equals(french.getProperty(key))) {
        continue;
      }
      for (String piece : text.split("\\{\\d\\}")) {
        String phrase = piece.strip();
        boolean inFrench =
            french.stringPropertyNames().stream()
                .anyMatch(k -> french.getProperty(k).contains(phrase));
        if (phrase.length() >= 8 && !inFrench) {
          phrases.add(phrase);
        }
      }
    }
    for (Check c : Catalogue.standard().checks()) {
      phrases.add(c.info().summary());
    }
    return phrases;
  }

  private static Properties read(String name) {
    Properties p = new Properties();
    try (var in = ReportText.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "CSV", "HTML"})
  void no_english_word_leaks_into_a_french_report(ReportFormat format) {
    String assessment = body(format, format.render(Cities.riverton(), Locale.FRENCH));
    String progress = body(format, format.render(Cities.rivertonProgress(), Locale.FRENCH));
    for (String phrase : ENGLISH) {
      // As words: not inside a JSON Pointer such as /dataGovernance/priorityCommunicatedToStaff.
      Pattern word = Pattern.compile("(?<![\\p{L}/])" + Pattern.quote(phrase) + "(?!\\p{L})");
      assertThat(word.matcher(assessment).find()).as("%s report has %s", format, phrase).isFalse();
      assertThat(word.matcher(progress).find()).as("%s progress has %s", format, phrase).isFalse();
    }
  }

  /**
   * What a person reads: all of it, but the header row of a CSV (its column names stay English); of
   * an HTML page, its text without the JSON Pointers shown for the expert.
   */
  private static String body(ReportFormat format, String report) {
    if (format == ReportFormat.HTML) {
      Document page = Jsoup.parse(report);
      page.select("code.pointer, style").remove();
      return page.title() + "\n" + page.body().wholeText();
    }
    return format == ReportFormat.CSV ? report.substring(report.indexOf("\r\n") + 2) : report;
  }

  @Test
  void the_answers_of_the_html_evidence_are_french_words() {
    Document page = Jsoup.parse(ReportFormat.HTML.render(Cities.riverton(), Locale.FRENCH));
    List<String> answers = page.select("ul.evidence .answer").eachText();
    assertThat(answers).isNotEmpty().contains("Oui", "Non", "inconnu");
    assertThat(answers).doesNotContain("Yes", "No", "unknown", "None");
    assertThat(answers).noneMatch(a -> a.matches("[A-Z][A-Z_]+|.*\\d years?|.*\\d items?"));
    assertThat(page.select("ul.evidence .implied").eachText())
        .allMatch(t -> t.startsWith("(déduit de"));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void the_report_language_decides_whatever_the_catalogue_language_was(ReportFormat format) {
    var profile = Cities.profile("riverton.json");
    var inFrench = Assessor.of(Catalogue.standard(Locale.FRENCH)).assess(profile);
    var inEnglish = Assessor.of(Catalogue.standard()).assess(profile);
    assertThat(format.render(inFrench, Locale.FRENCH))
        .isEqualTo(format.render(inEnglish, Locale.FRENCH));
    assertThat(format.render(inFrench, Locale.ENGLISH)).isEqualTo(format.render(inEnglish));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void a_french_report_is_the_same_whatever_the_default_locale(ReportFormat format) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String reference = format.render(Cities.riverton(), Locale.FRENCH);
      String english = format.render(Cities.riverton());
      for (Locale jvm :
          new Locale[] {Locale.FRANCE, Locale.GERMANY, Locale.US, Locale.forLanguageTag("ar-EG")}) {
        Locale.setDefault(jvm);
        assertThat(format.render(Cities.riverton(), Locale.FRENCH))
            .as("%s", jvm)
            .isEqualTo(reference);
        assertThat(format.render(Cities.riverton())).as("%s", jvm).isEqualTo(english);
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
