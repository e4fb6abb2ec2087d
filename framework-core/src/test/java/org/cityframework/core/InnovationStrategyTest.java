package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;
import static org.cityframework.core.ProfileAssertions.rejection;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The innovation strategy section. Contradictions between its facts are checked with the whole
 * profile ({@link Implications}), so each is built into a profile and rejected at the absolute
 * pointer of the contradicting fact.
 */
class InnovationStrategyTest {

  static final Goal GOAL = Goal.builder().description("Safer streets").build();
  static final Barrier INERTIA = Barrier.builder().kind(BarrierKind.ADMINISTRATIVE_INERTIA).build();

  static InnovationStrategy.Builder strategy(StrategyStatus status) {
    return InnovationStrategy.builder().status(status);
  }

  /** Builds a whole profile with this strategy, which checks it against every implication. */
  static CityProfile profileWith(InnovationStrategy.Builder strategy) {
    return city().strategy(strategy.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_contradictory_strategy() {
    InnovationStrategy alone =
        strategy(StrategyStatus.NONE).published(true).scope(StrategyScope.CROSS_SECTOR).build();

    assertThat(alone.published()).hasValue(true);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"NONE", "IN_DEVELOPMENT"})
  void rejects_a_published_strategy_that_is_not_adopted(StrategyStatus status) {
    assertContradicts(
        () -> profileWith(strategy(status).published(true)),
        "/strategy/published",
        "/strategy/status",
        "/strategy/status = " + status,
        "a strategy that is not adopted is neither published nor dated");
  }

  @Test
  void builds_a_published_strategy_that_is_adopted() {
    assertThat(profileWith(strategy(StrategyStatus.ADOPTED).published(true)).strategy().published())
        .hasValue(true);
  }

  @Test
  void builds_an_unpublished_strategy_in_development() {
    assertThat(
            profileWith(strategy(StrategyStatus.IN_DEVELOPMENT).published(false))
                .strategy()
                .published())
        .hasValue(false);
  }

  @Test
  void builds_a_published_strategy_whose_status_is_unknown() {
    assertThat(profileWith(InnovationStrategy.builder().published(true)).strategy().status())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"NONE", "IN_DEVELOPMENT"})
  void rejects_an_adoption_date_for_a_strategy_that_is_not_adopted(StrategyStatus status) {
    assertContradicts(
        () -> profileWith(strategy(status).adoptedOn(LocalDate.of(2024, 3, 1))),
        "/strategy/adoptedOn",
        "/strategy/status",
        "(/strategy/adoptedOn = none, found 2024-03-01)");
  }

  @Test
  void builds_an_adoption_date_for_an_adopted_strategy() {
    assertThat(
            profileWith(strategy(StrategyStatus.ADOPTED).adoptedOn(LocalDate.of(2024, 3, 1)))
                .strategy()
                .adoptedOn())
        .hasValue(LocalDate.of(2024, 3, 1));
  }

  @Test
  void rejects_goals_listed_for_a_strategy_said_to_set_none() {
    assertContradicts(
        () -> profileWith(strategy(StrategyStatus.ADOPTED).statesGoals(false).addGoal(GOAL)),
        "/strategy/goals",
        "/strategy/statesGoals",
        "a strategy said to set no goals lists none",
        "found 1 item");
  }

  @Test
  void builds_a_strategy_said_to_set_no_goals_with_none_listed() {
    assertThat(profileWith(strategy(StrategyStatus.ADOPTED).statesGoals(false)).strategy().goals())
        .isEmpty();
  }

  @Test
  void rejects_barriers_listed_for_a_strategy_said_to_identify_no_resistance() {
    assertContradicts(
        () ->
            profileWith(
                strategy(StrategyStatus.ADOPTED).identifiesResistance(false).addBarrier(INERTIA)),
        "/strategy/barriers",
        "/strategy/identifiesResistance",
        "a strategy said to identify no resistance lists no barriers",
        "found 1 item");
  }

  @Test
  void builds_a_strategy_said_to_identify_no_resistance_with_no_barrier_listed() {
    assertThat(
            profileWith(strategy(StrategyStatus.ADOPTED).identifiesResistance(false))
                .strategy()
                .barriers())
        .isEmpty();
  }

