package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Score;
import org.junit.jupiter.api.Test;

/**
 * The bar chart tells a score of 0.0 from no score at all, and labels every bar with words that a
 * printed page keeps. Riverton has both: nothing of recommendation 9 is assessed, and what is
 * assessed of recommendation 10 scores 0.0.
 */
class BarChartTest {
  private static final Assessment RIVERTON = Cities.riverton();

  private static String chart(int recommendation) {
    Score score = RIVERTON.scores().byRecommendation().get(recommendation);
    HtmlWriter html = new HtmlWriter();
    BarChart.write(
        html,
        Words.of(java.util.Locale.ENGLISH),
        "chart",
        "Scores",
        200,
        List.of(
            new BarChart.Bar(
                "R"
                    + recommendation
                    + " "
                    + Words.of(java.util.Locale.ENGLISH).shortName(recommendation),
                "R"
                    + recommendation
                    + " "
                    + Words.of(java.util.Locale.ENGLISH).recommendation(RIVERTON, recommendation),
                score)));
    return html.toString();
  }

  @Test
  void a_group_with_no_score_is_a_hatched_track_marked_not_enough_evidence() {
    assertThat(RIVERTON.scores().byRecommendation().get(9).score()).isEmpty();
    String svg = chart(9);
    assertThat(svg)
        .contains("<pattern id=\"chart-hatch\"")
        .contains("<rect class=\"none\" fill=\"url(#chart-hatch)\"")
        .contains("<text class=\"value missing\" x=\"576\" y=\"29\">not enough evidence</text>")
        .doesNotContain("class=\"track\"")
        .doesNotContain("class=\"bar")
        .doesNotContain("n/a");
  }

  @Test
  void a_score_of_zero_is_an_empty_track_with_its_value() {
    assertThat(RIVERTON.scores().byRecommendation().get(10).score()).hasValue(0.0);
    String svg = chart(10);
    assertThat(svg)
        .contains("<rect class=\"track\"")
        .contains("width=\"0.0\"")
        .contains(">0.0 (coverage 12.5%)</text>")
        .doesNotContain("pattern")
        .doesNotContain(Words.of(java.util.Locale.ENGLISH).noScore());
  }

  @Test
  void every_bar_is_labelled_with_its_id_and_short_name_not_only_on_hover() {
    assertThat(chart(9))
        .contains(
            "<text class=\"label\" x=\"200\" y=\"29\" text-anchor=\"end\">"
                + "R9 Rules for data sharing</text>");
    for (int r = 1; r <= 10; r++) {
      assertThat(Words.of(java.util.Locale.ENGLISH).shortName(r))
          .as("R%d", r)
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(28);
    }
  }
}
