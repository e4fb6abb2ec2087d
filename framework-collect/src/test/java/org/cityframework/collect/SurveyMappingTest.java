package org.cityframework.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mapping is validated strictly: every problem at once, each with its line. */
class SurveyMappingTest {

  private static List<String> problems(String yaml) {
    try {
      SurveyMapping.parse(yaml);
    } catch (InvalidMappingException e) {
      return e.problems().stream().map(MappingProblem::toString).toList();
    }
    throw new AssertionError("the mapping was accepted");
  }

  @Test
  void every_problem_is_listed_at_once_with_its_line() {
    String yaml =
        String.join(
            "\n",
            "answers:", // 1
            "  yes: [\"Yes\", \"Oui\"]", // 2
            "  no: [\"No\", \"Oui\"]", // 3: Oui means yes and no
            "dates: dd/MM", // 4: no year
            "colums: []", // 5: misspelt key
            "set:", // 6
            "  /surveyWave: twenty", // 7: not a whole number
            "columns:", // 8
            "  - column: City", // 9
            "    fact: /name", // 10
            "  - column: Country", // 11
            "    fact: /country", // 12
            "  - column: city", // 13: City again (case does not matter)
            "    fact: /notes", // 14
            "  - column: Mayor", // 15
            "    fact: /leadership/mayorPrioritisesInnovaton", // 16: misspelt fact
            "  - column: Data role", // 17
            "    fact: /dataUse/roleInDecisions", // 18
            "    values:", // 19
            "      Big: SIGNIFICANT", // 20
            "      Small: MINR", // 21: unknown constant
            "  - column: Goal", // 22
            "    fact: /strategy/goals/description", // 23: a list item without its index
            "  - column: Strategy", // 24
            "    fact: /strategy", // 25: a section
            "  - column: Team", // 26
            "    fact: /staff/teamSize", // 27
            "    currency: EUR", // 28: a currency on a count
            "  - column: Also the name", // 29
            "    fact: /name", // 30: the name twice
            "");

    assertThat(problems(yaml))
        .containsExactly(
            "line 2: the answer \"oui\" cannot mean both yes and no",
            "line 4: a date format has a year (yyyy), a month (MM or MMM) and a day (d or dd)",
            "line 5: unknown key \"colums\"; did you mean columns?",
            "line 7: the value of /surveyWave is a whole number",
            "line 8: no column gives /assessedOn and it is not set; every profile needs it (The"
                + " date the facts describe; no fact in the profile may be dated after it.)",
            "line 13: the column \"city\" is mapped twice (also on line 9)",
            "line 16: the profile has no fact /leadership/mayorPrioritisesInnovaton; did you mean"
                + " /leadership/mayorPrioritisesInnovation?",
            "line 21: unknown constant \"MINR\" of /dataUse/roleInDecisions; did you mean MINOR? It is"
                + " one of NONE, MINOR, MODERATE, SIGNIFICANT",
            "line 23: /strategy/goals/description: /strategy/goals is a list, whose items are"
                + " numbered from 0 (at most 999), not \"description\"",
            "line 25: /strategy is a section of the profile, not a fact: name one of its facts,"
                + " such as /strategy/adoptedOn",
            "line 28: a currency is for an amount; /staff/teamSize is a whole number",
            "line 30: the fact /name is also given by the column \"City\"; a fact comes from one"
                + " column");
  }

  @Test
  void a_valid_mapping_names_its_columns_and_facts() {
    SurveyMapping m =
        SurveyMapping.parse(
            String.join(
                "\n",
                "set: {/assessedOn: \"2026-03-31\", /country: GB}",
                "ignore: [Respondent]",
                "columns:",
                "  - {column: City, fact: /name}",
                "  - {column: Goal 2, fact: /strategy/goals/1/description}"));

    assertThat(m.columns()).containsExactly("City", "Goal 2");
    assertThat(m.factOf(" goal  2 ")).contains("/strategy/goals/1/description");
    assertThat(m.factOf("Mayor")).isEmpty();
    assertThat(m.ignoredColumns()).containsExactly("Respondent");
  }

  @Test
  void yaml_that_is_not_well_formed_is_refused_with_its_line() {
    assertThat(problems("columns:\n  - column: City\n    fact: [/name\n"))
        .singleElement()
        .asString()
        .isEqualTo(
            "line 3: the mapping is not well-formed YAML: while parsing a flow sequence; expected"
                + " ',' or ']', but got <stream end>");
  }

  @Test
  void aliases_and_bare_yes_no_answers_are_refused() {
    assertThat(problems("columns: &a\n  - {column: City, fact: /name}\nignore: *a\n"))
        .containsExactly(
            "line 1: YAML aliases and anchors (*name, &name) are not accepted; write it out");
    assertThat(
            problems(
                "set: {/assessedOn: \"2026-03-31\", /country: GB}\nanswers:\n  yes: [Yes, true]\n"
                    + "columns:\n  - {column: City, fact: /name}\n"))
        .containsExactly(
            "line 3: write the answer in quotes (\"true\"): YAML reads a bare true as a yes/no"
                + " value, not as the text of an answer");
  }

  @Test
  void an_empty_mapping_says_what_a_mapping_is() {
    assertThatThrownBy(() -> SurveyMapping.parse(""))
        .isInstanceOf(InvalidMappingException.class)
        .hasMessageContaining("a mapping is a YAML object with a list of columns");
  }
}
