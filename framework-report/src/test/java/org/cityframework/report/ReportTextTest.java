package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cityframework.testkit.Translation;
import org.junit.jupiter.api.Test;

/** Every word of the reports has its French translation, with the same placeholders. */
class ReportTextTest {

  @Test
  void every_report_word_has_its_french_translation() {
    assertThat(
            Translation.of(ReportText.class, "ReportText.properties", "ReportText_fr.properties")
                .sameTerms(Pattern.compile("->"))
                .frenchPunctuation()
                .problems())
        .isEmpty();
  }

  @Test
  void numbers_follow_the_language_asked_for_never_the_default_locale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale jvm : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.US, Locale.ROOT}) {
        Locale.setDefault(jvm);
        assertThat(ReportText.of(Locale.ENGLISH).decimal(57.06)).isEqualTo("57.1");
        assertThat(ReportText.of(Locale.FRENCH).decimal(57.06)).isEqualTo("57,1");
        assertThat(ReportText.of(Locale.ENGLISH).count(312_000)).isEqualTo("312,000");
        assertThat(ReportText.of(Locale.FRENCH).count(312_000)).isEqualTo("312\u00a0000");
        assertThat(ReportText.of(Locale.GERMAN).get("status.NOT_MET")).isEqualTo("Not met");
        assertThat(ReportText.of(Locale.CANADA_FRENCH).get("status.NOT_MET"))
            .isEqualTo("Non satisfait");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
