package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.Roadmap;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OscalDocumentsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void the_catalog_has_a_group_per_recommendation_and_a_control_per_check() {
    JsonNode catalog = JSON.readTree(OscalDocuments.catalog(Catalogue.standard())).get("catalog");

    assertThat(catalog.get("groups")).hasSize(10);
    JsonNode r7 = catalog.get("groups").get(6);
    assertThat(r7.get("id").asString()).isEqualTo("R7");
    assertThat(r7.get("title").asString()).startsWith("Recommendation 7: ");
    int controls = 0;
    for (JsonNode group : catalog.get("groups")) {
      controls += group.get("controls").size();
    }
    assertThat(controls).isEqualTo(84);
    JsonNode r74 = r7.get("controls").get(4);
    assertThat(r74.get("id").asString()).isEqualTo("R7.4");
    assertThat(props(r74))
        .containsEntry("element", "vision")
        .containsEntry("layer", "strategic")
        .containsEntry("weight", "3");
    String publication = catalog.get("back-matter").get("resources").get(0).get("uuid").asString();
    assertThat(r74.get("links").get(0).get("href").asString()).isEqualTo("#" + publication);
    assertThat(r74.get("links").get(0).get("rel").asString()).isEqualTo("reference");
    assertThat(r74.get("links").get(0).get("text").asString()).startsWith("Rec. 7, bullet 4, L193");
    assertThat(r74.get("parts").get(0).get("name").asString()).isEqualTo("statement");
    assertThat(r74.get("parts").get(1).get("name").asString()).isEqualTo("guidance");
    assertThat(r74.get("parts").get(1).get("prose").asString())
        .contains("(Rec. 7, bullet 4, L193)");
    assertThat(catalog.get("metadata").get("oscal-version").asString()).isEqualTo("1.1.3");
  }

  @Test
  void a_finding_is_satisfied_when_met_and_not_satisfied_when_certainly_a_gap() {
    Assessment riverton = Riverton.assessment();
    JsonNode result =
        JSON.readTree(OscalDocuments.assessmentResults(riverton))
            .get("assessment-results")
            .get("results")
            .get(0);
    Map<String, JsonNode> findings = new HashMap<>();
    for (JsonNode f : result.get("findings")) {
      findings.put(f.get("target").get("target-id").asString(), f);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : riverton.findings()) {
      JsonNode finding = findings.get(f.checkId() + "_smt");
      String kind;
      if (f.status() == Status.MET) {
        kind = "satisfied";
      } else if (f.isCertainGap()) {
        kind = f.status() == Status.NOT_ASSESSED ? "gap, not decided" : "not-satisfied";
      } else {
        kind = "observation only";
      }
      seen.merge(kind, 1, Integer::sum);
      if (kind.equals("observation only")) {
        assertThat(finding).as(f.checkId()).isNull();
        continue;
      }
      assertThat(finding.get("target").get("status").get("state").asString())
          .as(f.checkId())
          .isEqualTo(kind.equals("satisfied") ? "satisfied" : "not-satisfied");
      assertThat(props(finding))
          .as(f.checkId())
          .containsEntry("status", OscalTree.token(f.status()))
          .containsEntry("worst-case", OscalTree.token(f.worstCase()))
          .containsEntry("best-case", OscalTree.token(f.bestCase()))
          .containsEntry("priority", OscalTree.token(f.priority()));
    }
    // Riverton has each kind, so each rule above was applied.
    assertThat(seen)
        .containsOnlyKeys("satisfied", "not-satisfied", "gap, not decided", "observation only");
    assertThat(result.get("observations")).hasSize(riverton.findings().size());
    assertThat(result.get("start").asString()).isEqualTo("2026-03-31T00:00:00Z");
  }

  @Test
  void the_observation_carries_each_fact_with_its_pointer_value_and_what_implies_it() {
    Assessment riverton = Riverton.assessment();
    JsonNode observations =
        JSON.readTree(OscalDocuments.assessmentResults(riverton))
            .get("assessment-results")
            .get("results")
            .get(0)
            .get("observations");
    int facts = 0;
    int implied = 0;
    for (int i = 0; i < observations.size(); i++) {
      Finding f = riverton.findings().get(i);
      JsonNode observation = observations.get(i);
      assertThat(props(observation)).containsEntry("check", f.checkId());
      JsonNode evidence = observation.get("relevant-evidence");
      assertThat(evidence == null ? 0 : evidence.size()).isEqualTo(f.evidence().size());
      for (int j = 0; j < f.evidence().size(); j++) {
        var fact = f.evidence().get(j);
        Map<String, String> props = props(evidence.get(j));
        assertThat(props).containsEntry("pointer", fact.pointer());
        fact.value().ifPresent(v -> assertThat(props).containsEntry("value", v));
        fact.impliedBy().ifPresent(by -> assertThat(props).containsEntry("implied-by", by));
        facts++;
        implied += fact.isImplied() ? 1 : 0;
      }
    }
    assertThat(facts).isPositive();
    assertThat(implied).isPositive();
  }

  @Test
  void the_plan_has_an_item_per_roadmap_finding_in_order_now_next_later() {
    Assessment riverton = Riverton.assessment();
    Roadmap roadmap = Roadmap.of(riverton);
    JsonNode items =
        JSON.readTree(OscalDocuments.planOfActionAndMilestones(riverton))
            .get("plan-of-action-and-milestones")
            .get("poam-items");

    assertThat(items).hasSize(roadmap.all().size());
    assertThat(roadmap.now()).isNotEmpty();
    for (int i = 0; i < items.size(); i++) {
      Finding f = roadmap.all().get(i);
      String step = i < roadmap.now().size() ? "now" : roadmap.now().contains(f) ? "now" : null;
      Map<String, String> props = props(items.get(i));
      assertThat(props).containsEntry("check", f.checkId());
      assertThat(props.get("step"))
          .isEqualTo(
              roadmap.now().contains(f) ? "now" : roadmap.next().contains(f) ? "next" : "later");
      assertThat(step == null || step.equals(props.get("step"))).isTrue();
      for (String action : f.actions()) {
        assertThat(items.get(i).get("description").asString()).contains("- " + action);
      }
    }
  }

  @Test
  void the_same_input_gives_the_same_bytes_in_any_locale_and_time_zone() {
    Assessment riverton = Riverton.assessment();
    String catalog = OscalDocuments.catalog(Catalogue.standard());
    String results = OscalDocuments.assessmentResults(riverton);
    String plan = OscalDocuments.planOfActionAndMilestones(riverton);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Assessment again = Riverton.assessment();
      assertThat(OscalDocuments.catalog(Catalogue.standard())).isEqualTo(catalog);
      assertThat(OscalDocuments.assessmentResults(again)).isEqualTo(results);
      assertThat(OscalDocuments.planOfActionAndMilestones(again)).isEqualTo(plan);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(results).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void another_profile_or_date_gives_other_document_uuids() {
    String riverton = uuid(OscalDocuments.assessmentResults(Riverton.assessment()));
    String earlier =
        uuid(OscalDocuments.assessmentResults(Riverton.assessed("riverton-2024.json")));

    assertThat(riverton).isNotEqualTo(earlier);
    assertThat(uuid(OscalDocuments.assessmentResults(Riverton.assessment()))).isEqualTo(riverton);
  }

  @Test
  void untrusted_profile_text_stays_text_and_the_document_stays_valid(@TempDir Path folder) {
    String hostile = "<script>alert(1)</script> *River* [x](javascript:alert(1)) \u001b[31m_ton_";
    CityProfile profile =
        DocumentFormat.JSON.readProfile(Riverton.CITIES.resolve("riverton.json")).withName(hostile);
    Assessment assessment = Assessor.standard().assess(profile);
    String results = OscalDocuments.assessmentResults(assessment);
    String plan = OscalDocuments.planOfActionAndMilestones(assessment);

    JsonNode metadata = JSON.readTree(results).get("assessment-results").get("metadata");
    assertThat(metadata.get("title").asString())
        .contains(
            "\\<script\\>alert(1)\\</script\\> \\*River\\* \\[x\\](javascript:alert(1))"
                + " \uFFFD\\[31m\\_ton\\_")
        .doesNotContain("\u001b");
    assertThat(props(JSON.readTree(results).get("assessment-results").get("results").get(0)))
        .containsEntry("city", hostile.replace('\u001b', '\uFFFD'));
    assertThat(NistValidation.problems("ar", results, folder)).isEmpty();
    assertThat(NistValidation.problems("poam", plan, folder)).isEmpty();
  }

  private static String uuid(String document) {
    return JSON.readTree(document).get("assessment-results").get("uuid").asString();
  }

  private static Map<String, String> props(JsonNode node) {
    Map<String, String> props = new HashMap<>();
    for (JsonNode p : node.get("props")) {
      assertThat(p.get("ns").asString()).isEqualTo(OscalDocuments.NAMESPACE);
      props.put(p.get("name").asString(), p.get("value").asString());
    }
    return props;
  }
}
