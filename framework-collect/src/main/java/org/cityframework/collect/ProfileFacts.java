package org.cityframework.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.ProfileSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fact a city profile can hold, read from the profile's JSON Schema ({@link ProfileSchema}),
 * so that a mapping can never name a fact the model does not have. A fact is keyed by its pattern:
 * its JSON Pointer with each list index written {@code *} ({@code /strategy/goals/* /target}).
 */
final class ProfileFacts {
  /** The facts the import sets itself, which a mapping cannot name. */
  static final String SCHEMA_VERSION = "/schemaVersion";

  /**
   * The committed schema, read from the class path beside {@link DocumentFormat} rather than
   * through {@link ProfileSchema#text()}, which would also start the schema validator (and its
   * logging) that the import does not use: the profile reader checks every profile.
   */
  private static final String SCHEMA = "org/cityframework/json/schema/city-profile.schema.json";

  private static final ProfileFacts STANDARD = new ProfileFacts(schemaText());

  private final Map<String, Fact> facts = new LinkedHashMap<>();
  private final List<String> lists = new ArrayList<>();

  private ProfileFacts(String schemaText) {
    JsonNode schema = JsonMapper.builder().build().readTree(schemaText);
    walk(schema, schema, "", "");
  }

  private static String schemaText() {
    try (InputStream in = DocumentFormat.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(
            "the profile schema " + SCHEMA + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile schema", e);
    }
  }

  /** The facts of the library's profile schema. */
  static ProfileFacts standard() {
    return STANDARD;
  }

  /** The fact at this pattern, when the profile has one. */
  Optional<Fact> fact(String pattern) {
    return Optional.ofNullable(facts.get(pattern));
  }

  /** Every fact, in the schema's order (sections and their facts by name). */
  Map<String, Fact> all() {
    return Collections.unmodifiableMap(facts);
  }

  /** The patterns of the lists of the profile ({@code /strategy/goals}). */
  List<String> lists() {
    return Collections.unmodifiableList(lists);
  }

  /** Whether this pattern names a section or a list rather than a fact. */
  boolean isSection(String pattern) {
    String prefix = pattern + "/";
    return facts.keySet().stream().anyMatch(p -> p.startsWith(prefix));
  }

  /** The patterns of the facts whose names are closest to a pattern no fact has. */
  List<String> near(String pattern) {
    return Words.closest(pattern, facts.keySet());
  }

  private void walk(JsonNode root, JsonNode node, String pattern, String description) {
    JsonNode resolved = node;
    String text = node.path("description").asString(description);
    if (node.has("$ref")) {
      String name = node.get("$ref").asString().substring("#/$defs/".length());
      resolved = root.get("$defs").get(name);
    }
    String type = resolved.path("type").asString("");
    switch (type) {
      case "object" -> {
        for (Map.Entry<String, JsonNode> p : resolved.path("properties").properties()) {
          walk(root, p.getValue(), pattern + "/" + p.getKey(), "");
        }
      }
      case "array" -> {
        lists.add(pattern);
        walk(root, resolved.get("items"), pattern + "/*", text);
      }
      default -> {
        if (!pattern.equals(SCHEMA_VERSION)) {
          facts.put(pattern, Fact.of(pattern, resolved, text));
        }
      }
    }
  }

  /** What kind of value a fact holds, which tells how a survey's answer is read. */
  enum Kind {
    YES_NO,
    WHOLE_NUMBER,
    NUMBER,
    DATE,
    CHOICE,
    TEXT
  }

  /**
   * One fact of a profile.
   *
   * @param pattern its pointer, list indexes as {@code *}
   * @param kind the kind of its value
   * @param constants the constants a choice can take, in the schema's order; empty otherwise
   * @param percent whether it is a percentage (0 to 100)
   * @param description the schema's description of it
   */
  record Fact(
      String pattern, Kind kind, List<String> constants, boolean percent, String description) {
    static Fact of(String pattern, JsonNode schema, String description) {
      List<String> constants = new ArrayList<>();
      schema.path("enum").forEach(c -> constants.add(c.asString()));
      String type = schema.path("type").asString("");
      Kind kind =
          switch (type) {
            case "boolean" -> Kind.YES_NO;
            case "integer" -> Kind.WHOLE_NUMBER;
            case "number" -> Kind.NUMBER;
            default ->
                !constants.isEmpty()
                    ? Kind.CHOICE
                    : "date".equals(schema.path("format").asString("")) ? Kind.DATE : Kind.TEXT;
          };
      boolean percent = pattern.endsWith("Percent") && schema.path("maximum").asInt(0) == 100;
      String text = schema.path("description").asString(description);
      return new Fact(pattern, kind, List.copyOf(constants), percent, text);
    }
  }
}
