package org.cityframework.collect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A mapping file parsed into a tree, with the line of every value kept beside it (by the value's
 * JSON Pointer in the tree), so that every problem can say where it is. YAML aliases, anchors and
 * tags are refused, as in a profile; the file is at most {@value #MAX_BYTES} bytes of UTF-8.
 */
final class MappingDocument {
  /** The largest mapping read: a mapping of every fact is about 100 kB. */
  static final int MAX_BYTES = 2_000_000;

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .loadSettings(
                  LoadSettings.builder()
                      .setAllowDuplicateKeys(false)
                      .setMaxAliasesForCollections(0)
                      .setCodePointLimit(MAX_BYTES)
                      .build())
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxDocumentLength(MAX_BYTES)
                      .maxNestingDepth(16)
                      .maxStringLength(10_000)
                      .maxNumberLength(64)
                      .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  private final JsonNode root;
  private final Map<String, Integer> lines;

  private MappingDocument(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** The tree; null for an empty document. */
  JsonNode root() {
    return root;
  }

  /** The line of the value at a pointer of the tree; that of its closest parent if not known. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 1;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Parses a mapping file.
   *
   * @throws InvalidMappingException when it is not one well-formed YAML document within the limits
   */
  static MappingDocument parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw refused(0, "the mapping file is larger than 2 MB; a mapping of every fact is far less");
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw refused(0, "the mapping file is not UTF-8 text; save it as UTF-8");
    }
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new MappingDocument(null, lines);
      }
      JsonNode root = value(parser, "", lines);
      if (parser.nextToken() != null) {
        throw refused(line(parser), "the file holds more than one YAML document; keep one");
      }
      return new MappingDocument(root, lines);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      throw refused(line, "the mapping is not well-formed YAML: " + firstLine(message));
    }
  }

  private static JsonNode value(JsonParser parser, String pointer, Map<String, Integer> lines) {
    YAMLParser yaml = (YAMLParser) parser;
    int line = line(parser);
    if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
      throw refused(line, "YAML aliases and anchors (*name, &name) are not accepted; write it out");
    }
    if (yaml.getRawTag() != null) {
      throw refused(line, "YAML tags (" + Words.quoted(yaml.getRawTag()) + ") are not accepted");
    }
    lines.put(pointer, line);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          lines.put(child + "#name", line(parser));
          parser.nextToken();
          object.set(name, value(parser, child, lines));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + array.size(), lines));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.stringNode(parser.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw refused(line, "unexpected YAML content");
    }
  }

  private static int line(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  /** The parser's message without its excerpts of the file and their places. */
  private static String firstLine(String message) {
    List<String> kept = new ArrayList<>();
    int skip = 0;
    for (String l : message.lines().map(String::strip).toList()) {
      if (l.startsWith("in reader")) {
        skip = 2; // the line of the file, and the caret beneath it
      } else if (skip > 0) {
        skip--;
      } else if (!l.isEmpty() && !l.startsWith("at [") && kept.size() < 2) {
        kept.add(l);
      }
    }
    return String.join("; ", kept);
  }

  private static InvalidMappingException refused(int line, String message) {
    List<MappingProblem> problems = new ArrayList<>();
    problems.add(new MappingProblem(line, message));
    return new InvalidMappingException(problems);
  }
}
