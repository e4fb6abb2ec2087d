package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * assess --reference and --cohort: the chapter's figures follow the city's report, or its place
 * among its peers.
 */
class ChapterFigureReportTest {
  private static final String RIVERTON = Run.CITIES.resolve("riverton.json").toString();
  private static final String PEERS =
      Path.of("..", "examples", "cohort", "cities.jsonl").toString();

  @Test
  void a_text_report_among_peers_sets_the_city_beside_the_chapter_s_figures() {
    Run run = Run.of("assess", RIVERTON, "--cohort", PEERS);

    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    String text = run.out().replace("\n  ", " ");
    assertThat(text)
        .contains("The chapter's figures for the cities it surveyed")
        .contains(
            "- 39% of surveyed cities report that data plays a significant role in their innovation"
                + " efforts and decision making (Rec. 6, opening text, L143).")
        .contains("This city: a moderate role (not among them).")
        .contains("This city: 2 data scientists on staff (among them).")
        .contains("Source: OECD (2021)");
  }

  @Test
  void markdown_and_html_reports_among_peers_carry_them_too() {
    assertThat(Run.of("assess", RIVERTON, "--cohort", PEERS, "--format", "markdown").out())
        .contains("## The chapter's figures for the cities it surveyed")
        .contains("| Rec. 6, opening text, L143 | a moderate role (not among them) |");
    String html = Run.of("assess", RIVERTON, "--cohort", PEERS, "--format", "html").out();
    assertThat(html)
        .contains("<section class=\"chapter-figures\">")
        .contains("<td>a moderate role (not among them)</td>");
    assertThat(html.indexOf("chapter-figures")).isLessThan(html.lastIndexOf("</body>"));
  }

  @Test
  void reference_adds_the_chapter_s_figures_to_a_report_without_any_cohort() {
    Run plain = Run.of("assess", RIVERTON);
    Run run = Run.of("assess", RIVERTON, "--reference");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(plain.exitCode());
    assertThat(run.out()).startsWith(plain.out()).doesNotContain("Among its peers");
    String added = run.out().substring(plain.out().length()).replace("\n  ", " ");
    assertThat(added)
        .startsWith("\nThe chapter's figures for the cities it surveyed\n")
        .contains("(Rec. 6, opening text, L143).")
        .contains("(Rec. 1, opening text, L23).")
        .contains("This city: a moderate role (not among them).")
        .contains("Source: OECD (2021)");
  }

  @Test
  void reference_in_markdown_and_html_too() {
    assertThat(Run.of("assess", RIVERTON, "--reference", "--format", "markdown").out())
        .contains("## The chapter's figures for the cities it surveyed")
        .contains("| Rec. 6, opening text, L143 | a moderate role (not among them) |");
    String html = Run.of("assess", RIVERTON, "--reference", "--format", "html").out();
    assertThat(html)
        .containsOnlyOnce("<section class=\"chapter-figures\">")
        .containsOnlyOnce("</body>")
        .doesNotContain("Among its peers");
    assertThat(html.indexOf("chapter-figures")).isLessThan(html.lastIndexOf("</body>"));
  }

  @Test
  void reference_with_cohort_shows_the_figures_once() {
    String text = Run.of("assess", RIVERTON, "--cohort", PEERS, "--reference").out();

    assertThat(text).containsOnlyOnce("The chapter's figures for the cities it surveyed");
  }

  @Test
  void reference_in_json_csv_or_a_batch_is_a_usage_error() {
    Run json = Run.of("assess", RIVERTON, "--reference", "--format", "json");
    assertThat(json.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(json.err()).contains("--reference adds the chapter's figures to text");
    assertThat(Run.of("assess", RIVERTON, "--reference", "--format", "csv").exitCode())
        .isEqualTo(ExitCodes.MISUSED);
    assertThat(Run.of("assess", "--batch", PEERS, "--reference").exitCode())
        .isEqualTo(ExitCodes.MISUSED);
  }
}
