package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Publication;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The summary text report and the options that choose it, and wrapping at spaces in every text. */
class TextSummaryTest {
  /** A finding's header line: its rank and check id. */
  private static final Pattern HEADER = Pattern.compile("(?m)^ ?(\\d+)\\.\\s+(R\\d+\\.\\d+)\\s");

  private static final Assessment RIVERTON = Cities.riverton();

  static Stream<Assessment> assessments() {
    return Stream.concat(
        Stream.of(RIVERTON, Hostile.assessment(), blank()),
        RandomProfiles.seeded(11).stream().limit(3).map(Assessor.standard()::assess));
  }

  private static Assessment blank() {
    return Assessor.standard()
        .assess(
            CityProfile.builder()
                .name("Blank")
                .country("FR")
                .assessedOn(LocalDate.of(2026, 1, 5))
                .build());
  }

  /** The check ids of the findings a text report shows, in the order it shows them. */
  private static List<String> shownIds(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = HEADER.matcher(text);
    while (m.find()) {
      ids.add(m.group(2));
    }
    return ids;
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::checkId).toList();
  }

  @Test
  void the_summary_shows_the_first_10_findings_of_the_ranking_in_order() {
    String summary = ReportFormat.TEXT.render(RIVERTON, TextOptions.summary());
    assertThat(shownIds(summary))
        .containsExactlyElementsOf(ids(RIVERTON.findings().subList(0, 10)));
    assertThat(shownIds(ReportFormat.TEXT.render(RIVERTON)))
        .containsExactlyElementsOf(ids(RIVERTON.findings()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 25})
  void top_n_shows_the_first_n_findings_of_the_full_ranking(int n) {
    String summary = ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withTop(n));
    List<String> full = shownIds(ReportFormat.TEXT.render(RIVERTON, TextOptions.full()));
    assertThat(shownIds(summary)).containsExactlyElementsOf(full.subList(0, n));
    assertThat(summary)
        .contains("The " + n + " most urgent of 84 findings")
        .contains((84 - n) + " more finding");
  }

  @Test
  void the_summary_has_the_head_of_the_report_and_leaves_the_details_to_the_full_report() {
    String summary = ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withWidth(80));
    assertThat(summary)
        .startsWith("Innovation and data-use capacity: Riverton (GB)\n")
        .contains("Overall score 56.9")
        .contains("Scores by recommendation")
        .contains("Roadmap\n  Now, 4 findings of high priority: R7.0, R7.4, R5.0, R6.6\n")
        .doesNotContain("Scores by element")
        .doesNotContain("Evidence:")
        .doesNotContain("Why (")
        .doesNotContain("Collect first");
    String full = ReportFormat.TEXT.render(RIVERTON, TextOptions.full().withWidth(80));
    assertThat(full).contains("Scores by element", "Evidence:", "Why (", "Collect first");
    assertThat(summary.lines().count()).isLessThan(120);
  }

  @Test
  void the_full_report_is_the_report_of_a_width() {
    assertThat(ReportFormat.TEXT.render(RIVERTON, TextOptions.full()))
        .isEqualTo(ReportFormat.TEXT.render(RIVERTON));
    assertThat(ReportFormat.TEXT.render(RIVERTON, TextOptions.full().withWidth(60)))
        .isEqualTo(ReportFormat.TEXT.render(RIVERTON, 60));
    assertThat(ReportFormat.MARKDOWN.render(RIVERTON, TextOptions.summary().withTop(2)))
        .isEqualTo(ReportFormat.MARKDOWN.render(RIVERTON));
  }

  @Test
  void the_summary_says_how_many_findings_are_left_out_and_how_to_see_them() {
    String summary = ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withWidth(200));
    assertThat(summary)
        .contains(
            "\n74 more findings, and why each finding matters with the evidence read, are in the"
                + " full report.\n");
    String hinted =
        ReportFormat.TEXT.render(
            RIVERTON,
            TextOptions.summary().withWidth(200).withHowToSeeAll("Run with --full \u001b[2J."));
    assertThat(hinted).contains("are in the full report. Run with --full \uFFFD[2J.\n");
    assertThat(ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withTop(1).withWidth(200)))
        .contains("\n83 more findings, and why");
    assertThat(ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withTop(84)))
        .contains("Findings, most urgent first")
        .contains("The full report adds why each finding matters");
    assertThat(ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withTop(500)))
        .isEqualTo(ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withTop(84)));
  }

  @Test
  void the_summary_ends_with_where_the_checks_come_from() {
    String summary = ReportFormat.TEXT.render(RIVERTON, TextOptions.summary().withWidth(400));
    Publication chapter = Publication.chapter();
    assertThat(summary)
        .contains("\nWhere the checks come from\n")
        .contains(chapter.reference())
        .endsWith(chapter.independence() + "\n");
  }

  @Test
  void a_mostly_unknown_profile_opens_its_summary_with_what_to_collect() {
    String summary = ReportFormat.TEXT.render(blank(), TextOptions.summary().withWidth(80));
    assertThat(summary).contains("Collect first: 10 of ");
    assertThat(summary.indexOf("Collect first")).isLessThan(summary.indexOf("Roadmap"));
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void every_line_fits_the_width_and_no_word_that_fits_is_broken(Assessment a) {
    for (TextOptions options : List.of(TextOptions.summary(), TextOptions.full())) {
      List<String> words = words(ReportFormat.TEXT.render(a, options.withWidth(5000)));
      for (int width : new int[] {40, 60, 80, 120}) {
        String text = ReportFormat.TEXT.render(a, options.withWidth(width));
        assertThat(text.lines())
            .allSatisfy(
                l -> {
                  assertThat(Words.width(l)).as("%d: %s", width, l).isLessThanOrEqualTo(width);
                  assertThat(l).doesNotEndWith(" ");
                });
        // wrapping only moves line breaks: the same words in the same order, but for words wider
        // than the width, which are broken at the width
        assertThat(words(text))
            .as("%s, %d columns", options, width)
            .isEqualTo(broken(words, width));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 60, 80, 120})
  void a_progress_keeps_its_words_whole_too(int width) {
    List<String> words = words(ReportFormat.TEXT.render(Cities.rivertonProgress(), 5000));
    assertThat(words(ReportFormat.TEXT.render(Cities.rivertonProgress(), width)))
        .isEqualTo(broken(words, width));
  }

  private static List<String> words(String text) {
    return Stream.of(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> broken(List<String> words, int width) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      String rest = word;
      while (Words.width(rest) > width) {
        int cut = rest.offsetByCodePoints(0, width);
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      out.add(rest);
    }
    return out;
  }

  @Test
  void options_refuse_what_no_report_can_be() {
    assertThatThrownBy(() -> TextOptions.summary().withTop(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 finding");
    assertThatThrownBy(() -> TextOptions.full().withWidth(39))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 40 columns");
  }

  @Test
  void options_are_values() {
    assertThat(TextOptions.full().isFull()).isTrue();
    assertThat(TextOptions.full().top()).isEmpty();
    assertThat(TextOptions.summary().top()).hasValue(TextOptions.DEFAULT_TOP);
    assertThat(TextOptions.full().withTop(3).isFull()).isFalse();
    assertThat(TextOptions.summary().width()).isEqualTo(ReportFormat.DEFAULT_WIDTH);
    assertThat(TextOptions.summary().withWidth(80).withTop(10))
        .isEqualTo(TextOptions.summary().withWidth(80))
        .hasSameHashCodeAs(TextOptions.summary().withWidth(80))
        .isNotEqualTo(TextOptions.full().withWidth(80))
        .hasToString("summary of 10, 80 columns");
    assertThat(TextOptions.summary().withHowToSeeAll("x").howToSeeAll()).hasValue("x");
  }
}
