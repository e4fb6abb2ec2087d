package org.cityframework.cli;

import java.io.Writer;
import java.util.Optional;
import org.cityframework.json.InvalidDocumentException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict parsing of the documents the command line reads itself (tailorings, assessment reports)
 * into trees, and canonical writing of the JSON it writes itself.
 */
final class JsonTrees {
  private JsonTrees() {}

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxDocumentLength(InputDocument.MAX_BYTES)
          .maxNestingDepth(32)
          .maxStringLength(100_000)
          .maxNumberLength(64)
          .maxNameLength(200)
          .maxTokenCount(1_000_000)
          .build();

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(
              DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
              DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(printer())
          .build();

  private static final ObjectWriter COMPACT =
      JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

  /**
   * The document as a tree; empty for an empty document. Read as the library reads a profile's
   * tree: the same limits, UTF-8 and surrogates refused, YAML in linear time.
   *
   * @throws InvalidDocumentException when it is not well-formed JSON or YAML, with where
   */
  static Optional<JsonNode> read(InputDocument document) {
    return Optional.ofNullable(document.format().readTree(document.bytes()));
  }

  /** A new, empty JSON object, to fill in order. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** The tree as indented JSON, with {@code \n} line breaks and a final one. */
  static String write(JsonNode tree) {
    return Output.ended(JSON.writeValueAsString(tree));
  }

  /** The tree as compact JSON on one line, without a line break. */
  static String compact(JsonNode tree) {
    return COMPACT.writeValueAsString(tree);
  }

  /**
   * A generator writing compact JSON to {@code out}, as {@link #compact} writes a tree: for JSON
   * written field by field, without a tree.
   */
  static JsonGenerator compactGenerator(Writer out) {
    return COMPACT.createGenerator(out);
  }

  /** How a value in a document reads in a message: "a string", "a number", ... */
  static String found(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "the text \"" + shorten(node.stringValue()) + "\"";
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    if (node.isNumber()) {
      return "the number " + shorten(node.asString());
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "a value of another kind";
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter lines = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withArrayIndenter(lines)
        .withObjectIndenter(lines);
  }
}
