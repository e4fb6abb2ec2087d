package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import org.cityframework.rules.Waiver;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

class RoadmapTest {

  @Test
  void now_next_and_later_are_the_high_medium_and_low_findings_in_rank_order() {
    Assessment a = Cities.riverton();
    Roadmap roadmap = Roadmap.of(a);
    assertThat(roadmap.now()).isEqualTo(withPriority(a, Priority.HIGH));
    assertThat(roadmap.next()).isEqualTo(withPriority(a, Priority.MEDIUM));
    assertThat(roadmap.later()).isEqualTo(withPriority(a, Priority.LOW));
    assertThat(roadmap.now())
        .extracting(Finding::checkId)
        .containsExactly("R7.0", "R7.4", "R5.0", "R6.6");
    assertThat(roadmap.all()).hasSize(4 + 30 + 39);
  }

  private static List<Finding> withPriority(Assessment a, Priority p) {
    return a.findings().stream().filter(f -> f.priority() == p).toList();
  }

  @Test
  void holds_gaps_and_unknowns_never_met_not_applicable_or_waived_findings() {
    RandomProfiles.seeded(11).stream()
        .limit(200)
        .map(Assessor.standard()::assess)
        .forEach(
            a -> {
              Roadmap roadmap = Roadmap.of(a);
              assertThat(roadmap.all())
                  .allSatisfy(
                      f -> {
                        assertThat(f.status())
                            .isIn(Status.NOT_MET, Status.PARTLY_MET, Status.NOT_ASSESSED);
                        assertThat(f.isWaived()).isFalse();
                      });
              assertThat(roadmap.all())
                  .containsExactlyInAnyOrderElementsOf(
                      a.findings().stream().filter(f -> f.priority() != Priority.NONE).toList());
              for (List<Finding> step : List.of(roadmap.now(), roadmap.next(), roadmap.later())) {
                assertThat(step).isSortedAccordingTo(Comparator.comparingInt(Finding::rank));
              }
            });
  }

  @Test
  void a_waived_finding_leaves_the_roadmap() {
    Waiver waiver =
        Waiver.builder()
            .checkId("R7.0")
            .justification("A data strategy is under way with the region.")
            .authority("Chief executive")
            .expiresOn(LocalDate.of(2026, 12, 31))
            .build();
    Assessment a =
        Assessor.standard().withWaivers(List.of(waiver)).assess(Cities.profile("riverton.json"));
    assertThat(Roadmap.of(a).all()).extracting(Finding::checkId).doesNotContain("R7.0");
    assertThat(ReportFormat.TEXT.render(a)).contains("Waived until 2026-12-31 by Chief executive");
  }

  @Test
  void every_format_but_csv_shows_the_roadmap() {
    Assessment a = Cities.riverton();
    assertThat(ReportFormat.TEXT.render(a))
        .contains("Roadmap\n  Now: 4 findings of high priority\n    R7.0");
    assertThat(ReportFormat.MARKDOWN.render(a))
        .contains("## Roadmap\n\n### Now: 4 findings of high priority\n\n1. **R7.0**");
    assertThat(ReportFormat.HTML.render(a)).contains("<section id=\"roadmap\">");
  }

  @Test
  void its_steps_cannot_be_changed() {
    Roadmap roadmap = Roadmap.of(Cities.riverton());
    assertThatThrownBy(() -> roadmap.now().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
