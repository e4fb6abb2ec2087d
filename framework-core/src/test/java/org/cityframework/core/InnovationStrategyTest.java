package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;
import static org.cityframework.core.ProfileAssertions.rejection;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InnovationStrategyTest {

  static final Goal GOAL = Goal.builder().description("Safer streets").build();
  static final Barrier INERTIA = Barrier.builder().kind(BarrierKind.ADMINISTRATIVE_INERTIA).build();

  static InnovationStrategy.Builder strategy(StrategyStatus status) {
    return InnovationStrategy.builder().status(status);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"NONE", "IN_DEVELOPMENT"})
  void rejects_a_published_strategy_that_is_not_adopted(StrategyStatus status) {
    assertRejected(
        () -> strategy(status).published(true).build(),
        "/published",
        "not adopted (" + status + ") cannot be published");
  }

  @Test
  void builds_a_published_strategy_that_is_adopted() {
    assertThat(strategy(StrategyStatus.ADOPTED).published(true).build().published()).hasValue(true);
  }

  @Test
  void builds_an_unpublished_strategy_in_development() {
    assertThat(strategy(StrategyStatus.IN_DEVELOPMENT).published(false).build().published())
        .hasValue(false);
  }

  @Test
  void builds_a_published_strategy_whose_status_is_unknown() {
    assertThat(InnovationStrategy.builder().published(true).build().status()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"NONE", "IN_DEVELOPMENT"})
  void rejects_an_adoption_date_for_a_strategy_that_is_not_adopted(StrategyStatus status) {
    assertRejected(
        () -> strategy(status).adoptedOn(LocalDate.of(2024, 3, 1)).build(),
        "/adoptedOn",
        "has no adoption date");
  }

  @Test
  void builds_an_adoption_date_for_an_adopted_strategy() {
    assertThat(
            strategy(StrategyStatus.ADOPTED)
                .adoptedOn(LocalDate.of(2024, 3, 1))
                .build()
                .adoptedOn())
        .hasValue(LocalDate.of(2024, 3, 1));
  }

  @Test
  void rejects_goals_listed_for_a_strategy_said_to_set_none() {
    assertRejected(
        () -> strategy(StrategyStatus.ADOPTED).statesGoals(false).addGoal(GOAL).build(),
        "/statesGoals",
        "said to set no goals, yet 1 goal(s) are listed");
  }

  @Test
  void builds_a_strategy_said_to_set_no_goals_with_none_listed() {
    assertThat(strategy(StrategyStatus.ADOPTED).statesGoals(false).build().goals()).isEmpty();
  }

  @Test
  void rejects_barriers_listed_for_a_strategy_said_to_identify_no_resistance() {
    assertRejected(
        () ->
            strategy(StrategyStatus.ADOPTED)
                .identifiesResistance(false)
                .addBarrier(INERTIA)
                .build(),
        "/identifiesResistance",
        "said to identify no resistance, yet 1 barrier(s) are listed");
  }

  @Test
  void builds_a_strategy_said_to_identify_no_resistance_with_no_barrier_listed() {
    assertThat(strategy(StrategyStatus.ADOPTED).identifiesResistance(false).build().barriers())
        .isEmpty();
  }

  @Test
  void rejects_content_for_a_strategy_that_does_not_exist() {
    assertRejected(
        () -> strategy(StrategyStatus.NONE).scope(StrategyScope.CROSS_SECTOR).build(),
        "/status",
        "no innovation strategy, yet the profile describes its content");
  }

  static Stream<Named<InnovationStrategy.Builder>> contentOfAStrategyThatDoesNotExist() {
    return Stream.of(
        Named.of("a goal", strategy(StrategyStatus.NONE).addGoal(GOAL)),
        Named.of(
            "a staff role",
            strategy(StrategyStatus.NONE).putStaffRole(StaffRoleElement.TRAINING, true)),
        Named.of("funding expectations", strategy(StrategyStatus.NONE).fundingExpectations(true)),
        Named.of("data use expectations", strategy(StrategyStatus.NONE).dataUseExpectations(true)),
        Named.of("a barrier", strategy(StrategyStatus.NONE).addBarrier(INERTIA)),
        Named.of("the culture", strategy(StrategyStatus.NONE).coversInnovationCulture(true)),
        Named.of(
            "data competency standards",
            strategy(StrategyStatus.NONE).dataCompetencyStandards(true)),
        Named.of("a budget", strategy(StrategyStatus.NONE).setsInnovationBudget(true)),
        Named.of("stated goals", strategy(StrategyStatus.NONE).statesGoals(true)),
        Named.of(
            "identified resistance", strategy(StrategyStatus.NONE).identifiesResistance(true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentOfAStrategyThatDoesNotExist")
  void rejects_each_kind_of_content_for_a_strategy_that_does_not_exist(
      InnovationStrategy.Builder strategy) {
    assertRejected(strategy::build, "/status", "no innovation strategy");
  }

  @Test
  void builds_a_strategy_that_does_not_exist_with_every_content_fact_said_no() {
    InnovationStrategy none =
        strategy(StrategyStatus.NONE)
            .putStaffRole(StaffRoleElement.TRAINING, false)
            .fundingExpectations(false)
            .dataUseExpectations(false)
            .coversInnovationCulture(false)
            .dataCompetencyStandards(false)
            .setsInnovationBudget(false)
            .build();

    assertThat(none.status()).hasValue(StrategyStatus.NONE);
  }

  @Test
  void builds_content_for_a_strategy_in_development() {
    assertThat(
            strategy(StrategyStatus.IN_DEVELOPMENT)
                .scope(StrategyScope.CROSS_SECTOR)
                .addGoal(GOAL)
                .build()
                .goals())
        .containsExactly(GOAL);
  }

  @Test
  void lists_every_problem_of_a_contradictory_strategy() {
    InvalidProfileException e =
        rejection(
            () ->
                strategy(StrategyStatus.NONE)
                    .published(true)
                    .adoptedOn(LocalDate.of(2024, 3, 1))
                    .statesGoals(false)
                    .addGoal(GOAL)
                    .identifiesResistance(false)
                    .addBarrier(INERTIA)
                    .build());

    assertThat(e.problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly(
            "/published", "/adoptedOn", "/statesGoals", "/identifiesResistance", "/status");
    assertThat(e.getMessage()).startsWith("5 problems");
  }
}
