package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What every generated schema promises, checked on the generated trees. */
class GeneratedSchemasTest {
  private static final Map<String, ObjectNode> SCHEMAS = Schemas.generated();
  private static final ObjectNode PROFILE = SCHEMAS.get(JsonSchemas.PROFILE);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void should_list_exactly_the_model_attributes_and_require_exactly_the_required_ones() {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    objects.put("CityProfile", PROFILE);
    PROFILE.get("$defs").properties().stream()
        .filter(e -> e.getValue().path("type").asString().equals("object"))
        .forEach(e -> objects.put(e.getKey(), e.getValue()));
    assertThat(objects).hasSize(18);
    for (Map.Entry<String, JsonNode> e : objects.entrySet()) {
      ModelType type = ModelType.of(coreClass(e.getKey()));
      Set<String> properties = new TreeSet<>(e.getValue().get("properties").propertyNames());
      properties.remove("schemaVersion");
      assertThat(properties).as(e.getKey()).isEqualTo(new TreeSet<>(type.properties().keySet()));
      Set<String> required = new TreeSet<>();
      e.getValue().path("required").forEach(n -> required.add(n.stringValue()));
      required.remove("schemaVersion");
      assertThat(required)
          .as(e.getKey())
          .isEqualTo(
              type.properties().values().stream()
                  .filter(p -> p.shape() == ModelType.Shape.REQUIRED)
                  .map(ModelType.Property::name)
                  .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  @Test
  void should_put_schema_version_first_and_the_other_properties_in_alphabetical_order() {
    for (ObjectNode schema : SCHEMAS.values()) {
      List<String> names = new ArrayList<>(schema.get("properties").propertyNames());
      assertThat(names.get(0)).isEqualTo("schemaVersion");
      assertThat(names.subList(1, names.size())).isSorted();
      assertThat(schema.get("required").get(0).stringValue()).isEqualTo("schemaVersion");
    }
    for (JsonNode definition : PROFILE.get("$defs")) {
      if (definition.has("properties") && definition.has("required")) {
        assertThat(new ArrayList<>(definition.get("properties").propertyNames())).isSorted();
      }
    }
  }

  @Test
  void should_describe_every_property_of_the_profile() {
    walk(
        PROFILE,
        "",
        (at, schema) -> {
          if (schema.has("properties")) {
            schema
                .get("properties")
                .properties()
                .forEach(
                    p ->
                        assertThat(p.getValue().path("description").asString())
                            .as(at + "/properties/" + p.getKey())
                            .isNotBlank());
          }
        });
  }

  @Test
  void should_forbid_other_properties_in_every_object_and_null_everywhere() {
    SCHEMAS.forEach(
        (file, root) ->
            walk(
                root,
                file,
                (at, schema) -> {
                  if (schema.path("type").asString().equals("object")) {
                    assertThat(schema.get("additionalProperties"))
                        .as(at)
                        .isEqualTo(JSON.getNodeFactory().booleanNode(false));
                  }
                  assertThat(schema.path("type").toString()).as(at).doesNotContain("null");
                }));
  }

  @Test
  void should_bound_every_whole_number_and_every_list_of_the_profile() {
    walk(
        PROFILE,
        "",
        (at, schema) -> {
          if (schema.path("type").asString().equals("integer")) {
            assertThat(schema.has("minimum") && schema.has("maximum")).as(at).isTrue();
          }
          if (schema.path("type").asString().equals("array")) {
            assertThat(schema.path("maxItems").asInt()).as(at).isEqualTo(1000);
          }
        });
  }

  @Test
  void should_apply_every_listed_constraint_to_a_property_that_exists() {
    for (String key : ProfileSchemaGenerator.CONSTRAINTS.keySet()) {
      String[] part = key.split("\\.");
      JsonNode owner = part[0].equals("CityProfile") ? PROFILE : PROFILE.get("$defs").get(part[0]);
      assertThat(owner.path("properties").has(part[1])).as(key).isTrue();
    }
    for (String key : DocumentSchemaGenerator.CONSTRAINTS.keySet()) {
      String[] part = key.split("\\.");
      boolean found =
          SCHEMAS.values().stream()
              .anyMatch(
                  s -> {
                    JsonNode owner =
                        part[0].endsWith("Document") ? s : s.get("$defs").path(part[0]);
                    return owner.path("properties").has(part[1]);
                  });
      assertThat(found).as(key).isTrue();
    }
  }

  @Test
  void should_describe_a_yes_no_map_with_one_boolean_per_constant() {
    JsonNode tools =
        PROFILE.get("$defs").get("Engagement").get("properties").get("innovationTools");
    assertThat(tools.get("type").asString()).isEqualTo("object");
    assertThat(tools.get("properties").propertyNames())
        .containsExactly(
            java.util.Arrays.stream(org.cityframework.core.InnovationTool.values())
                .map(Enum::name)
                .toArray(String[]::new));
    tools
        .get("properties")
        .forEach(
            p -> {
              assertThat(p.get("type").asString()).isEqualTo("boolean");
              assertThat(p.get("description").asString()).isNotBlank();
            });
  }

  @Test
  void should_accept_the_assessments_the_library_writes() {
    Schema schema = JsonSchemas.load(JsonSchemas.ASSESSMENT);
    for (CityProfile p : RandomProfiles.seeded(3).stream().limit(100).toList()) {
      String written = DocumentFormat.JSON.writeAssessment(Assessor.standard().assess(p));
      assertThat(JsonSchemas.validate(schema, JSON.readTree(written))).as(written).isEmpty();
    }
  }

  @Test
  void should_accept_the_catalogue_the_library_writes() {
    Schema schema = JsonSchemas.load(JsonSchemas.CATALOGUE);
    String written = DocumentFormat.JSON.writeCatalogue(Catalogue.standard());
    assertThat(JsonSchemas.validate(schema, JSON.readTree(written))).isEmpty();
  }

  /** Calls {@code visit} on every (sub)schema: definitions, properties and items. */
  private static void walk(JsonNode schema, String at, Visitor visit) {
    visit.visit(at, schema);
    for (String map : List.of("properties", "patternProperties", "$defs")) {
      schema
          .path(map)
          .properties()
          .forEach(e -> walk(e.getValue(), at + "/" + map + "/" + e.getKey(), visit));
    }
    if (schema.has("items")) {
      walk(schema.get("items"), at + "/items", visit);
    }
  }

  private interface Visitor {
    void visit(String at, JsonNode schema);
  }

  private static Class<?> coreClass(String name) {
    try {
      return Class.forName("org.cityframework.core." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
