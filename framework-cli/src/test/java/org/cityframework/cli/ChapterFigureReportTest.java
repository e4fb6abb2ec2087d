package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** assess --cohort: the chapter's figures follow the city's place among its peers. */
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
}
