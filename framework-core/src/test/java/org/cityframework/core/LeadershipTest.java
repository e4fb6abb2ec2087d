package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;

import org.junit.jupiter.api.Test;

/**
 * The leadership section. Contradictions between its facts are checked with the whole profile
 * ({@link Implications}), at the absolute pointer of the contradicting fact.
 */
class LeadershipTest {

  static Leadership.Builder noChampion() {
    return Leadership.builder().innovationChampion(false);
  }

  /** Builds a whole profile with this leadership, which checks it against every implication. */
  static CityProfile profileWith(Leadership.Builder leadership) {
    return city().leadership(leadership.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_reporting_line_for_a_champion_said_not_to_exist() {
    assertThat(noChampion().championReportsTo(ReportingLine.MAYOR).build().championReportsTo())
        .hasValue(ReportingLine.MAYOR);
  }

  @Test
  void rejects_a_reporting_line_for_a_champion_said_not_to_exist() {
    assertContradicts(
        () -> profileWith(noChampion().championReportsTo(ReportingLine.MAYOR)),
        "/leadership/championReportsTo",
        "/leadership/innovationChampion",
        "a city with no innovation champion has no champion to report or integrate",
        "(/leadership/championReportsTo = none, found MAYOR)");
  }

  @Test
  void rejects_an_integrated_champion_said_not_to_exist() {
    assertContradicts(
        () -> profileWith(noChampion().championIntegrated(true)),
        "/leadership/championIntegrated",
        "/leadership/innovationChampion",
        "a city with no innovation champion has no champion to report or integrate");
  }

  @Test
  void builds_no_champion_with_the_position_said_not_integrated() {
    assertThat(
            profileWith(noChampion().championIntegrated(false)).leadership().championIntegrated())
        .hasValue(false);
  }

  @Test
  void builds_a_champion_reporting_to_the_mayor() {
    assertThat(
            profileWith(
                    Leadership.builder()
                        .innovationChampion(true)
                        .championReportsTo(ReportingLine.MAYOR)
                        .championIntegrated(true))
                .leadership()
                .championReportsTo())
        .hasValue(ReportingLine.MAYOR);
  }

  @Test
  void builds_a_reporting_line_when_whether_there_is_a_champion_is_unknown() {
    assertThat(
            profileWith(Leadership.builder().championReportsTo(ReportingLine.AGENCY_HEAD))
                .leadership()
                .innovationChampion())
        .isEmpty();
  }
}
