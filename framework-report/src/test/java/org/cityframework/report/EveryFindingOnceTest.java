package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.testkit.RandomProfiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each format lists every finding exactly once, in rank order. */
class EveryFindingOnceTest {

  static Stream<Assessment> assessments() {
    return Stream.concat(
        Stream.of(Cities.riverton(), Hostile.assessment()),
        RandomProfiles.seeded(2026).stream().limit(5).map(Assessor.standard()::assess));
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void every_finding_appears_once_in_text(Assessment a) {
    for (int width : new int[] {40, 100}) {
      String text = ReportFormat.TEXT.render(a, width);
      for (Finding f : a.findings()) {
        Pattern header =
            Pattern.compile(
                "^ *" + f.rank() + "\\. +" + Pattern.quote(Words.line(f.checkId())) + " ",
                Pattern.MULTILINE);
        assertThat(header.matcher(text).results().count()).as(f.checkId()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void every_finding_appears_once_in_markdown(Assessment a) {
    String md = ReportFormat.MARKDOWN.render(a);
    List<String> headings = md.lines().filter(l -> l.matches("### \\d+\\. .*")).toList();
    assertThat(headings).hasSize(a.findings().size());
    for (int i = 0; i < headings.size(); i++) {
      Finding f = a.findings().get(i);
      assertThat(headings.get(i))
          .startsWith("### " + f.rank() + ". " + Markdown.text(f.checkId()) + ": ");
    }
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void every_finding_appears_once_in_html(Assessment a) {
    var articles = Jsoup.parse(ReportFormat.HTML.render(a)).select("article.finding");
    assertThat(articles.eachAttr("id"))
        .containsExactlyElementsOf(
            a.findings().stream().map(f -> "finding-" + f.checkId()).toList());
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void every_finding_appears_once_in_csv(Assessment a) {
    List<List<String>> records = CsvTest.records(ReportFormat.CSV.render(a));
    assertThat(records.stream().skip(1).map(r -> r.get(1)))
        .containsExactlyElementsOf(a.findings().stream().map(Finding::checkId).toList());
  }
}
