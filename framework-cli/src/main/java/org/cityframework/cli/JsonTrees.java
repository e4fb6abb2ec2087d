package org.cityframework.cli;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
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
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

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

  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(
              DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
              DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /**
   * The document as a tree; empty for an empty document.
   *
   * @throws InvalidDocumentException when it is not well-formed JSON or YAML, with where
   */
  static Optional<JsonNode> read(InputDocument document) {
    ObjectMapper mapper = document.format() == DocumentFormat.YAML ? YAML : JSON;
    JsonParser parser = null;
    try {
      parser = mapper.createParser(document.bytes());
      JsonNode root = mapper.readTree(parser);
      return root == null || root.isMissingNode() ? Optional.empty() : Optional.of(root);
    } catch (NumberFormatException | ArithmeticException e) {
      // A number whose size is in its exponent (18e-999999999183) gets past the length limit.
      throw numberBeyondLimits(parser);
    } catch (JacksonException e) {
      if (isNumberFailure(e)) {
        throw numberBeyondLimits(parser);
      }
      throw new InvalidDocumentException(
          List.of(
              new DocumentProblem(
                  pointer(parser),
                  Optional.of("well-formed " + document.format().name()),
                  Optional.empty(),
                  "the document is not well-formed "
                      + document.format().name()
                      + where(e.getLocation())
                      + ": "
                      + firstLine(e.getOriginalMessage()))));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Whether the parser failed on a number it cannot convert: the YAML parser reports the JSON
   * parser's NumberFormatException as a read exception of its own, without a cause, whose message
   * starts with "Malformed numeric value" and names Java's exception.
   */
  private static boolean isNumberFailure(JacksonException e) {
    String message = e.getOriginalMessage();
    return e.getCause() instanceof NumberFormatException
        || e.getCause() instanceof ArithmeticException
        || (message != null && message.startsWith("Malformed numeric value"));
  }

  private static InvalidDocumentException numberBeyondLimits(JsonParser parser) {
    return new InvalidDocumentException(
        List.of(
            new DocumentProblem(
                pointer(parser),
                Optional.of("a number within the limits in docs/json.md"),
                Optional.empty(),
                "a number is too large or too precise to read"
                    + where(parser == null ? null : parser.currentTokenLocation()))));
  }

  /** The pointer of the value the parser is on; empty when it cannot say. */
  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
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

  private static String where(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    String m = message == null ? "unknown error" : message.strip();
    int end = m.indexOf('\n');
    return end < 0 ? m : m.substring(0, end);
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
