package org.cityframework.json;

import com.networknt.schema.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of the city profile document ({@code city-profile.schema.json}, draft 2020-12),
 * as a validator for documents that other tools produce.
 *
 * <pre>{@code
 * List<DocumentProblem> problems = ProfileSchema.load().validate(document);
 * }</pre>
 *
 * <p>The schema checks the document's shape: property names, types, enum values, dates, ranges and
 * list lengths. It cannot check what the model checks beyond a schema's reach, such as a strategy
 * that is published but not adopted or a date after the assessment; {@link
 * DocumentFormat#readProfile(String)} checks both. Thread-safe; load once and reuse.
 */
public final class ProfileSchema {
  private final Schema schema;

  private ProfileSchema(Schema schema) {
    this.schema = schema;
  }

  /** Loads the schema from the classpath. */
  public static ProfileSchema load() {
    return new ProfileSchema(JsonSchemas.load(JsonSchemas.PROFILE));
  }

  /** The schema itself, as committed (UTF-8 JSON text), for tools that import it. */
  public static String text() {
    return JsonSchemas.text(JsonSchemas.PROFILE);
  }

  /**
   * Every way {@code document} breaks the schema, each with the JSON Pointer of the offending value
   * (of the missing or unknown property for {@code required} and {@code additionalProperties}); an
   * empty list when the document conforms.
   */
  public List<DocumentProblem> validate(JsonNode document) {
    return JsonSchemas.validate(schema, document);
  }
}
