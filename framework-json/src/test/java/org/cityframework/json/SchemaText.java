package org.cityframework.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed text of a schema: keywords in one fixed order, two-space indent, one array item per
 * line, a trailing newline. The same tree always gives the same bytes, and the text is exactly what
 * JavaScript's {@code JSON.stringify(schema, null, 2)} prints (the ajv check relies on it).
 */
final class SchemaText {
  /** The order of keywords in every schema object; a keyword not listed here is an error. */
  static final List<String> KEYWORDS =
      List.of(
          "$schema",
          "$id",
          "$ref",
          "title",
          "description",
          "type",
          "format",
          "pattern",
          "minLength",
          "minimum",
          "maximum",
          "enum",
          "const",
          "maxItems",
          "items",
          "properties",
          "patternProperties",
          "required",
          "additionalProperties",
          "$defs");

  /** Keywords whose value is an object of names to schemas, not a schema. */
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs");

  private SchemaText() {}

  /** The schema as canonical text. */
  static String of(ObjectNode schema) {
    StringBuilder out = new StringBuilder();
    write(canonical(schema), out, "");
    return out.append('\n').toString();
  }

  /** A copy of {@code schema} with the keywords of every (sub)schema in {@link #KEYWORDS} order. */
  static ObjectNode canonical(ObjectNode schema) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String name : schema.propertyNames()) {
      if (!KEYWORDS.contains(name)) {
        throw new IllegalStateException("unexpected keyword " + name + " in " + schema);
      }
    }
    for (String keyword : KEYWORDS) {
      JsonNode value = schema.get(keyword);
      if (value == null) {
        continue;
      }
      if (SCHEMA_MAPS.contains(keyword)) {
        ObjectNode map = out.putObject(keyword);
        for (Map.Entry<String, JsonNode> e : value.properties()) {
          map.set(e.getKey(), canonical((ObjectNode) e.getValue()));
        }
      } else if (keyword.equals("items")) {
        out.set(keyword, canonical((ObjectNode) value));
      } else {
        out.set(keyword, value);
      }
    }
    return out;
  }

  private static void write(JsonNode node, StringBuilder out, String indent) {
    String inner = indent + "  ";
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      if (entries.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      for (int i = 0; i < entries.size(); i++) {
        out.append(inner);
        string(entries.get(i).getKey(), out);
        out.append(": ");
        write(entries.get(i).getValue(), out, inner);
        out.append(i + 1 < entries.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        write(node.get(i), out, inner);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (node.isString()) {
      string(node.asString(), out);
    } else if (node.isNumber()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else {
      throw new IllegalStateException("a schema holds no " + node.getNodeType() + ": " + node);
    }
  }

  /** A JSON string as {@code JSON.stringify} writes it. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