  @Test
  void rejects_content_for_a_strategy_that_does_not_exist() {
    assertContradicts(
        () -> profileWith(strategy(StrategyStatus.NONE).scope(StrategyScope.CROSS_SECTOR)),
        "/strategy/scope",
        "/strategy/status",
        "a city with no innovation strategy has nothing in a strategy",
        "(/strategy/scope = none, found CROSS_SECTOR)");
  }

  /**
   * Each kind of content, the pointer of the contradicting fact, and the fact it contradicts: the
   * status itself, or, for a listed goal or barrier, what the status implies (a strategy that does
   * not exist states no goals and identifies no resistance).
   */
  static Stream<Arguments> contentOfAStrategyThatDoesNotExist() {
    return Stream.of(
        content(
            "a goal",
            strategy(StrategyStatus.NONE).addGoal(GOAL),
            "/strategy/goals",
            "/strategy/statesGoals"),
        content(
            "a staff role",
            strategy(StrategyStatus.NONE).putStaffRole(StaffRoleElement.TRAINING, true),
            "/strategy/staffRoles/TRAINING",
            "/strategy/status"),
        content(
            "funding expectations",
            strategy(StrategyStatus.NONE).fundingExpectations(true),
            "/strategy/fundingExpectations",
            "/strategy/status"),
        content(
            "data use expectations",
            strategy(StrategyStatus.NONE).dataUseExpectations(true),
            "/strategy/dataUseExpectations",
            "/strategy/status"),
        content(
            "a barrier",
            strategy(StrategyStatus.NONE).addBarrier(INERTIA),
            "/strategy/barriers",
            "/strategy/identifiesResistance"),
        content(
            "the culture",
            strategy(StrategyStatus.NONE).coversInnovationCulture(true),
            "/strategy/coversInnovationCulture",
            "/strategy/status"),
        content(
            "data competency standards",
            strategy(StrategyStatus.NONE).dataCompetencyStandards(true),
            "/strategy/dataCompetencyStandards",
            "/strategy/status"),
        content(
            "a budget",
            strategy(StrategyStatus.NONE).setsInnovationBudget(true),
            "/strategy/setsInnovationBudget",
            "/strategy/status"),
        content(
            "stated goals",
            strategy(StrategyStatus.NONE).statesGoals(true),
            "/strategy/statesGoals",
            "/strategy/status"),
        content(
            "identified resistance",
            strategy(StrategyStatus.NONE).identifiesResistance(true),
            "/strategy/identifiesResistance",
            "/strategy/status"));
  }

  static Arguments content(
      String name, InnovationStrategy.Builder strategy, String pointer, String premise) {
    return Arguments.of(Named.of(name, strategy), pointer, premise);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentOfAStrategyThatDoesNotExist")
  void rejects_each_kind_of_content_for_a_strategy_that_does_not_exist(
      InnovationStrategy.Builder strategy, String pointer, String premise) {
    assertContradicts(() -> profileWith(strategy), pointer, premise);
  }

  @Test
  void builds_a_strategy_that_does_not_exist_with_every_content_fact_said_no() {
    CityProfile none =
        profileWith(
            strategy(StrategyStatus.NONE)
                .putStaffRole(StaffRoleElement.TRAINING, false)
                .fundingExpectations(false)
                .dataUseExpectations(false)
                .coversInnovationCulture(false)
                .dataCompetencyStandards(false)
                .setsInnovationBudget(false));

    assertThat(none.strategy().status()).hasValue(StrategyStatus.NONE);
  }

  @Test
  void builds_content_for_a_strategy_in_development() {
    assertThat(
            profileWith(
                    strategy(StrategyStatus.IN_DEVELOPMENT)
                        .scope(StrategyScope.CROSS_SECTOR)
                        .addGoal(GOAL))
                .strategy()
                .goals())
        .containsExactly(GOAL);
  }

  @Test
  void lists_every_problem_of_a_contradictory_strategy() {
    InvalidProfileException e =
        rejection(
            () ->
                profileWith(
                    strategy(StrategyStatus.NONE)
                        .published(true)
                        .adoptedOn(LocalDate.of(2024, 3, 1))
                        .statesGoals(false)
                        .addGoal(GOAL)
                        .identifiesResistance(false)
                        .addBarrier(INERTIA)));

    assertThat(e.problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly(
            "/strategy/published", "/strategy/adoptedOn", "/strategy/goals", "/strategy/barriers");
    assertThat(e.getMessage()).startsWith("4 problems");
  }
}
