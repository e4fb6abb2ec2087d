package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.ASSESSED_ON;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** No fact in a profile may be dated after the assessment it belongs to. */
class CityProfileDatesTest {

  static final LocalDate NEXT_DAY = ASSESSED_ON.plusDays(1);

  static Source source(LocalDate accessedOn) {
    return Source.builder().title("Survey response").accessedOn(accessedOn).build();
  }

  static BudgetLine line(int year) {
    return BudgetLine.builder().year(year).amount(new BigDecimal("1000")).currency("EUR").build();
  }

  @Test
  void rejects_a_source_consulted_after_the_assessment() {
    assertRejected(
        () -> city().addSources(source(ASSESSED_ON), source(NEXT_DAY)).build(),
        "/sources/1/accessedOn",
        "the date a source was consulted (2026-07-01) is after the assessment date (2026-06-30)");
  }

  @Test
  void builds_a_source_consulted_on_the_assessment_date() {
    assertThat(city().addSource(source(ASSESSED_ON)).build().sources()).hasSize(1);
  }

  @Test
  void rejects_a_strategy_adopted_after_the_assessment() {
    assertRejected(
        () ->
            city()
                .strategy(
                    InnovationStrategy.builder()
                        .status(StrategyStatus.ADOPTED)
                        .adoptedOn(NEXT_DAY)
                        .build())
                .build(),
        "/strategy/adoptedOn",
        "the strategy's adoption date (2026-07-01) is after the assessment date");
  }

  @Test
  void builds_a_strategy_adopted_on_the_assessment_date() {
    CityProfile profile =
        city()
            .strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.ADOPTED)
                    .adoptedOn(ASSESSED_ON)
                    .build())
            .build();

    assertThat(profile.strategy().adoptedOn()).hasValue(ASSESSED_ON);
  }

  @Test
  void rejects_an_innovation_team_established_after_the_assessment() {
    assertRejected(
        () -> city().staff(InnovationStaff.builder().teamEstablishedOn(NEXT_DAY).build()).build(),
        "/staff/teamEstablishedOn",
        "the date the innovation team was established (2026-07-01) is after the assessment date");
  }

  @Test
  void builds_an_innovation_team_established_on_the_assessment_date() {
    CityProfile profile =
        city().staff(InnovationStaff.builder().teamEstablishedOn(ASSESSED_ON).build()).build();

    assertThat(profile.staff().teamEstablishedOn()).hasValue(ASSESSED_ON);
  }

  @Test
  void rejects_a_budget_year_more_than_one_year_after_the_assessment() {
    assertRejected(
        () ->
            city()
                .funding(Funding.builder().addBudgetLines(line(2026), line(2028)).build())
                .build(),
        "/funding/budgetLines/1/year",
        "a budget year can be at most one year after the assessment year 2026 (found 2028)");
  }

  @Test
  void builds_next_years_budget_line() {
    CityProfile profile =
        city().funding(Funding.builder().addBudgetLines(line(2026), line(2027)).build()).build();

    assertThat(profile.funding().budgetLines())
        .extracting(BudgetLine::year)
        .containsExactly(2026, 2027);
  }

  @Test
  void checks_a_what_if_copy_against_the_assessment_date_too() {
    CityProfile profile =
        city().staff(InnovationStaff.builder().teamEstablishedOn(ASSESSED_ON).build()).build();

    assertRejected(
        () -> profile.withAssessedOn(ASSESSED_ON.minusDays(1)),
        "/staff/teamEstablishedOn",
        "is after the assessment date (2026-06-29)");
  }
}
