package org.cityframework.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cityframework.core.CityProfile;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a valid JSON profile straight from the parser's tokens, without building a tree first: the
 * common case of a batch, at little more than the cost of the parse.
 *
 * <p>It reads only what is plainly valid and gives up (null) at the first thing that is not: an
 * unknown or repeated property, a value of another type, a null, a list too long, a number it
 * cannot read as the tree would, a broken rule of the model, a parser error. {@link ProfileReader}
 * then reads the document from its tree and reports every problem, as it always has; so this reader
 * decides nothing a document's author sees, and a profile it returns is the profile {@link
 * ProfileReader} would build from the same document: every value is taken with the parser calls the
 * tree is built with, and set on the same builders. Property names and yes/no keys are matched by
 * the parser against each type's names, without making a string of them.
 */
final class QuickProfileReader {
  /** The document's own property, matched after a type's properties. */
  private static final String SCHEMA_VERSION = "schemaVersion";

  private final ObjectReader trees;
  private final ClassValue<Names> names;

  /**
   * A reader for the documents of one JSON parser factory.
   *
   * @param trees makes the parsers, and reads a value the tree's way for the numbers this reader
   *     does not read itself
   */
  QuickProfileReader(ObjectReader trees) {
    this.trees = trees;
    TokenStreamFactory factory = trees.parserFactory();
    this.names =
        new ClassValue<>() {
          @Override
          protected Names computeValue(Class<?> type) {
            return Names.of(factory, type);
          }
        };
  }

  /**
   * What a type's names mean: a model type's properties by index, followed by schemaVersion; an
   * enum's constants by ordinal.
   */
  private record Names(PropertyNameMatcher matcher, Object[] meanings) {
    static Names of(TokenStreamFactory factory, Class<?> type) {
      List<String> names = new ArrayList<>();
      Object[] meanings;
      if (type.isEnum()) {
        meanings = type.getEnumConstants();
        for (Object c : meanings) {
          names.add(((Enum<?>) c).name());
        }
      } else {
        meanings = ModelType.of(type).properties().values().toArray();
        for (Object p : meanings) {
          names.add(((ModelType.Property) p).name());
        }
        names.add(SCHEMA_VERSION);
      }
      return new Names(
          factory.constructNameMatcher(names.stream().map(Named::fromString).toList(), false),
          meanings);
    }
  }

  /** The profile a JSON document holds, or null when it is anything but a plainly valid one. */
  CityProfile read(byte[] document) {
    try (JsonParser parser = trees.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object profile = object(parser, ModelType.of(CityProfile.class), true);
      return profile != null && parser.nextToken() == null ? (CityProfile) profile : null;
    } catch (RuntimeException e) {
      return null; // a parser error, a broken rule: the tree reader says what is wrong
    }
  }

  /** Reads an object, the parser on its START_OBJECT; {@code root} reads the schemaVersion. */
  private Object object(JsonParser parser, ModelType type, boolean root) {
    Names known = names.get(type.type());
    Object[] properties = known.meanings();
    if (properties.length > Long.SIZE) {
      return null;
    }
    Object builder = type.newBuilder();
    long seen = 0;
    boolean version = false;
    for (int i = parser.nextNameMatch(known.matcher());
        i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = parser.nextNameMatch(known.matcher())) {
      if (i < 0) {
        return null; // an unknown name
      }
      JsonToken token = parser.nextToken();
      if (i == properties.length) {
        if (!root || version || token != JsonToken.VALUE_STRING) {
          return null;
        }
        version = ProfileReader.isReadable(parser.getString());
        if (!version) {
          return null;
        }
        continue;
      }
      if ((seen & (1L << i)) != 0) {
        return null; // a repeated name
      }
      seen |= 1L << i;
      ModelType.Property p = (ModelType.Property) properties[i];
      Object value = property(parser, p, token);
      if (value == null) {
        return null;
      }
      p.set(builder, value);
    }
    long required = type.requiredMask();
    if ((seen & required) != required || (root && !version)) {
      return null;
    }
    return type.build(builder);
  }

  private Object property(JsonParser parser, ModelType.Property p, JsonToken token) {
    return switch (p.shape()) {
      case OPTIONAL, REQUIRED, SECTION, OPTIONAL_INT -> value(parser, p.valueType(), token);
      case LIST -> list(parser, p.valueType(), token);
      case YES_NO_MAP -> yesNoMap(parser, p.valueType(), token);
    };
  }

  private Object list(JsonParser parser, Class<?> element, JsonToken token) {
    if (token != JsonToken.START_ARRAY) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      Object item = value(parser, element, t);
      if (item == null || items.size() == ProfileReader.MAX_ITEMS) {
        return null;
      }
      items.add(item);
    }
    return items;
  }

  private Object yesNoMap(JsonParser parser, Class<?> keyType, JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      return null;
    }
    Names keys = names.get(keyType);
    Object[] constants = keys.meanings();
    Map<Object, Boolean> map = enumMap(keyType);
    for (int i = parser.nextNameMatch(keys.matcher());
        i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = parser.nextNameMatch(keys.matcher())) {
      if (i < 0 || map.containsKey(constants[i])) {
        return null; // an unknown or repeated key
      }
      JsonToken fact = parser.nextToken();
      if (fact != JsonToken.VALUE_TRUE && fact != JsonToken.VALUE_FALSE) {
        return null;
      }
      map.put(constants[i], fact == JsonToken.VALUE_TRUE);
    }
    return map;
  }

  /** A single value of a type, the parser on its first token; null when it is not plainly one. */
  private Object value(JsonParser parser, Class<?> type, JsonToken token) {
    if (type == Boolean.class) {
      return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
          ? (Object) (token == JsonToken.VALUE_TRUE)
          : null;
    }
    if (type == String.class) {
      return token == JsonToken.VALUE_STRING ? parser.getString() : null;
    }
    if (type == Integer.class || type == int.class) {
      // What the tree holds as an IntNode; any other number is left to the tree reader.
      return token == JsonToken.VALUE_NUMBER_INT
              && parser.getNumberType() == JsonParser.NumberType.INT
          ? (Object) parser.getIntValue()
          : null;
    }
    if (type == BigDecimal.class) {
      return decimal(parser, token);
    }
    if (type == LocalDate.class) {
      return token == JsonToken.VALUE_STRING ? ProfileReader.dateOrNull(parser.getString()) : null;
    }
    if (type.isEnum()) {
      return token == JsonToken.VALUE_STRING
          ? ProfileReader.constant(type, parser.getString())
          : null;
    }
    return token == JsonToken.START_OBJECT ? object(parser, ModelType.of(type), false) : null;
  }

  /** A number as {@link ProfileReader} reads it from its node in the tree. */
  private BigDecimal decimal(JsonParser parser, JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return BigDecimal.valueOf(parser.getIntValue()); // as IntNode.decimalValue()
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    JsonNode node = trees.readTree(parser);
    return node.isNumber() ? ProfileReader.plainDecimal(node.decimalValue()) : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Object, Boolean> enumMap(Class<?> keyType) {
    return new EnumMap(keyType);
  }
}
