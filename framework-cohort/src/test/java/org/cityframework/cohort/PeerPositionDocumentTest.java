package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Set;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A city's place among its peers as a JSON document and as CSV. */
class PeerPositionDocumentTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Schema SCHEMA =
      SchemaRegistry.withDialect(
              Dialects.getDraft202012(),
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(
              PeerPositionDocumentTest.class.getResourceAsStream(PeerPositionDocument.SCHEMA),
              InputFormat.JSON);

  private static final List<Assessment> PEERS = CohortTest.cities(31, 40);

  private static PeerPosition position(Assessment city, int peers, int k) {
    Cohort c = Cohort.of(Catalogue.standard(), PeerFilter.everyCity());
    PEERS.stream().limit(peers).forEach(c::add);
    return c.position(city, k);
  }

  @Test
  void the_document_validates_and_carries_the_position_s_figures() {
    PeerPosition p = position(PEERS.get(0), 40, 5);
    JsonNode root = JSON.readTree(PeerPositionDocument.write(p));

    assertThat(SCHEMA.validate(root)).isEmpty();
    assertThat(root.get("city").asString()).isEqualTo(p.city());
    assertThat(root.get("peers").asLong()).isEqualTo(40);
    assertThat(root.get("groups").get(0).get("percentileRank").asDouble())
        .isEqualTo(p.groups().get(0).percentileRank().getAsDouble());
    PeerPosition.CheckPosition first = p.checks().get(0);
    JsonNode check = root.get("checks").get(0);
    assertThat(check.get("id").asString()).isEqualTo(first.check().id());
    assertThat(check.get("status").asString()).isEqualTo(first.status().name());
    assertThat(check.get("peersWithStatus").asDouble())
        .isEqualTo(first.peersWithStatus().getAsDouble());
    assertThat(root.get("checks").size()).isEqualTo(p.checks().size());
  }

  @Test
  void below_k_peers_every_rank_and_share_is_null_and_the_document_still_validates() {
    PeerPosition p = position(PEERS.get(0), 3, 5);
    JsonNode root = JSON.readTree(PeerPositionDocument.write(p));

    assertThat(SCHEMA.validate(root)).isEmpty();
    assertThat(root.get("suppressed").asString()).isEqualTo("fewer than 5 cities");
    root.get("groups").forEach(g -> assertThat(g.get("percentileRank").isNull()).isTrue());
    root.get("checks").forEach(c -> assertThat(c.get("peersWithStatus").isNull()).isTrue());
  }

  @Test
  void a_filtered_position_names_its_filter_and_validates() {
    Cohort c =
        Cohort.of(
            Catalogue.standard(),
            PeerFilter.of(Set.of("GB"), Set.of(PopulationBand.MEDIUM), Set.of(2020)));
    PEERS.forEach(c::add);
    JsonNode root = JSON.readTree(PeerPositionDocument.write(c.position(PEERS.get(1), 5)));

    assertThat(SCHEMA.validate(root)).isEmpty();
    assertThat(root.get("filter").get("countries").get(0).asString()).isEqualTo("GB");
    assertThat(root.get("filter").get("populationBands").get(0).asString()).isEqualTo("medium");
  }

  @Test
  void a_hostile_city_name_stays_a_json_string() {
    CityProfile hostile =
        PEERS.get(0).profile().withName("\"}, \"x\": 1, \u0007<script>alert(1)</script>\n");
    Assessment city = Assessor.standard().assess(hostile);
    JsonNode root = JSON.readTree(PeerPositionDocument.write(position(city, 40, 5)));

    assertThat(SCHEMA.validate(root)).isEmpty();
    assertThat(root.get("city").asString()).isEqualTo(hostile.name());
  }

  @Test
  void csv_has_the_same_figures_one_per_row() {
    PeerPosition p = position(PEERS.get(0), 40, 5);
    String csv = CohortReport.csv(p);

    assertThat(csv).startsWith("section,id,figure,value\r\ncity,,name,");
    assertThat(csv)
        .contains(
            "group,overall,percentileRank,"
                + CohortReport.tenth(p.groups().get(0).percentileRank().getAsDouble())
                + "\r\n");
    PeerPosition.CheckPosition first = p.checks().get(0);
    assertThat(csv)
        .contains("check," + first.check().id() + ",status," + first.status().name() + "\r\n");
    assertThat(csv.split("\r\n")).hasSize(1 + 4 + 2 * p.groups().size() + 2 * p.checks().size());
  }

  @Test
  void csv_neutralises_a_city_name_a_spreadsheet_would_run() {
    CityProfile hostile = PEERS.get(0).profile().withName("=HYPERLINK(\"http://x\",\"a\")");
    String csv = CohortReport.csv(position(Assessor.standard().assess(hostile), 40, 5));

    assertThat(csv).contains("city,,name,\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"\r\n");
    String below = CohortReport.csv(position(PEERS.get(0), 3, 5));
    assertThat(below).contains("group,overall,percentileRank,\r\n");
  }
}
