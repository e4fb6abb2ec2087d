package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.TextOptions;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** assess --full, --top N and --width, and the width of a text report written anywhere. */
class TextReportOptionsTest {
  private static final String RIVERTON = Run.city("riverton.json");

  private static Assessment riverton() {
    return Assessor.standard()
        .assess(DocumentFormat.JSON.readProfile(Run.CITIES.resolve("riverton.json")));
  }

  private static TextOptions summary() {
    return TextOptions.summary().withHowToSeeAll(AssessCommand.HOW_TO_SEE_ALL);
  }

  @Test
  void a_text_report_is_the_summary_at_80_columns_unless_told_otherwise() {
    Run run = Run.of("assess", RIVERTON);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(ReportFormat.TEXT.render(riverton(), summary().withWidth(80)));
    assertThat(run.out().lines()).allMatch(l -> l.length() <= 80);
    assertThat(run.out().lines().count()).isLessThan(120);
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains(
            "74 more findings, and why each finding matters with the evidence read, are in the"
                + " full report. Run with --full to see it, or with --top N for the N most urgent"
                + " findings.");
  }

  @Test
  void full_is_the_full_report() {
    Run run = Run.of("assess", RIVERTON, "--full");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(ReportFormat.TEXT.render(riverton(), 80));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 84, 200})
  void top_n_is_a_summary_of_n_findings(int n) {
    Run run = Run.of("assess", RIVERTON, "--top", "" + n, "--width", "120");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo(ReportFormat.TEXT.render(riverton(), summary().withTop(n).withWidth(120)));
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 60, 120})
  void width_lays_out_the_summary_and_the_full_report(int width) {
    for (String what : new String[] {"--top=10", "--full"}) {
      Run run = Run.of("assess", RIVERTON, what, "--width", "" + width);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out().lines()).allMatch(l -> l.length() <= width);
    }
  }

  @Test
  void other_formats_are_always_in_full() {
    assertThat(Run.of("assess", RIVERTON, "-f", "markdown", "--top", "2").out())
        .isEqualTo(Run.of("assess", RIVERTON, "-f", "markdown").out())
        .isEqualTo(ReportFormat.MARKDOWN.render(riverton()));
    assertThat(Run.of("assess", RIVERTON, "-f", "csv", "--top", "2").out().lines().count())
        .isEqualTo(85);
  }

  @Test
  void a_text_report_written_to_a_file_is_80_columns_wide(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("riverton.txt");
    Run run = Run.of("assess", RIVERTON, "-o", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(ReportFormat.TEXT.render(riverton(), summary().withWidth(80)));
  }

  @Test
  void a_text_comparison_is_80_columns_wide_unless_told_otherwise() {
    Assessor assessor = Assessor.standard();
    Progress progress =
        Progress.between(
            assessor.assess(
                DocumentFormat.JSON.readProfile(Run.CITIES.resolve("riverton-2024.json"))),
            riverton());
    assertThat(Run.of("diff", Run.city("riverton-2024.json"), RIVERTON).out())
        .isEqualTo(ReportFormat.TEXT.render(progress, 80));
    assertThat(Run.of("diff", Run.city("riverton-2024.json"), RIVERTON, "--width", "100").out())
        .isEqualTo(ReportFormat.TEXT.render(progress, 100));
  }

  @Test
  void top_below_1_is_a_usage_error() {
    for (String n : new String[] {"0", "-3"}) {
      Run run = Run.of("assess", RIVERTON, "--top", n);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--top needs a number of findings of at least 1 (--top " + n);
    }
    assertThat(Run.of("assess", RIVERTON, "--top", "ten").exitCode()).isEqualTo(2);
  }

  @Test
  void full_and_top_together_are_a_usage_error() {
    Run run = Run.of("assess", RIVERTON, "--full", "--top", "3");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--full shows every finding and --top N the first N");
  }

  @Test
  void a_width_below_40_is_a_usage_error() {
    Run run = Run.of("assess", RIVERTON, "--width", "39");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("A text report needs at least 40 columns (--width 39).");
    assertThat(Run.of("diff", RIVERTON, RIVERTON, "--width", "12").exitCode()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--full", "--top=3", "--width=80"})
  void text_options_are_a_usage_error_with_batch(String option) {
    Run run = Run.withInput("", "assess", "--batch", "-", option);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("applies to text reports, not to --batch.");
  }

  @Test
  void help_says_what_full_and_top_do() {
    String help = Run.of("assess", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("--full", "--top", "Markdown, html, json and csv are always in full");
  }
}
