package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The facts most often unknown, in every format of the cohort report, and none below k. */
class UnknownFactsReportTest {
  private static final CohortSummary SUMMARY = summary(40);
  private static final CohortSummary.FactCount FIRST = SUMMARY.unknownFacts().get(0);

  private static CohortSummary summary(int n) {
    Cohort c = Cohort.standard();
    CohortTest.cities(12, n).forEach(c::add);
    return c.summary(5);
  }

  @Test
  void text_lists_the_first_ten_facts_with_their_question_and_pointer() {
    String text = CohortReport.text(SUMMARY);
    String share = CohortReport.tenth(CohortSummary.share(FIRST.cities(), 40));

    assertThat(text)
        .contains("Checks most often not assessed")
        .contains("Facts most often unknown: ask these next time")
        .contains(
            FIRST.cities()
                + " cities "
                + " ".repeat(6 - share.length())
                + share
                + " %  "
                + FIRST.question()
                + " ("
                + FIRST.pointer()
                + ")")
        .contains(SUMMARY.unknownFacts().size() + " facts in all were unknown for some city");
    List<CohortSummary.FactCount> all = SUMMARY.unknownFacts();
    assertThat(all).hasSizeGreaterThan(CohortSummary.TOP);
    assertThat(text).doesNotContain("(" + all.get(CohortSummary.TOP).pointer() + ")\n");
  }

  @Test
  void markdown_and_html_list_them_too() {
    assertThat(CohortReport.markdown(SUMMARY))
        .contains("## Facts most often unknown: ask these next time")
        .contains("| `" + FIRST.pointer() + "` | " + FIRST.cities() + " | ");
    assertThat(CohortReport.html(SUMMARY))
        .contains("<h2>Facts most often unknown: ask these next time</h2>")
        .contains("<tr><td><code>" + FIRST.pointer() + "</code></td><td>" + FIRST.cities());
  }

  @Test
  void csv_and_json_list_every_fact() {
    String csv = CohortReport.csv(SUMMARY);
    for (CohortSummary.FactCount f : SUMMARY.unknownFacts()) {
      assertThat(csv).contains("unknownFact," + f.pointer() + ",cities," + f.cities() + "\r\n");
    }
    JsonNode facts = JsonMapper.builder().build().readTree(CohortDocument.write(SUMMARY));
    assertThat(facts.get("schemaVersion").asString()).isEqualTo("1.1");
    JsonNode list = facts.get("unknownFacts");
    assertThat(list.size()).isEqualTo(SUMMARY.unknownFacts().size());
    assertThat(list.get(0).get("pointer").asString()).isEqualTo(FIRST.pointer());
    assertThat(list.get(0).get("question").asString()).isEqualTo(FIRST.question());
    assertThat(list.get(0).get("cities").asLong()).isEqualTo(FIRST.cities());
  }

  @Test
  void below_k_cities_no_fact_is_shown_in_any_format() {
    CohortSummary few = summary(4);

    assertThat(few.unknownFacts()).isEmpty();
    assertThat(CohortReport.text(few)).doesNotContain("Facts most often unknown");
    assertThat(CohortReport.csv(few)).doesNotContain("unknownFact,");
    assertThat(JsonMapper.builder().build().readTree(CohortDocument.write(few)).get("unknownFacts"))
        .isEmpty();
  }
}
