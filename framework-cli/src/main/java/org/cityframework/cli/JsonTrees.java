package org.cityframework.cli;

import java.io.Writer;
import java.util.Optional;
import org.cityframework.json.InvalidDocumentException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trees of the documents {@code diff} is given (to tell an assessment document from a profile),
 * and compact JSON for the summaries the command line writes itself.
 */
final class JsonTrees {
  private JsonTrees() {}

  private static final ObjectWriter COMPACT = JsonMapper.builder().build().writer();

  /**
   * The document as a tree; empty for an empty document. Read as the library reads a profile's
   * tree: the same limits, UTF-8 and surrogates refused, YAML in linear time.
   *
   * @throws InvalidDocumentException when it is not well-formed JSON or YAML, with where
   */
  static Optional<JsonNode> read(InputDocument document) {
    return Optional.ofNullable(document.format().readTree(document.bytes()));
  }

  /**
   * A generator writing compact JSON to {@code out}, on one line without a line break: for JSON
   * written field by field, without a tree.
   */
  static JsonGenerator compactGenerator(Writer out) {
    return COMPACT.createGenerator(out);
  }
}
