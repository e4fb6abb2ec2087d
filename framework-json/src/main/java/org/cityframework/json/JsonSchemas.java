package org.cityframework.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The committed JSON Schemas (draft 2020-12) as validators: loaded from the classpath, checked with
 * networknt's json-schema-validator, every error turned into a {@link DocumentProblem} at its JSON
 * Pointer.
 */
final class JsonSchemas {
  /** Where the schemas are, on the classpath and in the sources. */
  static final String FOLDER = "org/cityframework/json/schema/";

  static final String PROFILE = "city-profile.schema.json";
  static final String ASSESSMENT = "assessment.schema.json";
  static final String CATALOGUE = "catalogue.schema.json";

  /**
   * Draft 2020-12 only, formats asserted (a date of 31 February is an error, as it is when
   * reading), pointers as RFC 6901, English messages whatever the default locale.
   */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDialect(
          Dialects.getDraft202012(),
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .pathType(PathType.JSON_POINTER)
                      .locale(Locale.ENGLISH)
                      .build()));

  private JsonSchemas() {}

  /** The text of a committed schema. */
  static String text(String file) {
    try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + FOLDER + file + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + file, e);
    }
  }

  /** A committed schema, ready to validate. */
  static Schema load(String file) {
    Schema schema = REGISTRY.getSchema(text(file), InputFormat.JSON);
    schema.initializeValidators();
    return schema;
  }

  /** Every error of {@code document} against {@code schema}, in the validator's order. */
  static List<DocumentProblem> validate(Schema schema, JsonNode document) {
    List<DocumentProblem> problems = new ArrayList<>();
    for (Error e : schema.validate(document)) {
      problems.add(problem(e));
    }
    return List.copyOf(problems);
  }

  private static DocumentProblem problem(Error e) {
    String at = e.getInstanceLocation().toString();
    String keyword = e.getKeyword();
    JsonNode instance = e.getInstanceNode();
    String expected =
        e.getSchemaNode() == null ? keyword : keyword + " " + shortText(e.getSchemaNode());
    String found = instance == null ? null : ProfileReader.found(instance);
    // "required" and "additionalProperties" fail on the object; the problem is its property.
    if ("required".equals(keyword) && e.getProperty() != null) {
      at = Pointer.child(at, e.getProperty());
      expected = "the required property \"" + ProfileReader.shorten(e.getProperty()) + "\"";
      found = "nothing";
    } else if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
      at = Pointer.child(at, e.getProperty());
      expected = "only the properties the schema defines";
      found = "\"" + ProfileReader.shorten(e.getProperty()) + "\"";
    }
    return DocumentProblem.of(at, expected, found, e.getMessage());
  }

  private static String shortText(JsonNode node) {
    String text = node.isString() ? node.stringValue() : node.toString();
    return ProfileReader.shorten(text);
  }
}
