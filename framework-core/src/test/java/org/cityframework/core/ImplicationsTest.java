package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;
import static org.cityframework.core.ProfileAssertions.rejection;
import static org.cityframework.core.ProfileDraft.argument;
import static org.cityframework.core.ProfileDraft.oneElement;
import static org.cityframework.core.ProfileDraft.raw;
import static org.cityframework.core.ProfileDraft.typeAt;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.Implications.Condition;
import org.cityframework.core.Implications.Implication;
import org.cityframework.core.Implications.Implied;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implication of the model, one by one: a profile stating a contradicting conclusion is
 * rejected at that conclusion, naming the premise; a profile leaving the conclusion unstated
 * builds, and the conclusion is known by implication. The facts are set by JSON Pointer ({@link
 * ProfileDraft}), so an implication added to {@link Implications#all()} is tested with no change
 * here.
 */
class ImplicationsTest {

  static List<Implication> implications() {
    return Implications.all();
  }

  /**
   * A statement of a conclusion's fact that contradicts it.
   *
   * @param setAt the pointer of the fact to state
   * @param value the value to state, typed as the fact's accessor returns it
   * @param problemAt where the problem is: the fact, or the offending entry or element
   */
  record Contradiction(String setAt, Object value, String problemAt) {}

  /**
   * The profile with the implication's premise holding: each premise fact set to its first value.
   */
  static ProfileDraft premiseHolding(Implication implication) {
    ProfileDraft draft = new ProfileDraft();
    for (Condition c : implication.premise()) {
      draft.setText(c.pointer(), c.values().get(0));
    }
    return draft;
  }

  static Contradiction contradicting(Condition conclusion) {
    assertThat(conclusion.values()).as("the values of %s", conclusion).hasSize(1);
    String pointer = conclusion.pointer();
    String value = conclusion.values().get(0);
    int star = pointer.indexOf("/*");
    if (star >= 0) {
      String whole = pointer.substring(0, star);
      Type type = typeAt(whole);
      if (Map.class.isAssignableFrom(raw(type))) {
        // Every entry of a yes/no map: one entry with the other value.
        Enum<?> key = (Enum<?>) argument(type, 0).getEnumConstants()[0];
        return new Contradiction(
            whole, Map.of(key, !Boolean.parseBoolean(value)), whole + "/" + key.name());
      }
      // A fact of every element of a list: one element, valid on its own, that contradicts it.
      assertThat(pointer).isEqualTo("/funding/budgetLines/*/amount");
      assertThat(value).isEqualTo("0");
      return new Contradiction(
          whole,
          List.of(oneElement(argument(type, 0))),
          whole + "/0" + pointer.substring(star + 2));
    }
    Type type = typeAt(pointer);
    if (value.equals("[]")) {
      return new Contradiction(pointer, List.of(oneElement(argument(type, 0))), pointer);
    }
    if (value.endsWith(" or more")) {
      int least = Integer.parseInt(value.substring(0, value.indexOf(' ')));
      return new Contradiction(pointer, OptionalInt.of(least - 1), pointer);
    }
    if (value.equals(Implications.NONE)) {
      return new Contradiction(pointer, Optional.of(anyValue(argument(type, 0))), pointer);
    }
    return new Contradiction(pointer, other(ProfileDraft.parse(type, value)), pointer);
  }

  /** Any valid value of a fact that should not be stated. */
  static Object anyValue(Class<?> type) {
    if (type == LocalDate.class) {
      return ProfileDraft.BEFORE_ASSESSMENT;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0]; // MAYOR for a reporting line, CROSS_SECTOR for a scope
    }
    if (type == Boolean.class) {
      return true;
    }
    throw new AssertionError("no value of " + type);
  }

  /** A value other than {@code value}, of the same fact. */
  static Object other(Object value) {
    if (value instanceof OptionalInt n) {
      return OptionalInt.of(n.getAsInt() == 0 ? 5 : 0);
    }
    Object plain = ((Optional<?>) value).orElseThrow();
    if (plain instanceof Boolean b) {
      return Optional.of(!b);
    }
    for (Object constant : plain.getClass().getEnumConstants()) {
      if (constant != plain) {
        return Optional.of(constant);
      }
    }
    throw new AssertionError("no value other than " + plain);
  }

  /** The pointer of one fact the conclusion decides: one entry of a map; null for a list. */
  static String decidedFact(Condition conclusion) {
    String pointer = conclusion.pointer();
    String value = conclusion.values().get(0);
    if (pointer.contains("/*/") || value.equals("[]")) {
      return null;
    }
    if (pointer.endsWith("/*")) {
      String whole = pointer.substring(0, pointer.length() - 2);
      return whole + "/" + ((Enum<?>) argument(typeAt(whole), 0).getEnumConstants()[0]).name();
    }
    return pointer;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implications")
  void rejects_a_profile_that_states_a_contradicting_conclusion(Implication implication) {
    Contradiction contradiction = contradicting(implication.conclusion());
    ProfileDraft draft =
        premiseHolding(implication).set(contradiction.setAt(), contradiction.value());
    List<Condition> premise = implication.premise();

    ProfileProblem problem =
        assertContradicts(
            draft::build,
            contradiction.problemAt(),
            premise.get(0).pointer(),
            premise.stream().map(Condition::pointer).toArray(String[]::new));

    assertThat(problem.message())
        .contains(implication.reason())
        .contains("(" + implication.conclusion() + ", found ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implications")
  void implies_the_conclusion_when_the_profile_leaves_it_unstated(Implication implication) {
    CityProfile profile = premiseHolding(implication).build();
    String fact = decidedFact(implication.conclusion());
    if (fact == null) {
      return; // a list: "empty", or a fact of every element, is no value of one fact
    }

    Optional<Implied> implied = Implications.implied(profile, fact);

    String value = implication.conclusion().values().get(0);
    if (value.endsWith(" or more")) {
      assertThat(implied).as("a bound decides no value").isEmpty();
      return;
    }
    List<Condition> premise =
        implication.premise().stream()
            .map(c -> new Condition(c.pointer(), List.of(c.values().get(0))))
            .toList();
    assertThat(implied)
        .hasValueSatisfying(
            i -> {
              assertThat(i.text()).isEqualTo(value);
              assertThat(i.because()).isEqualTo(premise);
            });
  }

  @Test
  void every_implication_has_a_reason_and_a_premise() {
    assertThat(Implications.all())
        .isNotEmpty()
        .allSatisfy(
            i -> {
              assertThat(i.premise()).isNotEmpty();
              assertThat(i.reason()).isNotBlank();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Read backwards: a stated conclusion that the premise would contradict decides the premise.

  @Test
  void a_stated_reporting_line_implies_a_dedicated_team() {
    CityProfile profile =
        city().staff(InnovationStaff.builder().reportsTo(ReportingLine.MAYOR).build()).build();

    assertThat(Implications.implied(profile, "/staff/dedicatedTeam"))
        .hasValue(
            new Implied(
                Optional.of(true), List.of(new Condition("/staff/reportsTo", List.of("MAYOR")))));
  }

  @Test
  void a_published_strategy_implies_an_adopted_one() {
    CityProfile profile =
        city().strategy(InnovationStrategy.builder().published(true).build()).build();

    assertThat(Implications.implied(profile, "/strategy/status"))
        .hasValue(
            new Implied(
                Optional.of(StrategyStatus.ADOPTED),
                List.of(new Condition("/strategy/published", List.of("true")))));
  }

  @Test
  void a_budget_line_with_money_implies_a_dedicated_budget() {
    BudgetLine line =
        BudgetLine.builder().year(2026).amount(new BigDecimal("100")).currency("EUR").build();
    CityProfile profile = city().funding(Funding.builder().addBudgetLine(line).build()).build();

    assertThat(Implications.implied(profile, "/funding/dedicatedBudget"))
        .hasValue(
            new Implied(
                Optional.of(true),
                List.of(new Condition("/funding/budgetLines/0/amount", List.of("100 EUR")))));
  }

  @Test
  void projects_monitored_from_inception_imply_a_system_of_evaluation() {
    CityProfile profile =
        city()
            .evaluation(Evaluation.builder().projectsMonitoredFromInceptionPercent(40).build())
            .build();

    assertThat(Implications.implied(profile, "/evaluation/evaluationSystem"))
        .hasValue(
            new Implied(
                Optional.of(true),
                List.of(
                    new Condition(
                        "/evaluation/projectsMonitoredFromInceptionPercent", List.of("40")))));
  }

  // ---------------------------------------------------------------------------------------------
  // Chains: a premise known by implication is as good as a stated one.

  static CityProfile noStrategy() {
    return city()
        .strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build())
        .build();
  }

  @Test
  void no_strategy_implies_that_it_covers_none_of_the_concepts_of_the_culture() {
    CityProfile profile = noStrategy();

    assertThat(Implications.implied(profile, "/strategy/coversInnovationCulture"))
        .hasValue(
            new Implied(
                Optional.of(false), List.of(new Condition("/strategy/status", List.of("NONE")))));
    assertThat(
            Implications.implied(
                profile, "/strategy/cultureConcepts/" + CultureConcept.values()[0].name()))
        .hasValue(
            new Implied(
                Optional.of(false), List.of(new Condition("/strategy/status", List.of("NONE")))));
  }

  @Test
  void rejects_a_goal_of_a_strategy_that_does_not_exist_through_the_goals_it_implies_it_sets() {
    assertContradicts(
        () ->
            city()
                .strategy(
                    InnovationStrategy.builder()
                        .status(StrategyStatus.NONE)
                        .addGoal(Goal.builder().description("A goal").build())
                        .build())
                .build(),
        "/strategy/goals",
        "/strategy/statesGoals",
        "(/strategy/goals = [], found 1 item)");
  }

  // ---------------------------------------------------------------------------------------------
  // What no implication decides.

  @Test
  void implies_nothing_about_a_stated_fact_that_no_other_fact_decides() {
    CityProfile profile =
        city()
            .staff(InnovationStaff.builder().dedicatedTeam(true).build())
            .strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build())
            .build();

    assertThat(Implications.implied(profile, "/staff/dedicatedTeam")).isEmpty();
    assertThat(Implications.implied(profile, "/strategy/status")).isEmpty();
  }

  /** A stated fact is what the profile says, forwards and backwards: nothing is implied of it. */
  @Test
  void implies_nothing_about_a_fact_the_profile_states() {
    CityProfile noTeam =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).teamSize(0).build()).build();
    CityProfile team =
        city()
            .staff(
                InnovationStaff.builder()
                    .dedicatedTeam(true)
                    .reportsTo(ReportingLine.MAYOR)
                    .build())
            .build();

    assertThat(Implications.implied(noTeam, "/staff/teamSize")).isEmpty();
    assertThat(Implications.implied(team, "/staff/dedicatedTeam")).isEmpty();
  }

  @Test
  void reads_an_implication_of_two_facts_backwards_when_the_other_one_holds() {
    CityProfile profile =
        city()
            .dataGovernance(
                DataGovernance.builder()
                    .stewardship(DataStewardship.builder().dataTeam(false).citywide(true).build())
                    .build())
            .build();

    assertThat(Implications.implied(profile, "/dataGovernance/stewardship/chiefDataOfficer"))
        .hasValue(
            new Implied(
                Optional.of(true),
                List.of(
                    new Condition("/dataGovernance/stewardship/citywide", List.of("true")),
                    new Condition("/dataGovernance/stewardship/dataTeam", List.of("false")))));
  }

  @Test
  void an_implied_value_names_every_fact_of_a_two_fact_premise() {
    CityProfile profile =
        city()
            .dataGovernance(
                DataGovernance.builder()
                    .stewardship(
                        DataStewardship.builder().dataTeam(false).chiefDataOfficer(false).build())
                    .build())
            .build();

    assertThat(Implications.implied(profile, "/dataGovernance/stewardship/citywide"))
        .hasValueSatisfying(
            i ->
                assertThat(i.becauseText())
                    .isEqualTo(
                        "/dataGovernance/stewardship/dataTeam = false and"
                            + " /dataGovernance/stewardship/chiefDataOfficer = false"));
  }

  @Test
  void a_contradiction_through_a_chain_names_the_stated_fact_it_starts_from() {
    InvalidProfileException e =
        rejection(
            () ->
                city()
                    .strategy(
                        InnovationStrategy.builder()
                            .status(StrategyStatus.NONE)
                            .addGoal(Goal.builder().description("A goal").build())
                            .build())
                    .build());
    assertThat(e.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "contradicts /strategy/statesGoals = false (implied by /strategy/status ="
                            + " NONE)"));
  }

  @Test
  void implies_nothing_about_a_fact_nothing_decides() {
    CityProfile profile = city().build();

    assertThat(Implications.implied(profile, "/staff/reportsTo")).isEmpty();
    assertThat(Implications.implied(profile, "/staff/dedicatedTeam")).isEmpty();
    assertThat(Implications.implied(profile, "/population")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // The problem names both facts.

  @Test
  void a_problem_names_the_contradicting_fact_and_the_fact_implying_otherwise() {
    InvalidProfileException e =
        rejection(
            () ->
                city()
                    .staff(
                        InnovationStaff.builder()
                            .dedicatedTeam(false)
                            .reportsTo(ReportingLine.MAYOR)
                            .build())
                    .build());

    assertThat(e.problems())
        .containsExactly(
            new ProfileProblem(
                "/staff/reportsTo",
                "contradicts /staff/dedicatedTeam = false: a city with no dedicated innovation"
                    + " team has no team to size, date, report, embed or resource"
                    + " (/staff/reportsTo = none, found MAYOR)"));
  }

  @Test
  void a_problem_of_two_premises_names_both() {
    InvalidProfileException e =
        rejection(
            () ->
                city()
                    .dataGovernance(
                        DataGovernance.builder()
                            .stewardship(
                                DataStewardship.builder()
                                    .dataTeam(false)
                                    .chiefDataOfficer(false)
                                    .citywide(true)
                                    .build())
                            .build())
                    .build());

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/dataGovernance/stewardship/citywide");
              assertThat(p.message())
                  .startsWith(
                      "contradicts /dataGovernance/stewardship/dataTeam = false and"
                          + " /dataGovernance/stewardship/chiefDataOfficer = false: ")
                  .endsWith("(/dataGovernance/stewardship/citywide = false, found true)");
            });
  }
}
