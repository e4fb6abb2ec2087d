package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityframework.core.Element;
import org.junit.jupiter.api.Test;

/** What a finding says of itself: its bounds, why it stands where it does, its actions. */
class FindingTest {
  private static final CheckInfo CHECK =
      CheckInfo.builder()
          .id("X.1")
          .recommendation(1)
          .element(Element.VISION)
          .summary("A practice")
          .why("Because")
          .rule("Rule")
          .addActions("Appoint a leader", "Train staff", "Review yearly")
          .actionsDoneWhen(List.of("/leader=true", "/training>=3 & /budget=true", ""))
          .effort(Effort.HIGH)
          .weight(3)
          .build();

  /** A finding of {@link #CHECK}, with the priority the ranking gives it. */
  static Finding finding(Verdict verdict, int dependents, List<Evidence> evidence) {
    return Finding.builder()
        .check(CHECK)
        .verdict(verdict)
        .rank(1)
        .dependents(dependents)
        .evidence(evidence)
        .build();
  }

  @Test
  void says_why_it_stands_where_it_does_in_the_order_of_the_ranking() {
    assertThat(finding(Verdict.NOT_MET, 15, List.of()).placement())
        .isEqualTo("High priority: not met; foundation of 15 checks; weight 3; high effort");
    assertThat(finding(Verdict.PARTLY_MET, 0, List.of()).placement())
        .isEqualTo("Medium priority: partly met; weight 3; high effort");
    assertThat(finding(Verdict.PARTLY_MET, 1, List.of()).placement())
        .isEqualTo("High priority: partly met; foundation of 1 check; weight 3; high effort");
    Verdict gap = Verdict.between(Status.NOT_MET, Status.PARTLY_MET);
    assertThat(finding(gap, 0, List.of()).placement())
        .isEqualTo("Medium priority: a certain gap, not met or partly met; weight 3; high effort");
    assertThat(finding(Verdict.UNKNOWN, 0, List.of()).placement())
        .startsWith("Low priority: not assessed;");
    assertThat(finding(Verdict.between(Status.PARTLY_MET, Status.MET), 0, List.of()).placement())
        .startsWith("Low priority: at least partly met, unknown whether met;");
    assertThat(finding(Verdict.MET.or(Verdict.NOT_APPLICABLE), 0, List.of()).placement())
        .startsWith("No priority: met or not applicable, whichever the unknown facts are;");
    Finding waived =
        Finding.builder()
            .from(finding(Verdict.NOT_MET, 0, List.of()))
            .waiver(
                Waiver.builder()
                    .checkId("X.1")
                    .justification("Regional")
                    .authority("Council")
                    .expiresOn(LocalDate.of(2030, 1, 1))
                    .build())
            .build();
    assertThat(waived.placement()).startsWith("No priority: waived, not met;");
  }

  @Test
  void reads_its_bounds_from_its_verdict() {
    Finding f = finding(Verdict.between(Status.NOT_MET, Status.PARTLY_MET), 0, List.of());
    assertThat(f.status()).isEqualTo(Status.NOT_ASSESSED);
    assertThat(f.worstCase()).isEqualTo(Status.NOT_MET);
    assertThat(f.bestCase()).isEqualTo(Status.PARTLY_MET);
    assertThat(f.isCertainGap()).isTrue();
    assertThat(f).hasToString("#1 X.1 NOT_MET..PARTLY_MET [MEDIUM] A practice");
  }

  @Test
  void leaves_out_the_actions_the_evidence_shows_done() {
    List<Evidence> leader =
        List.of(
            new Evidence("/leader", Optional.of("true")),
            new Evidence("/training", Optional.of("2")),
            new Evidence("/budget", Optional.of("true")));
    assertThat(finding(Verdict.PARTLY_MET, 0, leader).actions())
        .containsExactly("Train staff", "Review yearly");
    List<Evidence> trained =
        List.of(
            new Evidence("/leader", Optional.empty()),
            new Evidence("/training", Optional.of("3")),
            new Evidence("/budget", Optional.of("true")));
    assertThat(finding(Verdict.PARTLY_MET, 0, trained).actions())
        .containsExactly("Appoint a leader", "Review yearly");
  }

  @Test
  void keeps_every_action_without_evidence_or_when_the_evidence_would_leave_none() {
    assertThat(finding(Verdict.NOT_MET, 0, List.of()).actions()).isEqualTo(CHECK.actions());
    CheckInfo allDone =
        CheckInfo.builder()
            .from(CHECK)
            .actions(List.of("Appoint a leader"))
            .actionsDoneWhen(List.of("/leader=true"))
            .build();
    Finding f =
        finding(Verdict.PARTLY_MET, 0, List.of(new Evidence("/leader", Optional.of("true"))))
            .withCheck(allDone);
    assertThat(f.actions()).containsExactly("Appoint a leader");
    CheckInfo noConditions = CHECK.withActionsDoneWhen(List.of());
    assertThat(
            finding(Verdict.NOT_MET, 0, List.of(new Evidence("/leader", Optional.of("true"))))
                .withCheck(noConditions)
                .actions())
        .isEqualTo(CHECK.actions());
  }
}
