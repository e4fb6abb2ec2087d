package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityframework.cohort.ChapterFigure.Standing;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Culture;
import org.cityframework.core.DataRole;
import org.cityframework.core.DataUse;
import org.cityframework.core.PolicySector;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Publication;
import org.junit.jupiter.api.Test;

class ChapterFiguresTest {
  private static final CityProfile BLANK =
      CityProfile.builder()
          .name("Blankville")
          .country("FR")
          .assessedOn(LocalDate.of(2026, 3, 1))
          .build();

  /** The number each figure states, as the chapter writes it. */
  private static final Map<String, String> NUMBERS =
      Map.of(
          "data-significant-role", "39%",
          "data-scientist-on-staff", "two-thirds",
          "sufficient-data-nine-sectors", "nine",
          "sufficient-data-sixteen-sectors", "16",
          "staff-interested-in-co-creation", "75%",
          "mayoral-leadership-central", "100%",
          "innovation-improves-services", "majority",
          "innovation-anticipates-challenges", "roughly half");

  @Test
  void every_figure_is_the_chapter_s_own_words_on_the_line_it_cites() throws IOException {
    Path seed = Path.of("..", "..", "shared", "seed", "000_b2f4438ec2cb8669.txt");
    assumeTrue(Files.exists(seed), "the seed chapter sits beside the clone in CI");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    for (ChapterFigure f : ChapterFigures.beside(BLANK)) {
      for (int line : f.lines()) {
        // The seed has a no-break space in "decision making" (L143); the figures use plain spaces.
        assertThat(lines.get(line - 1).replace('\u00a0', ' ')).as(f.id()).contains(f.figure());
      }
    }
  }

  @Test
  void every_figure_states_its_number_and_cites_its_place_in_the_chapter() {
    List<ChapterFigure> figures = ChapterFigures.beside(BLANK);
    assertThat(figures)
        .extracting(ChapterFigure::id)
        .containsExactlyInAnyOrderElementsOf(NUMBERS.keySet());
    assertThat(figures)
        .extracting(ChapterFigure::lines)
        .containsOnly(List.of(143), List.of(9), List.of(43), List.of(23));
    for (ChapterFigure f : figures) {
      int line = f.lines().get(0);
      assertThat(f.figure()).as(f.id()).contains(NUMBERS.get(f.id()));
      assertThat(f.citation())
          .as(f.id())
          .isEqualTo(Publication.chapter().locate(line).orElseThrow() + ", L" + line);
    }
    assertThat(byId(figures).get("data-significant-role").citation())
        .isEqualTo("Rec. 6, opening text, L143");
    assertThat(byId(figures).get("sufficient-data-sixteen-sectors").citation())
        .isEqualTo("chapter introduction, L9");
  }

  @Test
  void a_blank_profile_answers_nothing_and_is_never_counted_in_or_out() {
    Map<String, ChapterFigure> figures = byId(ChapterFigures.beside(BLANK));
    assertThat(figures.get("data-significant-role").cityAnswer())
        .isEqualTo("not stated in the profile");
    assertThat(figures.get("data-significant-role").standing()).isEqualTo(Standing.NOT_KNOWN);
    assertThat(figures.get("data-scientist-on-staff").standing()).isEqualTo(Standing.NOT_KNOWN);
    assertThat(figures.get("sufficient-data-nine-sectors").cityAnswer())
        .isEqualTo("not stated in the profile");
    assertThat(figures.get("staff-interested-in-co-creation").cityAnswer())
        .isEqualTo("not stated in the profile");
    assertThat(figures.get("mayoral-leadership-central").cityAnswer())
        .isEqualTo("no fact of the profile answers this");
    assertThat(figures.get("mayoral-leadership-central").fact()).isEmpty();
    assertThat(figures.get("mayoral-leadership-central").standing())
        .isEqualTo(Standing.NO_COMPARISON);
  }

  @Test
  void a_full_profile_s_answers_stand_beside_the_figures() {
    CityProfile full =
        BLANK
            .withDataUse(
                DataUse.builder()
                    .roleInDecisions(DataRole.SIGNIFICANT)
                    .dataScientistsOnStaff(3)
                    .putSectorsWithSufficientData(PolicySector.TRANSPORT, true)
                    .putSectorsWithSufficientData(PolicySector.HOUSING, true)
                    .putSectorsWithSufficientData(PolicySector.CULTURE, false)
                    .build())
            .withCulture(Culture.builder().staffInterestedInCoCreationPercent(60).build());
    Map<String, ChapterFigure> figures = byId(ChapterFigures.beside(full));
    assertThat(figures.get("data-significant-role").cityAnswer()).isEqualTo("a significant role");
    assertThat(figures.get("data-significant-role").fact()).contains("/dataUse/roleInDecisions");
    assertThat(figures.get("data-significant-role").standing()).isEqualTo(Standing.AMONG_THEM);
    assertThat(figures.get("data-scientist-on-staff").cityAnswer())
        .isEqualTo("3 data scientists on staff");
    assertThat(figures.get("data-scientist-on-staff").standing()).isEqualTo(Standing.AMONG_THEM);
    assertThat(figures.get("sufficient-data-nine-sectors").cityAnswer())
        .isEqualTo(
            "sufficient data in 2 of the "
                + PolicySector.values().length
                + " policy sectors the profile lists ("
                + (PolicySector.values().length - 3)
                + " not stated)");
    assertThat(figures.get("sufficient-data-sixteen-sectors").standing())
        .isEqualTo(Standing.NO_COMPARISON);
    assertThat(figures.get("staff-interested-in-co-creation").cityAnswer())
        .isEqualTo("60% of the city's staff");
  }

