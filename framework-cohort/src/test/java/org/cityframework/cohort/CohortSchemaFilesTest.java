package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed cohort and peer-position schemas are the ones the documents need, as {@code
 * SchemaFilesTest} checks the generated schemas of framework-json. They are written by hand beside
 * their writers (framework-json, where the other schemas are generated, cannot depend on this
 * module), so "stale" means two things here: the text is not in the canonical form every published
 * schema has (what JavaScript's {@code JSON.stringify(schema, null, 2)} prints, which the ajv check
 * in tools/schema-check also requires; {@code -Dschemas.update=true} rewrites it so), or the schema
 * names a member the writer no longer writes. The other direction (the writer writes a member the
 * schema does not name) fails validation, since every object of both schemas is closed.
 */
class CohortSchemaFilesTest {
  private static final Path FOLDER =
      Path.of("src", "main", "resources", "org", "cityframework", "cohort");
  private static final ObjectMapper JSON = canonicalMapper();

  static Stream<String> files() {
    return Stream.of("cohort.schema.json", "peer-position.schema.json");
  }

  @ParameterizedTest
  @MethodSource("files")
  void the_committed_schema_is_in_canonical_form(String file) throws IOException {
    Path committed = FOLDER.resolve(file);
    String text = Files.readString(committed, StandardCharsets.UTF_8);
    String canonical =
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
    if (Boolean.getBoolean("schemas.update")) {
      Files.writeString(committed, canonical + "\n", StandardCharsets.UTF_8);
      text = canonical + "\n";
    }
    assertThat(text)
        .as("%s is not in canonical form; rewrite it with -Dschemas.update=true", committed)
        .isEqualTo(canonical + "\n");
  }

  @ParameterizedTest
  @MethodSource("files")
  void every_member_the_schema_names_is_written(String file) throws IOException {
    JsonNode schema = JSON.readTree(FOLDER.resolve(file).toFile());
    Set<String> named = new TreeSet<>();
    members(schema, schema, "", named);
    Set<String> written = new TreeSet<>();
    for (String document : documents().get(file)) {
      written(JSON.readTree(document), "", written);
    }
    assertThat(written).as("members %s names and the writer writes", file).containsAll(named);
  }

  /** Documents with every member present at least once: shown figures and suppressed ones. */
  private static Map<String, java.util.List<String>> documents() {
    java.util.List<Assessment> cities = CohortTest.cities(41, 40);
    Cohort all = Cohort.of(Catalogue.standard(), PeerFilter.everyCity());
    cities.forEach(all::add);
    Cohort few = Cohort.of(Catalogue.standard(), PeerFilter.everyCity());
    cities.stream().limit(3).forEach(few::add);
    return Map.of(
        "cohort.schema.json",
        java.util.List.of(
            CohortDocument.write(all.summary(5)), CohortDocument.write(few.summary(5))),
        "peer-position.schema.json",
        java.util.List.of(
            PeerPositionDocument.write(all.position(cities.get(0), 5)),
            PeerPositionDocument.write(few.position(cities.get(0), 5))));
  }

  /** The paths of the members a schema names: {@code checks[].cities.MET}. */
  private static void members(JsonNode root, JsonNode schema, String path, Set<String> out) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      members(root, root.at(ref.asString().substring(1)), path, out);
    }
    JsonNode alternatives = schema.get("oneOf");
    if (alternatives != null) {
      alternatives.forEach(a -> members(root, a, path, out));
    }
    JsonNode items = schema.get("items");
    if (items != null) {
      members(root, items, path + "[]", out);
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      for (Map.Entry<String, JsonNode> p : properties.properties()) {
        String member = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
        out.add(member);
        members(root, p.getValue(), member, out);
      }
    }
  }

  /** The paths of the members a document has, in the same form. */
  private static void written(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> p : node.properties()) {
        String member = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
        out.add(member);
        written(p.getValue(), member, out);
      }
    } else if (node.isArray()) {
      node.forEach(item -> written(item, path + "[]", out));
    }
  }

  /** Two spaces, {@code "name": value}, {@code \n}: the layout JSON.stringify(x, null, 2) has. */
  private static ObjectMapper canonicalMapper() {
    DefaultIndenter indent = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(indent)
            .withObjectIndenter(indent);
    return JsonMapper.builder().defaultPrettyPrinter(printer).build();
  }
}
