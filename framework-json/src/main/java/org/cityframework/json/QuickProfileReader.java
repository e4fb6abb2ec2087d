package org.cityframework.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /** What a value is read as: the same tests, in the same order, as {@link ProfileReader}'s. */
  private enum Kind {
    BOOLEAN,
    STRING,
    WHOLE_NUMBER,
    NUMBER,
    DATE,
    CONSTANT,
    OBJECT;

    static Kind of(Class<?> type) {
      if (type == Boolean.class) {
        return BOOLEAN;
      }
      if (type == String.class) {
        return STRING;
      }
      if (type == Integer.class || type == int.class) {
        return WHOLE_NUMBER;
      }
      if (type == BigDecimal.class) {
        return NUMBER;
      }
      if (type == LocalDate.class) {
        return DATE;
      }
      return type.isEnum() ? CONSTANT : OBJECT;
    }
  }

  private final ObjectReader trees;
  private final ClassValue<Plan> plans;

  /**
   * A reader for the documents of one JSON parser factory.
   *
   * @param trees makes the parsers, and reads a value the tree's way for the numbers this reader
   *     does not read itself
   */
  QuickProfileReader(ObjectReader trees) {
    this.trees = trees;
    TokenStreamFactory factory = trees.parserFactory();
    this.plans =
        new ClassValue<>() {
          @Override
          protected Plan computeValue(Class<?> type) {
            return new Plan(factory, type);
          }
        };
  }

  /**
   * How to read a model type or an enum, worked out once: the names the parser matches (a model
   * type's properties in index order, then schemaVersion; an enum's constants by ordinal), and for
   * each property the kind of its value (of its items, for a list) and the plan of that value's
   * type.
   */
  private final class Plan {
    final PropertyNameMatcher matcher;
    final ModelType type;
    final ModelType.Property[] properties;
    final Kind[] kinds;
    final Plan[] valuePlans;
    final Object[] constants;
    final Map<String, Object> byName;

    Plan(TokenStreamFactory factory, Class<?> type) {
      List<String> names = new ArrayList<>();
      if (type.isEnum()) {
        this.type = null;
        this.properties = new ModelType.Property[0];
        this.kinds = new Kind[0];
        this.valuePlans = new Plan[0];
        this.constants = type.getEnumConstants();
        this.byName = ProfileReader.constants(type);
        for (Object c : constants) {
          names.add(((Enum<?>) c).name());
        }
      } else {
        this.type = ModelType.of(type);
        this.properties = this.type.properties().values().toArray(new ModelType.Property[0]);
        this.kinds = new Kind[properties.length];
        this.valuePlans = new Plan[properties.length];
        this.constants = new Object[0];
        this.byName = Map.of();
        for (ModelType.Property p : properties) {
          names.add(p.name());
          kinds[p.index()] = Kind.of(p.valueType());
          if (p.shape() == ModelType.Shape.YES_NO_MAP
              || kinds[p.index()] == Kind.CONSTANT
              || kinds[p.index()] == Kind.OBJECT) {
            valuePlans[p.index()] = plans.get(p.valueType());
          }
        }
        names.add(SCHEMA_VERSION);
      }
      this.matcher =
          factory.constructNameMatcher(names.stream().map(Named::fromString).toList(), false);
    }
  }

  /** The profile a JSON document holds, or null when it is anything but a plainly valid one. */
  CityProfile read(byte[] document) {
    try (JsonParser parser = trees.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object profile = object(parser, plans.get(CityProfile.class), true);
      return profile != null && parser.nextToken() == null ? (CityProfile) profile : null;
    } catch (RuntimeException e) {
      return null; // a parser error, a broken rule: the tree reader says what is wrong
    }
  }

  /** Reads an object, the parser on its START_OBJECT; {@code root} reads the schemaVersion. */
  private Object object(JsonParser parser, Plan plan, boolean root) {
    ModelType.Property[] properties = plan.properties;
    if (properties.length >= Long.SIZE) {
      return null;
    }
    Object builder = plan.type.newBuilder();
    long seen = 0;
    boolean version = false;
    for (int i = parser.nextNameMatch(plan.matcher);
        i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = parser.nextNameMatch(plan.matcher)) {
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
      ModelType.Property p = properties[i];
      if (p.shape() == ModelType.Shape.YES_NO_MAP) {
        if (!yesNoMap(parser, builder, p, plan.valuePlans[i], token)) {
          return null;
        }
        continue;
      }
      Object value =
          p.shape() == ModelType.Shape.LIST
              ? list(parser, plan.kinds[i], plan.valuePlans[i], token)
              : value(parser, plan.kinds[i], plan.valuePlans[i], token);
      if (value == null) {
        return null;
      }
      p.set(builder, value);
    }
    long required = plan.type.requiredMask();
    if ((seen & required) != required || (root && !version)) {
      return null;
    }
    return plan.type.build(builder);
  }

  private Object list(JsonParser parser, Kind kind, Plan plan, JsonToken token) {
    if (token != JsonToken.START_ARRAY) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      Object item = value(parser, kind, plan, t);
      if (item == null || items.size() == ProfileReader.MAX_ITEMS) {
        return null;
      }
      items.add(item);
    }
    return items;
  }

  /**
   * Reads a yes/no map and puts its entries on {@code builder} one by one, in document order, as
   * the tree reader's map (an EnumMap, put all at once) would in key order: the builder keeps its
   * entries in a map keyed by the enum, so the order does not show. False when it is not plainly
   * one.
   */
  private static boolean yesNoMap(
      JsonParser parser, Object builder, ModelType.Property map, Plan keys, JsonToken token) {
    if (token != JsonToken.START_OBJECT || keys.constants.length >= Long.SIZE) {
      return false;
    }
    long seen = 0;
    for (int i = parser.nextNameMatch(keys.matcher);
        i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = parser.nextNameMatch(keys.matcher)) {
      if (i < 0 || (seen & (1L << i)) != 0) {
        return false; // an unknown or repeated key
      }
      seen |= 1L << i;
      JsonToken fact = parser.nextToken();
      if (fact != JsonToken.VALUE_TRUE && fact != JsonToken.VALUE_FALSE) {
        return false;
      }
      map.put(builder, keys.constants[i], fact == JsonToken.VALUE_TRUE);
    }
    return true;
  }

  /** A single value, the parser on its first token; null when it is not plainly one. */
  private Object value(JsonParser parser, Kind kind, Plan plan, JsonToken token) {
    return switch (kind) {
      case BOOLEAN ->
          token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
              ? (Object) (token == JsonToken.VALUE_TRUE)
              : null;
      case STRING -> token == JsonToken.VALUE_STRING ? wholeCharacters(parser.getString()) : null;
      // What the tree holds as an IntNode; any other number is left to the tree reader.
      case WHOLE_NUMBER ->
          token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
              ? (Object) parser.getIntValue()
              : null;
      case NUMBER -> decimal(parser, token);
      case DATE ->
          token == JsonToken.VALUE_STRING ? ProfileReader.plainDate(parser.getString()) : null;
      case CONSTANT -> token == JsonToken.VALUE_STRING ? plan.byName.get(parser.getString()) : null;
      case OBJECT -> token == JsonToken.START_OBJECT ? object(parser, plan, false) : null;
    };
  }

  /** The text; null when it holds a lone surrogate, which the tree reader refuses. */
  private static String wholeCharacters(String text) {
    return WellFormedText.firstUnpairedSurrogate(text) < 0 ? text : null;
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
    return node.isNumber() ? ProfileReader.decimal(node) : null;
  }
}
