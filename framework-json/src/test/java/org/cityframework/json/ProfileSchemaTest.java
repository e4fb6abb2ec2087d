package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ProfileSchemaTest {
  private static final ProfileSchema SCHEMA = ProfileSchema.load();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MINIMAL =
      """
      {"schemaVersion": "1.0", "assessedOn": "2026-03-31", "country": "GB", "name": "Riverton"}
      """;

  /** The example of docs/json.md. */
  private static final String DOCS_EXAMPLE =
      """
      {
        "schemaVersion": "1.0",
        "assessedOn": "2026-03-31",
        "country": "GB",
        "name": "Riverton",
        "strategy": {
          "goals": [{"description": "Cut waits", "indicator": "median days", "baseline": 94, "target": 45,
                     "outcome": "HEALTH"}],
          "published": true,
          "status": "ADOPTED"
        },
        "engagement": {"innovationTools": {"HACKATHONS": true, "RESIDENT_SURVEYS": false}}
      }
      """;

  @Test
  void should_accept_the_smallest_profile_and_the_example_of_the_docs() {
    assertThat(problems(MINIMAL)).isEmpty();
    assertThat(problems(DOCS_EXAMPLE)).isEmpty();
  }

  @Test
  void should_accept_every_profile_the_library_writes() {
    for (CityProfile p : RandomProfiles.seeded(11).stream().limit(300).toList()) {
      String written = DocumentFormat.JSON.writeProfile(p);
      assertThat(problems(written)).as(written).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown property at the top    | /nmae                              | "nmae": "x"
          unknown property in a section  | /strategy/publishd                 | "strategy": {"publishd": true}
          text for a yes/no fact         | /strategy/published                | "strategy": {"published": "yes"}
          unknown enum value             | /strategy/status                   | "strategy": {"status": "ADOPT"}
          null for a fact                | /notes                             | "notes": null
          null for a section             | /leadership                        | "leadership": null
          percentage over 100            | /evaluation/projectsMonitoredFromInceptionPercent | "evaluation": {"projectsMonitoredFromInceptionPercent": 101}
          negative count                 | /staff/teamSize                    | "staff": {"teamSize": -1}
          fraction for a count           | /staff/teamSize                    | "staff": {"teamSize": 2.5}
          population of 0                | /population                        | "population": 0
          survey wave before 2000        | /surveyWave                        | "surveyWave": 1999
          horizon over 50 years          | /funding/commitmentHorizonYears    | "funding": {"commitmentHorizonYears": 51}
          unknown map key                | /engagement/innovationTools/HACKATHON | "engagement": {"innovationTools": {"HACKATHON": true}}
          text in a yes/no map           | /engagement/innovationTools/HACKATHONS | "engagement": {"innovationTools": {"HACKATHONS": "yes"}}
          missing required in a list item | /strategy/goals/0/description     | "strategy": {"goals": [{"indicator": "days"}]}
          empty goal description         | /strategy/goals/0/description      | "strategy": {"goals": [{"description": ""}]}
          target year after 2200         | /strategy/goals/0/targetYear       | "strategy": {"goals": [{"description": "d", "targetYear": 2201}]}
          lower-case currency            | /funding/budgetLines/0/currency    | "funding": {"budgetLines": [{"year": 2025, "amount": 1, "currency": "eur"}]}
          negative budget                | /funding/budgetLines/0/amount      | "funding": {"budgetLines": [{"year": 2025, "amount": -1, "currency": "EUR"}]}
          text for money                 | /funding/budgetLines/0/amount      | "funding": {"budgetLines": [{"year": 2025, "amount": "1000", "currency": "EUR"}]}
          impossible date                | /strategy/adoptedOn                | "strategy": {"adoptedOn": "2026-02-31"}
          date in another format         | /staff/teamEstablishedOn           | "staff": {"teamEstablishedOn": "31/03/2026"}
          number for a text              | /sources/0/title                   | "sources": [{"title": 42}]
          object for a list              | /sources                           | "sources": {"title": "survey"}
          """)
  void should_report_each_kind_of_problem_at_its_pointer(
      String kind, String pointer, String property) {
    String document = MINIMAL.strip().replaceFirst("}$", ", " + property + "}");
    assertThat(problems(document))
        .as(kind)
        .extracting(DocumentProblem::pointer)
        .containsExactly(pointer);
  }

  @Test
  void should_report_a_missing_required_property_at_its_own_pointer() {
    assertThat(pointers("{\"schemaVersion\": \"1.0\", \"assessedOn\": \"2026-03-31\"}"))
        .containsExactlyInAnyOrder("/country", "/name");
  }

  @Test
  void should_refuse_a_missing_or_foreign_version() {
    assertThat(pointers("{\"assessedOn\": \"2026-03-31\", \"country\": \"GB\", \"name\": \"R\"}"))
        .containsExactly("/schemaVersion");
    assertThat(pointers(MINIMAL.replace("\"1.0\"", "\"2.0\""))).containsExactly("/schemaVersion");
  }

  @Test
  void should_refuse_a_list_of_more_than_1000_items() {
    ObjectNode document = (ObjectNode) JSON.readTree(MINIMAL);
    var sources = document.putArray("sources");
    for (int i = 0; i < 1001; i++) {
      sources.addObject().put("title", "source " + i);
    }
    assertThat(SCHEMA.validate(document)).extracting(DocumentProblem::pointer).contains("/sources");
  }

  @Test
  void should_report_every_problem_at_once_with_what_was_expected_and_found() {
    List<DocumentProblem> problems =
        problems(
            MINIMAL
                .strip()
                .replaceFirst(
                    "}$",
                    ", \"strategy\": {\"published\": \"yes\"}, \"staff\": {\"teamSize\": -1}}"));
    assertThat(problems)
        .extracting(DocumentProblem::pointer)
        .containsExactlyInAnyOrder("/strategy/published", "/staff/teamSize");
    DocumentProblem published =
        problems.stream().filter(p -> p.pointer().equals("/strategy/published")).findFirst().get();
    assertThat(published.expected()).hasValue("type boolean");
    assertThat(published.found()).hasValue("the text \"yes\"");
    assertThat(published.message()).isNotBlank();
  }

  @Test
  void should_offer_the_committed_text_of_the_schema() {
    JsonNode schema = JSON.readTree(ProfileSchema.text());
    assertThat(schema.get("$id").stringValue()).isEqualTo(ProfileSchemaGenerator.ID);
  }

  private static List<DocumentProblem> problems(String json) {
    return SCHEMA.validate(JSON.readTree(json));
  }

  private static List<String> pointers(String json) {
    return problems(json).stream().map(DocumentProblem::pointer).toList();
  }
}
