package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class LeadershipTest {

  static Leadership.Builder noChampion() {
    return Leadership.builder().innovationChampion(false);
  }

  @Test
  void rejects_a_reporting_line_for_a_champion_said_not_to_exist() {
    assertRejected(
        () -> noChampion().championReportsTo(ReportingLine.MAYOR).build(),
        "/innovationChampion",
        "there is no innovation champion");
  }

  @Test
  void rejects_an_integrated_champion_said_not_to_exist() {
    assertRejected(
        () -> noChampion().championIntegrated(true).build(),
        "/innovationChampion",
        "there is no innovation champion");
  }

  @Test
  void builds_no_champion_with_the_position_said_not_integrated() {
    assertThat(noChampion().championIntegrated(false).build().championIntegrated()).hasValue(false);
  }

  @Test
  void builds_a_champion_reporting_to_the_mayor() {
    assertThat(
            Leadership.builder()
                .innovationChampion(true)
                .championReportsTo(ReportingLine.MAYOR)
                .championIntegrated(true)
                .build()
                .championReportsTo())
        .hasValue(ReportingLine.MAYOR);
  }

  @Test
  void builds_a_reporting_line_when_whether_there_is_a_champion_is_unknown() {
    assertThat(
            Leadership.builder()
                .championReportsTo(ReportingLine.AGENCY_HEAD)
                .build()
                .innovationChampion())
        .isEmpty();
  }
}
