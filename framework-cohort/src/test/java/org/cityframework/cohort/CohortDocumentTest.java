package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CohortDocumentTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Schema SCHEMA =
      SchemaRegistry.withDialect(
              Dialects.getDraft202012(),
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(
              CohortDocumentTest.class.getResourceAsStream(CohortDocument.SCHEMA),
              InputFormat.JSON);

  private static CohortSummary summary(int n, int k, PeerFilter filter) {
    Cohort c = Cohort.of(Catalogue.standard(), filter);
    CohortTest.cities(21, n).forEach(c::add);
    return c.summary(k);
  }

  @Test
  void the_document_of_a_cohort_validates_against_its_schema() {
    String json = CohortDocument.write(summary(40, 5, PeerFilter.everyCity()));
    assertThat(SCHEMA.validate(JSON.readTree(json))).isEmpty();
  }

  @Test
  void the_document_of_a_suppressed_or_filtered_cohort_validates_too() {
    PeerFilter f = PeerFilter.of(Set.of("GB", "FR"), Set.of(PopulationBand.SMALL), Set.of(2020));
    String json = CohortDocument.write(summary(30, 5, f));
    assertThat(SCHEMA.validate(JSON.readTree(json))).isEmpty();
    JsonNode root = JSON.readTree(CohortDocument.write(summary(3, 5, PeerFilter.everyCity())));
    assertThat(SCHEMA.validate(root)).isEmpty();
    assertThat(root.get("checks").size()).isZero();
    assertThat(root.get("groups").get(0).get("score").isNull()).isTrue();
    assertThat(root.get("suppressed").asString()).isEqualTo("fewer than 5 cities");
  }

  @Test
  void the_figures_in_the_document_are_those_of_the_summary() {
    CohortSummary s = summary(40, 5, PeerFilter.everyCity());
    JsonNode root = JSON.readTree(CohortDocument.write(s));
    assertThat(root.get("cities").asLong()).isEqualTo(40);
    Distribution overall = s.groups().get(0).score().orElseThrow();
    assertThat(root.get("groups").get(0).get("score").get("median").asDouble())
        .isEqualTo(overall.median());
    CohortSummary.CheckFigures first = s.checks().get(0);
    assertThat(root.get("checks").get(0).get("cities").get("MET").asLong())
        .isEqualTo(first.counts().get(org.cityframework.rules.Status.MET));
  }

  @Test
  void names_no_city() {
    List<Assessment> cities = CohortTest.cities(22, 40);
    Cohort c = Cohort.standard();
    cities.forEach(c::add);
    String json = CohortDocument.write(c.summary(5));
    for (Assessment a : cities) {
      assertThat(json).doesNotContain("\"" + a.profile().name() + "\"");
    }
  }

  @Test
  void the_same_summary_gives_the_same_bytes_in_any_locale_and_time_zone() {
    String before = CohortDocument.write(summary(40, 5, PeerFilter.everyCity()));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertThat(CohortDocument.write(summary(40, 5, PeerFilter.everyCity()))).isEqualTo(before);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
