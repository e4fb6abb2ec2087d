package org.cityframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The facts of a city profile as the profile's JSON Schema lays them out: a tree of sections,
 * yes/no objects, lists and facts, in the schema's (canonical) order, each with its JSON Pointer
 * and the part of the schema that says which answers it takes. Read once from the committed schema
 * ({@code city-profile.schema.json}, as {@link ProfileSchema#text()} gives it), so a fact added to
 * the model, and so to the schema, appears without changing this class. A list is entered through
 * its first item ({@code /strategy/goals/0/indicator}).
 */
final class ProfileOutline {
  /** How a part of the profile is shaped. */
  enum Kind {
    /** An object of facts with a type of its own: {@code strategy}, {@code stewardship}. */
    SECTION,
    /** An object of true/false facts keyed by an enum's constants: {@code staffRoles}. */
    YES_NO,
    /** A list of objects: {@code goals}, {@code budgetLines}. */
    LIST,
    /** One value: true/false, a constant, a number, a date or a text. */
    FACT
  }

  /**
   * One part of the profile.
   *
   * @param name the property's name in its object
   * @param pointer its JSON Pointer, list items by index 0
   * @param kind how it is shaped
   * @param schema the schema of its value, with {@code $ref} resolved (a list's: its item's)
   * @param required whether the object holding it must state it
   * @param children a section's or yes/no object's facts, a list item's
   */
  record Part(
      String name,
      String pointer,
      Kind kind,
      JsonNode schema,
      boolean required,
      List<Part> children) {}

  /** The profile's parts below its root, {@code schemaVersion} left out. */
  private static final List<Part> PARTS = read();

  private ProfileOutline() {}

  /** The parts of a profile, from the root's first property to its last. */
  static List<Part> parts() {
    return PARTS;
  }

  /** Every part, depth first: each part, then its children. */
  static List<Part> all() {
    List<Part> all = new ArrayList<>();
    addAll(PARTS, all);
    return all;
  }

  private static void addAll(List<Part> parts, List<Part> into) {
    for (Part p : parts) {
      into.add(p);
      addAll(p.children(), into);
    }
  }

  private static List<Part> read() {
    JsonNode schema = DocumentFormat.JSON.readTree(schemaText());
    List<Part> parts = new ArrayList<>();
    for (Part p : children(schema, schema, "")) {
      if (!p.name().equals("schemaVersion")) {
        parts.add(p);
      }
    }
    return List.copyOf(parts);
  }

  /**
   * The committed schema's bytes, read here rather than through {@link JsonSchemas}, whose
   * validators (and their logging library) a blank profile does not need.
   */
  private static byte[] schemaText() {
    String resource = JsonSchemas.FOLDER + JsonSchemas.PROFILE;
    try (InputStream in = ProfileOutline.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Part> children(JsonNode root, JsonNode object, String at) {
    List<String> required = new ArrayList<>();
    object.path("required").forEach(n -> required.add(n.stringValue()));
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : object.get("properties").properties()) {
      String name = e.getKey();
      String pointer = at + "/" + Pointer.escape(name);
      JsonNode property = e.getValue();
      JsonNode value = resolve(root, property);
      boolean isRequired = required.contains(name);
      String type = value.path("type").asString("");
      if (type.equals("object") && property.has("$ref")) {
        parts.add(
            new Part(
                name, pointer, Kind.SECTION, value, isRequired, children(root, value, pointer)));
      } else if (type.equals("object")) {
        parts.add(
            new Part(
                name, pointer, Kind.YES_NO, value, isRequired, children(root, value, pointer)));
      } else if (type.equals("array")) {
        JsonNode item = resolve(root, value.get("items"));
        if (!item.path("type").asString("").equals("object")) {
          throw new IllegalStateException(
              "the profile schema has a list of plain values at "
                  + pointer
                  + ", new to this class");
        }
        parts.add(
            new Part(
                name, pointer, Kind.LIST, item, isRequired, children(root, item, pointer + "/0")));
      } else {
        parts.add(new Part(name, pointer, Kind.FACT, value, isRequired, List.of()));
      }
    }
    return List.copyOf(parts);
  }

  /**
   * The schema a property's value follows: its {@code $ref}'s definition, with the property's own
   * keywords (its description) laid over it; the property itself when it has no {@code $ref}.
   */
  private static JsonNode resolve(JsonNode root, JsonNode property) {
    if (!property.has("$ref")) {
      return property;
    }
    String ref = property.get("$ref").stringValue();
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalStateException("the profile schema refers outside itself: " + ref);
    }
    JsonNode definition = root.get("$defs").get(ref.substring("#/$defs/".length()));
    ObjectNode merged = (ObjectNode) definition.deepCopy();
    for (Map.Entry<String, JsonNode> e : property.properties()) {
      if (!e.getKey().equals("$ref")) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    return merged;
  }
}
