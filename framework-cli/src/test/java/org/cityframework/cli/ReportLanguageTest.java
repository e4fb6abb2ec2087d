package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.TextOptions;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --lang: the language of the reports assess and diff write. */
class ReportLanguageTest {
  private static final String RIVERTON = Run.city("riverton.json");

  private static Assessment assess(String file) {
    return Assessor.standard().assess(DocumentFormat.JSON.readProfile(Run.CITIES.resolve(file)));
  }

  @Test
  void a_french_summary_is_the_library_french_summary_with_a_french_hint() {
    Run run = Run.of("assess", RIVERTON, "--lang", "fr");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    TextOptions summary =
        TextOptions.summary()
            .withHowToSeeAll(ReportLanguage.howToSeeAll(Locale.FRENCH))
            .withWidth(80);
    assertThat(run.out())
        .isEqualTo(ReportFormat.TEXT.render(assess("riverton.json"), summary, Locale.FRENCH))
        .contains("Feuille de route")
        .contains("Lancez la commande avec --full")
        .doesNotContain("Roadmap")
        .doesNotContain("Run with --full");
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "csv"})
  void every_report_format_takes_the_language(String format) {
    Run run = Run.of("assess", RIVERTON, "--lang", "fr", "-f", format);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    ReportFormat report = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    assertThat(run.out())
        .isEqualTo(Output.ended(report.render(assess("riverton.json"), Locale.FRENCH)))
        .isNotEqualTo(Output.ended(report.render(assess("riverton.json"))));
  }

  @Test
  void english_is_the_default_and_can_be_asked_for() {
    assertThat(Run.of("assess", RIVERTON, "--lang", "en").out())
        .isEqualTo(Run.of("assess", RIVERTON).out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "FR", "french", "fr-FR", ""})
  void another_language_is_a_usage_error_naming_the_languages(String language) {
    Run run = Run.of("assess", RIVERTON, "--lang", language);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("no report language '" + language + "'; the languages are en, fr");
  }

  @Test
  void a_batch_writes_no_report_so_lang_is_a_usage_error() {
    Run run = Run.of("assess", "--batch", RIVERTON, "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(run.err()).contains("--lang applies to text reports, not to --batch.");
  }

  @Test
  void diff_of_two_profiles_speaks_the_language() {
    String earlier = Run.city("riverton-2024.json");
    Run run = Run.of("diff", earlier, RIVERTON, "--lang", "fr", "-f", "markdown");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Progress progress = Progress.between(assess("riverton-2024.json"), assess("riverton.json"));
    assertThat(run.out())
        .isEqualTo(Output.ended(ReportFormat.MARKDOWN.render(progress, Locale.FRENCH)));
    assertThat(Run.of("diff", earlier, RIVERTON, "--lang", "xx").exitCode())
        .isEqualTo(ExitCodes.MISUSED);
  }
}