  @Test
  void a_city_outside_the_share_is_said_to_be_outside_it() {
    CityProfile city =
        BLANK.withDataUse(
            DataUse.builder().roleInDecisions(DataRole.NONE).dataScientistsOnStaff(0).build());
    Map<String, ChapterFigure> figures = byId(ChapterFigures.beside(city));
    assertThat(figures.get("data-significant-role").cityAnswer()).isEqualTo("no role");
    assertThat(figures.get("data-significant-role").standing()).isEqualTo(Standing.NOT_AMONG_THEM);
    assertThat(figures.get("data-scientist-on-staff").cityAnswer())
        .isEqualTo("0 data scientists on staff");
    assertThat(figures.get("data-scientist-on-staff").standing())
        .isEqualTo(Standing.NOT_AMONG_THEM);
  }

  @Test
  void the_text_names_the_publication_and_every_citation() {
    List<ChapterFigure> figures = ChapterFigures.beside(BLANK);
    String text = ChapterFigures.text(figures);
    assertThat(text.replace("\n  ", " ")).contains(Publication.chapter().reference());
    String joined = text.replace("\n  ", " ");
    for (ChapterFigure f : figures) {
      assertThat(joined).contains("- " + f.figure() + " (" + f.citation() + ").");
    }
    assertThat(joined).contains("This city: not stated in the profile (not known).");
    assertThat(text.lines()).allMatch(line -> line.length() <= 100);
    String markdown = ChapterFigures.markdown(figures);
    assertThat(markdown)
        .contains(Publication.chapter().reference())
        .contains(
            "| 39% of surveyed cities report that data plays a significant role in their innovation"
                + " efforts and decision making | Rec. 6, opening text, L143 | not stated in the"
                + " profile (not known) |");
    String html = ChapterFigures.html(figures);
    assertThat(html)
        .startsWith("<section class=\"chapter-figures\">")
        .contains(
            "<td>Rec. 6, opening text, L143</td><td>not stated in the profile (not known)</td>")
        .contains("<h2>The chapter&#39;s figures for the cities it surveyed</h2>")
        .contains("“sufficient data”")
        .endsWith("</section>\n");
    var json = ChapterFigures.json(figures);
    assertThat(json.get("source").asString()).isEqualTo(Publication.chapter().reference());
    assertThat(json.get("figures")).hasSize(figures.size());
    assertThat(json.get("figures").get(0).get("fact").asString())
        .isEqualTo("/dataUse/roleInDecisions");
    assertThat(json.get("figures").get(5).has("fact")).isFalse();
    assertThat(json.get("figures").get(0).get("standing").asString()).isEqualTo("NOT_KNOWN");
  }

  private static Map<String, ChapterFigure> byId(List<ChapterFigure> figures) {
    return figures.stream().collect(Collectors.toMap(ChapterFigure::id, Function.identity()));
  }

  @Test
  void added_to_a_text_or_markdown_report_they_follow_it() {
    Assessment city = Assessor.standard().assess(BLANK);
    String text = ReportFormat.TEXT.render(city);
    assertThat(ChapterFigures.addedTo(ReportFormat.TEXT, text, BLANK))
        .isEqualTo(text + "\n" + ChapterFigures.text(ChapterFigures.beside(BLANK)));
    String markdown = ReportFormat.MARKDOWN.render(city);
    assertThat(ChapterFigures.addedTo(ReportFormat.MARKDOWN, markdown, BLANK))
        .isEqualTo(markdown + "\n" + ChapterFigures.markdown(ChapterFigures.beside(BLANK)));
  }

  @Test
  void added_to_an_html_report_they_are_a_section_at_the_end_of_its_body() {
    String html = ReportFormat.HTML.render(Assessor.standard().assess(BLANK));
    String added = ChapterFigures.addedTo(ReportFormat.HTML, html, BLANK);
    int body = html.lastIndexOf("</body>");

    assertThat(added)
        .isEqualTo(
            html.substring(0, body)
                + ChapterFigures.html(ChapterFigures.beside(BLANK))
                + html.substring(body))
        .containsOnlyOnce("</body>")
        .contains("Source: OECD (2021)");
  }

  @Test
  void csv_and_a_page_without_a_body_are_refused() {
    assertThatThrownBy(() -> ChapterFigures.addedTo(ReportFormat.CSV, "a,b\r\n", BLANK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not to CSV");
    assertThatThrownBy(() -> ChapterFigures.addedTo(ReportFormat.HTML, "<p>no body</p>", BLANK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body");
  }
}
