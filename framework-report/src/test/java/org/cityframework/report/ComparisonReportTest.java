package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.AssessmentComparison.Change;
import org.cityframework.rules.AssessmentComparison.City;
import org.cityframework.rules.AssessmentComparison.Move;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import org.cityframework.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The text and Markdown of a comparison of two assessment documents ({@code diff}). */
class ComparisonReportTest {
  private static final Verdict CERTAIN_GAP = Verdict.between(Status.NOT_MET, Status.PARTLY_MET);
  private static final Verdict OPEN = Verdict.between(Status.NOT_MET, Status.MET);

  @Test
  void a_change_of_verdict_reads_as_its_two_ends() {
    assertThat(ComparisonReport.change(change(CERTAIN_GAP, Verdict.MET)))
        .isEqualTo("Not met or partly met -> Met");
    assertThat(
            ComparisonReport.change(
                change(CERTAIN_GAP, Verdict.between(Status.PARTLY_MET, Status.MET))))
        .isEqualTo("Not met or partly met -> Partly met or met (bounds only)");
    assertThat(
            ComparisonReport.change(
                change(OPEN, Verdict.between(Status.NOT_MET, Status.NOT_APPLICABLE))))
        .isEqualTo(
            "Not assessed (not met to met) -> Not assessed (not met to not applicable)"
                + " (bounds only)");
    assertThat(ComparisonReport.change(change(Verdict.NOT_MET, null)))
        .isEqualTo("Not met -> Absent");
    assertThat(ComparisonReport.change(change(null, Verdict.MET))).isEqualTo("Absent -> Met");
  }

  @Test
  void text_and_markdown_list_the_changes_and_the_score_moves() {
    AssessmentComparison c = comparison("Riverton", "Riverton");

    String text = ComparisonReport.text(c);
    assertThat(text)
        .startsWith(
            "Progress of Riverton (GB)\nFrom facts as of 2024-04-15 to facts as of 2026-03-31.")
        .contains(
            "Overall score 40.0 -> 55.0 (+15.0), coverage 50.0% -> 60.0%, range 20.0 to 70.0 -> 30.0 to 70.0")
        .contains(
            "Resolved gaps: 1\n  R1.0  Not met -> Met  priority now None    Publish a <b>plan</b>")
        .contains("New gaps: 0")
        .contains("Other changes: 0")
        .contains("Score moves")
        .contains("range only");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));

    String markdown = ComparisonReport.markdown(c);
    assertThat(markdown)
        .startsWith("# Progress of Riverton (GB)\n")
        .contains("**Overall score 40.0 -> 55.0 (+15.0)")
        .contains("| R1.0 | Not met -> Met | None | Publish a ")
        .contains("## New gaps: 0\n\nNone.")
        .contains("| Scope | Before | After | Delta |")
        .doesNotContain("<b>");
  }

  @Test
  void a_comparison_of_two_cities_names_both() {
    assertThat(ComparisonReport.text(comparison("Riverton", "Lakeside")))
        .startsWith("Progress of Lakeside (GB), compared with Riverton (GB)\n");
  }

  @Test
  void untrusted_text_from_a_document_stays_on_its_line_without_controls() {
    AssessmentComparison c = comparison("Rive\u001b[31mrton\nX", "Rive\u001b[31mrton\nX");
    String text = ComparisonReport.text(c);
    assertThat(text).doesNotContain("\u001b").startsWith("Progress of Rive");
    assertThat(text.lines().findFirst().orElseThrow()).contains("X (GB)");
  }

  @Test
  void in_french_the_comparison_and_a_built_in_checks_summary_are_french() {
    AssessmentComparison c = comparison("Riverton", "Lakeside");
    String standard = Catalogue.standard().check("R1.0").orElseThrow().info().summary();
    String french = Catalogue.standard(Locale.FRENCH).check("R1.0").orElseThrow().info().summary();
    Change built =
        new Change(
            "R1.0", standard, Optional.of(Verdict.NOT_MET), Optional.of(OPEN), Priority.HIGH);
    AssessmentComparison withStandardWords =
        new AssessmentComparison(
            "assessments", c.before(), c.after(), List.of(built), c.scoreMoves());

    String text = ComparisonReport.text(withStandardWords, Locale.FRENCH);
    assertThat(text)
        .startsWith("Progrès de Lakeside (GB), comparé à Riverton (GB)\nDes faits au 2024-04-15")
        .contains(
            "Score global 40,0 -> 55,0 (+15,0), couverture 50,0\u00a0% -> 60,0\u00a0%, fourchette")
        .contains("Autres changements\u00a0: 1")
        .contains(french)
        .doesNotContain(standard)
        .contains("fourchette seulement");
    String markdown = ComparisonReport.markdown(withStandardWords, Locale.FRENCH);
    assertThat(markdown).contains("| Périmètre | Avant |").contains(french).doesNotContain("None.");
    assertThat(ComparisonReport.text(c, Locale.FRENCH)).contains("Publish a <b>plan</b>");
    assertThat(ComparisonReport.text(c, Locale.ENGLISH)).isEqualTo(ComparisonReport.text(c));
  }

  private static AssessmentComparison comparison(String before, String after) {
    Change resolved =
        new Change(
            "R1.0",
            "Publish a <b>plan</b>",
            Optional.of(Verdict.NOT_MET),
            Optional.of(Verdict.MET),
            Priority.NONE);
    Move overall =
        new Move(
            OptionalDouble.of(40),
            OptionalDouble.of(55),
            50,
            60,
            OptionalDouble.of(20),
            OptionalDouble.of(30),
            OptionalDouble.of(70),
            OptionalDouble.of(70));
    Move rangeOnly =
        new Move(
            OptionalDouble.of(50),
            OptionalDouble.of(50),
            60,
            60,
            OptionalDouble.of(20),
            OptionalDouble.of(30),
            OptionalDouble.of(80),
            OptionalDouble.of(80));
    return new AssessmentComparison(
        "assessments",
        new City(before, "GB", "2024-04-15"),
        new City(after, "GB", "2026-03-31"),
        List.of(resolved),
        Map.of("overall", overall, "R3", rangeOnly));
  }

  private static Change change(Verdict was, Verdict now) {
    return new Change(
        "R1.1", "A practice", Optional.ofNullable(was), Optional.ofNullable(now), Priority.LOW);
  }
}
