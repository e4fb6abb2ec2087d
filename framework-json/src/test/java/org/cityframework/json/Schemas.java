package org.cityframework.json;

import com.github.victools.jsonschema.generator.CustomDefinition;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the three generated schemas share: their header, and enums as named definitions. */
final class Schemas {
  private Schemas() {}

  /** The three schemas, by file name, as the generators make them. */
  static Map<String, ObjectNode> generated() {
    return Map.of(
        JsonSchemas.PROFILE, ProfileSchemaGenerator.generate(),
        JsonSchemas.ASSESSMENT, DocumentSchemaGenerator.assessment(),
        JsonSchemas.CATALOGUE, DocumentSchemaGenerator.catalogue());
  }

  /**
   * The generated main schema with an {@code $id} and a {@code title}, and {@code schemaVersion}
   * first among the properties and the required ones (the other properties are alphabetical).
   */
  static ObjectNode withHeader(ObjectNode generated, String id, String title) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode();
    schema.set("$schema", generated.get("$schema"));
    schema.put("$id", id);
    schema.put("title", title);
    schema.set("description", generated.get("description"));
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    JsonNode generatedProperties = generated.get("properties");
    properties.set("schemaVersion", generatedProperties.get("schemaVersion"));
    for (Map.Entry<String, JsonNode> e : generatedProperties.properties()) {
      properties.set(e.getKey(), e.getValue());
    }
    ArrayNode required = schema.putArray("required").add("schemaVersion");
    for (JsonNode name : generated.get("required")) {
      if (!name.stringValue().equals("schemaVersion")) {
        required.add(name);
      }
    }
    schema.put("additionalProperties", false);
    schema.set("$defs", generated.get("$defs"));
    return schema;
  }

  /** An enum as a named definition listing its constants' names, as documents write them. */
  static CustomDefinition enumDefinition(Class<?> type) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "string");
    ArrayNode values = node.putArray("enum");
    for (Object constant : type.getEnumConstants()) {
      values.add(((Enum<?>) constant).name());
    }
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.YES);
  }

  /** The description of an enum of the core model or of the rules, from its Javadoc; or null. */
  static String describeEnum(Class<?> type) {
    if (!type.isEnum()) {
      return null;
    }
    return type.getPackageName().equals("org.cityframework.core")
        ? ModelJavadoc.ofType(type)
        : SourceJavadoc.of(type).description();
  }
}
