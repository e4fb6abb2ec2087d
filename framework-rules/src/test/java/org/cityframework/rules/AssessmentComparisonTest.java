package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityframework.rules.CheckTesting.city;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.ReportingLine;
import org.cityframework.rules.AssessmentComparison.Change;
import org.cityframework.rules.AssessmentComparison.City;
import org.cityframework.rules.AssessmentComparison.Move;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison of two assessments an embedding application gets, from two profiles' assessments
 * or from two assessment documents read back ({@code diff}).
 */
class AssessmentComparisonTest {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final Verdict CERTAIN_GAP = Verdict.between(Status.NOT_MET, Status.PARTLY_MET);
  private static final Verdict OPEN = Verdict.between(Status.NOT_MET, Status.MET);

  @Test
  void two_profiles_compare_as_their_progress_says() {
    CityProfile before =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).build()).build();
    CityProfile after =
        before.withStaff(
            InnovationStaff.builder().dedicatedTeam(true).reportsTo(ReportingLine.MAYOR).build());
    Progress progress = Progress.between(ASSESSOR.assess(before), ASSESSOR.assess(after));

    AssessmentComparison c = AssessmentComparison.of(progress);

    assertThat(c.compared()).isEqualTo("profiles");
    assertThat(c.before()).isEqualTo(City.of(before));
    assertThat(c.after().named()).isEqualTo("Testville (FR)");
    assertThat(c.changes())
        .extracting(Change::checkId)
        .containsExactlyElementsOf(
            progress.changes().stream()
                .filter(
                    s ->
                        !s.was()
                            .map(AssessmentComparison::range)
                            .equals(s.now().map(AssessmentComparison::range)))
                .map(StatusChange::checkId)
                .toList());
    assertThat(c.resolved()).extracting(Change::checkId).contains("R4.0");
    assertThat(c.scoreMoves().keySet()).containsExactlyElementsOf(progress.scoreMoves().keySet());
    ScoreMove overall = progress.scoreMoves().get("overall");
    Move move = c.scoreMoves().get("overall");
    assertThat(move.before()).isEqualTo(overall.before());
    assertThat(move.after()).isEqualTo(overall.after());
    assertThat(move.coverageBefore()).isEqualTo(overall.coverageBefore());
    assertThat(move.coverageAfter()).isEqualTo(overall.coverageAfter());
    assertThat(move.floorBefore()).isEqualTo(overall.floorBefore());
    assertThat(move.floorAfter()).isEqualTo(overall.floorAfter());
    assertThat(move.ceilingBefore()).isEqualTo(overall.ceilingBefore());
    assertThat(move.ceilingAfter()).isEqualTo(overall.ceilingAfter());
  }

  @Test
  void an_assessment_compared_with_itself_has_no_change() {
    Assessment a = ASSESSOR.assess(city().build());
    AssessmentComparison c = AssessmentComparison.of(Progress.between(a, a));
    assertThat(c.changes()).isEmpty();
    assertThat(c.resolved()).isEmpty();
    assertThat(c.newGaps()).isEmpty();
    assertThat(c.otherChanges()).isEmpty();
    assertThat(c.warnings("a", "b")).isEmpty();
  }

  @Test
  void two_documents_compare_by_check_id_and_by_score_key() {
    ReportedAssessment before =
        document(
            "Riverton",
            "GB",
            "2024-04-15",
            Map.of(
                "R1.0", entry(Verdict.NOT_MET, Priority.HIGH),
                "R2.0", entry(Verdict.MET, Priority.NONE),
                "R9.9", entry(CERTAIN_GAP, Priority.LOW)),
            Map.of("overall", score(40.0, 50.0, 20.0, 70.0)));
    ReportedAssessment after =
        document(
            "Riverton",
            "GB",
            "2026-03-31",
            ordered(
                "R1.0", entry(Verdict.MET, Priority.NONE),
                "R2.0", entry(Verdict.MET, Priority.NONE),
                "R3.0", entry(OPEN, Priority.MEDIUM)),
            ordered(
                "overall", score(55.25, 60.0, 30.0, 70.0),
                "R3", score(10.0, 100.0, 10.0, 10.0)));

    AssessmentComparison c = AssessmentComparison.of(before, after);

    assertThat(c.compared()).isEqualTo("assessments");
    // the later document's order, then the checks only the earlier one has
    assertThat(c.changes()).extracting(Change::checkId).containsExactly("R1.0", "R3.0", "R9.9");
    Change r1 = c.changes().get(0);
    assertThat(r1.from()).contains(Status.NOT_MET);
    assertThat(r1.to()).contains(Status.MET);
    assertThat(r1.priority()).isEqualTo(Priority.NONE);
    assertThat(r1.isResolved()).isTrue();
    Change added = c.changes().get(1);
    assertThat(added.was()).isEmpty();
    assertThat(added.to()).contains(Status.NOT_ASSESSED);
    assertThat(added.worstAfter()).contains(Status.NOT_MET);
    assertThat(added.bestAfter()).contains(Status.MET);
    assertThat(added.priority()).isEqualTo(Priority.MEDIUM);
    Change dropped = c.changes().get(2);
    assertThat(dropped.now()).isEmpty();
    assertThat(dropped.worstBefore()).contains(Status.NOT_MET);
    assertThat(dropped.bestBefore()).contains(Status.PARTLY_MET);
    assertThat(dropped.summary()).isEqualTo("Practice R9.9");
    assertThat(dropped.priority()).isEqualTo(Priority.NONE);
    assertThat(c.resolved()).containsExactly(r1);
    assertThat(c.newGaps()).isEmpty();
    assertThat(c.otherChanges()).containsExactly(added, dropped);

    Move overall = c.scoreMoves().get("overall");
    assertThat(overall.delta()).hasValue(15.3);
    assertThat(overall.boundsMoved()).isTrue();
    assertThat(overall.isBoundsOnly()).isFalse();
    Move r3 = c.scoreMoves().get("R3");
    assertThat(r3.before()).isEmpty();
    assertThat(r3.coverageBefore()).isZero();
    assertThat(r3.floorBefore()).isEmpty();
    assertThat(r3.delta()).isEmpty();
    assertThat(c.scoreMoves()).containsOnlyKeys("overall", "R3");
  }

  @Test
  void a_move_of_the_range_alone_is_marked_as_such() {
    OptionalDouble fifty = OptionalDouble.of(50);
    Move rangeOnly =
        new Move(fifty, fifty, 60, 60, OptionalDouble.of(20), OptionalDouble.of(30), fifty, fifty);
    assertThat(rangeOnly.boundsMoved()).isTrue();
    assertThat(rangeOnly.isBoundsOnly()).isTrue();
    assertThat(rangeOnly.delta()).hasValue(0.0);
    Move ceilingOnly =
        new Move(
            fifty,
            fifty,
            60,
            60,
            OptionalDouble.of(20),
            OptionalDouble.of(20),
            fifty,
            OptionalDouble.of(80));
    assertThat(ceilingOnly.isBoundsOnly()).isTrue();
    Move coverageToo =
        new Move(fifty, fifty, 60, 70, OptionalDouble.of(20), OptionalDouble.of(30), fifty, fifty);
    assertThat(coverageToo.isBoundsOnly()).isFalse();
    Move scoreToo =
        new Move(
            fifty,
            OptionalDouble.of(51),
            60,
            60,
            OptionalDouble.of(20),
            OptionalDouble.of(30),
            fifty,
            fifty);
    assertThat(scoreToo.isBoundsOnly()).isFalse();
    Move still = new Move(fifty, fifty, 60, 60, fifty, fifty, fifty, fifty);
    assertThat(still.boundsMoved()).isFalse();
    assertThat(still.isBoundsOnly()).isFalse();
    assertThat(
            new Move(
                    OptionalDouble.of(10), OptionalDouble.empty(), 1, 0, fifty, fifty, fifty, fifty)
                .delta())
        .isEmpty();
    assertThat(
            new Move(
                    OptionalDouble.of(10.04),
                    OptionalDouble.of(10),
                    1,
                    1,
                    fifty,
                    fifty,
                    fifty,
                    fifty)
                .delta())
        .hasValue(0.0);
  }

  @Test
  void a_certain_gap_not_yet_decided_counts_as_a_gap() {
    Change resolved = change(CERTAIN_GAP, Verdict.MET);
    Change stillOpen = change(CERTAIN_GAP, Verdict.between(Status.PARTLY_MET, Status.MET));
    Change newGap = change(Verdict.MET, CERTAIN_GAP);
    Change narrowed = change(OPEN, CERTAIN_GAP);
    Change widened = change(OPEN, Verdict.between(Status.NOT_MET, Status.NOT_APPLICABLE));

    assertThat(resolved.isResolved()).isTrue();
    assertThat(resolved.isBoundsOnly()).isFalse();
    assertThat(stillOpen.isResolved()).isFalse();
    assertThat(stillOpen.isNewGap()).isFalse();
    assertThat(newGap.isNewGap()).isTrue();
    assertThat(narrowed.isNewGap()).isTrue();
    assertThat(narrowed.isBoundsOnly()).isTrue();
    assertThat(widened.isNewGap() || widened.isResolved()).isFalse();
    assertThat(widened.isBoundsOnly()).isTrue();
  }

  @Test
  void a_verdict_is_its_range_as_a_document_gives_it() {
    assertThat(AssessmentComparison.range(Verdict.MET)).isEqualTo(Verdict.MET);
    assertThat(AssessmentComparison.range(OPEN)).isEqualTo(OPEN);
    Change c = change(OPEN, OPEN);
    assertThat(c.was()).isEqualTo(c.now());
  }

  @Test
  void different_cities_and_reversed_dates_are_warned_of() {
    ReportedAssessment riverton = document("Riverton", "GB", "2026-03-31", Map.of(), Map.of());
    ReportedAssessment older = document("Riverton", "GB", "2024-04-15", Map.of(), Map.of());
    ReportedAssessment lakeside = document("Lakeside", "US", "2026-03-31", Map.of(), Map.of());
    ReportedAssessment elsewhere = document("Riverton", "US", "2026-03-31", Map.of(), Map.of());

    AssessmentComparison forward = AssessmentComparison.of(older, riverton);
    assertThat(forward.sameCity()).isTrue();
    assertThat(forward.backwards()).isFalse();
    assertThat(forward.warnings("a", "b")).isEmpty();

    AssessmentComparison backward = AssessmentComparison.of(riverton, older);
    assertThat(backward.backwards()).isTrue();
    assertThat(backward.warnings("a", "b"))
        .containsExactly(
            "a is the newer assessment (facts as of 2026-03-31) and b the older (facts as of"
                + " 2024-04-15), so every change reads backwards in time; give the older one"
                + " first.");

    AssessmentComparison other = AssessmentComparison.of(riverton, lakeside);
    assertThat(other.sameCity()).isFalse();
    assertThat(other.backwards()).isFalse();
    assertThat(other.warnings("a", "b"))
        .containsExactly(
            "a and b are assessments of different cities: Riverton (GB) and Lakeside (US).");
    assertThat(AssessmentComparison.of(riverton, elsewhere).sameCity()).isFalse();
    assertThat(AssessmentComparison.of(older, lakeside).warnings("a", "b")).hasSize(1);
  }

  @Test
  void a_date_that_is_not_one_never_reads_as_backwards() {
    ReportedAssessment undated = document("Riverton", "GB", "someday", Map.of(), Map.of());
    ReportedAssessment dated = document("Riverton", "GB", "2024-04-15", Map.of(), Map.of());
    assertThat(AssessmentComparison.of(undated, dated).backwards()).isFalse();
    assertThat(AssessmentComparison.of(dated, undated).backwards()).isFalse();
    assertThat(AssessmentComparison.of(dated, dated).backwards()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-04-15", "0000-01-01", "2024-02-29", "9999-12-31"})
  void a_date_as_yyyy_mm_dd_is_read(String text) {
    assertThat(Dates.parse(text)).contains(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+12026-03-31", "2026-02-29", "2026-3-31", "2026-03-31T00:00", " 2026-03-31", ""})
  void anything_else_is_not_a_date(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @Test
  void a_reported_assessment_keeps_its_maps_in_order_and_unchanged() {
    Map<String, ReportedAssessment.Entry> findings = new LinkedHashMap<>();
    findings.put("R2.0", entry(Verdict.MET, Priority.NONE));
    findings.put("R1.0", entry(CERTAIN_GAP, Priority.HIGH));
    ReportedAssessment r =
        new ReportedAssessment(new City("X", "FR", "2026-01-01"), findings, Map.of());
    findings.clear();
    assertThat(r.findings().keySet()).containsExactly("R2.0", "R1.0");
    assertThat(r.findings().get("R1.0").verdict()).isEqualTo(CERTAIN_GAP);
    assertThat(r.findings().get("R1.0").status()).isEqualTo(Status.NOT_ASSESSED);
    assertThatThrownBy(() -> r.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.scores().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Change change(Verdict was, Verdict now) {
    return new Change(
        "R1.1", "A practice", Optional.ofNullable(was), Optional.ofNullable(now), Priority.LOW);
  }

  private static ReportedAssessment.Entry entry(Verdict v, Priority p) {
    return new ReportedAssessment.Entry("Practice", v.status(), v.worstCase(), v.bestCase(), p);
  }

  private static ReportedAssessment.Score score(
      double score, double coverage, double floor, double ceiling) {
    return new ReportedAssessment.Score(
        OptionalDouble.of(score), coverage, OptionalDouble.of(floor), OptionalDouble.of(ceiling));
  }

  private static <V> Map<String, V> ordered(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      V value = (V) keysAndValues[i + 1];
      map.put((String) keysAndValues[i], value);
    }
    return map;
  }

  private static ReportedAssessment document(
      String name,
      String country,
      String date,
      Map<String, ReportedAssessment.Entry> findings,
      Map<String, ReportedAssessment.Score> scores) {
    Map<String, ReportedAssessment.Entry> named = new LinkedHashMap<>();
    findings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                named.put(
                    e.getKey(),
                    new ReportedAssessment.Entry(
                        "Practice " + e.getKey(),
                        e.getValue().status(),
                        e.getValue().worstCase(),
                        e.getValue().bestCase(),
                        e.getValue().priority())));
    return new ReportedAssessment(new City(name, country, date), named, scores);
  }
}
