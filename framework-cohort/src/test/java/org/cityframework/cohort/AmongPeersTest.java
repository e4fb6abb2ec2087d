package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** A city's report with its place among its peers and the chapter's figures added. */
class AmongPeersTest {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final List<Assessment> PEERS =
      RandomProfiles.seeded(11).stream().limit(12).map(ASSESSOR::assess).toList();
  private static final Assessment CITY = PEERS.get(0);

  private static Cohort peers() {
    Cohort cohort = Cohort.standard();
    PEERS.forEach(cohort::add);
    return cohort;
  }

  @Test
  void text_and_markdown_follow_the_report() {
    PeerPosition position = peers().position(CITY, 5);
    List<ChapterFigure> figures = ChapterFigures.beside(CITY.profile());
    String text = ReportFormat.TEXT.render(CITY);
    assertThat(CohortReport.amongPeers(ReportFormat.TEXT, text, CITY, peers(), 5))
        .isEqualTo(text + "\n" + CohortReport.text(position) + "\n" + ChapterFigures.text(figures));
    String markdown = ReportFormat.MARKDOWN.render(CITY);
    assertThat(CohortReport.amongPeers(ReportFormat.MARKDOWN, markdown, CITY, peers(), 5))
        .startsWith(markdown + "\n" + CohortReport.markdown(position))
        .endsWith(ChapterFigures.markdown(figures));
  }

  @Test
  void html_gets_its_sections_at_the_end_of_the_body() {
    String html = ReportFormat.HTML.render(CITY);
    String among = CohortReport.amongPeers(ReportFormat.HTML, html, CITY, peers(), 5);
    PeerPosition position = peers().position(CITY, 5);
    String sections =
        CohortReport.htmlSection(position, peers().summary(5))
            + ChapterFigures.html(ChapterFigures.beside(CITY.profile()));
    int body = html.lastIndexOf("</body>");
    assertThat(among)
        .isEqualTo(html.substring(0, body) + sections + html.substring(body))
        .containsOnlyOnce("</body>");
  }

  @Test
  void csv_and_a_page_without_a_body_are_refused() {
    assertThatThrownBy(() -> CohortReport.amongPeers(ReportFormat.CSV, "a,b\r\n", CITY, peers(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not to CSV");
    assertThatThrownBy(
            () -> CohortReport.amongPeers(ReportFormat.HTML, "<p>no body</p>", CITY, peers(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("with a body");
  }
}
