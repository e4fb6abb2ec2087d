package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.rules.CheckTesting.city;

import java.util.Optional;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.Leadership;
import org.cityframework.core.ReportingLine;
import org.cityframework.core.StrategyStatus;
import org.junit.jupiter.api.Test;

class ProgressTest {
  static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void lists_resolved_gaps_new_gaps_other_changes_and_score_moves() {
    CityProfile wave1 =
        city()
            .strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build())
            .staff(
                InnovationStaff.builder()
                    .dedicatedTeam(true)
                    .reportsTo(ReportingLine.MAYOR)
                    .build())
            .build();
    CityProfile wave2 =
        wave1
            .withStrategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.ADOPTED)
                    .published(true)
                    .statesGoals(false)
                    .build())
            .withStaff(
                InnovationStaff.builder()
                    .dedicatedTeam(true)
                    .reportsTo(ReportingLine.AGENCY_HEAD)
                    .build())
            .withLeadership(Leadership.builder().mayorPrioritisesInnovation(true).build());
    Progress p = Progress.between(ASSESSOR.assess(wave1), ASSESSOR.assess(wave2));

    assertThat(p.changes()).extracting(StatusChange::checkId).contains("R3.0", "R4.0", "R3.2");
    StatusChange strategy =
        p.changes().stream().filter(c -> c.checkId().equals("R3.0")).findFirst().orElseThrow();
    assertThat(strategy.from()).contains(Status.NOT_MET);
    assertThat(strategy.to()).contains(Status.PARTLY_MET);
    assertThat(p.otherChanges()).contains(strategy);
    assertThat(p.newGaps()).extracting(StatusChange::checkId).contains("R4.0");
    assertThat(p.resolved()).isEmpty();
    assertThat(p.scoreMoves())
        .containsKeys("overall", "R1", "R10", "VISION", "INNOVATION_STRATEGY", "DELIVERY");
    assertThat(p.scoreMoves().get("R3").delta()).isPresent();
  }

  @Test
  void an_assessment_compared_with_itself_shows_no_change() {
    Assessment a = ASSESSOR.assess(city().build());
    Progress p = Progress.between(a, a);
    assertThat(p.changes()).isEmpty();
    assertThat(p.scoreMoves().get("overall").delta()).isEmpty();
  }

  @Test
  void a_gap_that_is_met_later_is_resolved() {
    CityProfile before =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).build()).build();
    CityProfile after =
        before.withStaff(
            InnovationStaff.builder().dedicatedTeam(true).reportsTo(ReportingLine.MAYOR).build());
    Progress p = Progress.between(ASSESSOR.assess(before), ASSESSOR.assess(after));
    assertThat(p.resolved()).extracting(StatusChange::checkId).contains("R4.0");
    assertThat(p.resolved().get(0).to()).isEqualTo(Optional.of(Status.MET));
  }
}
