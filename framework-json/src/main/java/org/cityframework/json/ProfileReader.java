package org.cityframework.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InvalidProfileException;
import org.cityframework.core.ProfileProblem;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed document into a {@link CityProfile}, collecting every problem on the way: shape,
 * types, names, ranges and then the model's own rules, each with its JSON Pointer.
 */
final class ProfileReader {
  /** The version of the profile document this library writes. */
  static final String VERSION = "1.0";

  /** The most digits a number may have before its decimal point (money and indicator values). */
  static final int MAX_INTEGER_DIGITS = 18;

  /** The most digits a number may have after its decimal point. */
  static final int MAX_FRACTION_DIGITS = 12;

  /** The most items a list in a profile may hold. */
  static final int MAX_ITEMS = 1_000;

  private static final Pattern VERSION_PATTERN = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
  private static final Object INVALID = new Object();

  private final List<DocumentProblem> problems = new ArrayList<>();

  private ProfileReader() {}

  /** Reads a profile document; throws with every problem when it is not a valid profile. */
  static CityProfile read(JsonNode root) {
    ProfileReader reader = new ProfileReader();
    Object profile = reader.document(root);
    if (!reader.problems.isEmpty()) {
      throw new InvalidDocumentException(reader.problems);
    }
    return (CityProfile) profile;
  }

  private Object document(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      problem("", "a city profile", "an empty document", "the document is empty");
      return INVALID;
    }
    if (!root.isObject()) {
      problem(
          "",
          "an object describing a city profile",
          found(root),
          "a city profile is an object, not " + found(root));
      return INVALID;
    }
    version(root.get("schemaVersion"));
    return object(root, ModelType.of(CityProfile.class), "", Set.of("schemaVersion"));
  }

  private void version(JsonNode node) {
    String at = "/schemaVersion";
    if (node == null) {
      problem(
          at,
          "\"" + VERSION + "\"",
          "nothing",
          "the document must say which version of the profile format it follows, for example"
              + " \"schemaVersion\": \""
              + VERSION
              + "\"");
      return;
    }
    Matcher m = node.isString() ? VERSION_PATTERN.matcher(node.stringValue()) : null;
    if (m == null || !m.matches()) {
      problem(
          at,
          "a version such as \"" + VERSION + "\"",
          found(node),
          "schemaVersion is a version such as \"" + VERSION + "\", not " + found(node));
    } else if (!m.group(1).equals("1")) {
      problem(
          at,
          "version 1.x",
          found(node),
          "this library reads version 1 profiles; this document is version "
              + node.stringValue()
              + ", which it cannot read safely");
    }
  }

  private Object object(JsonNode node, ModelType type, String at, Set<String> ignored) {
    if (!node.isObject()) {
      problem(
          at,
          "an object describing " + label(type.type()),
          found(node),
          "expected an object describing " + label(type.type()) + ", found " + found(node));
      return INVALID;
    }
    boolean valid = true;
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      if (ignored.contains(name)) {
        continue;
      }
      String child = Pointer.child(at, name);
      ModelType.Property p = type.properties().get(name);
      if (p == null) {
        String hint =
            Spelling.closest(name, type.properties().keySet())
                .map(s -> "; did you mean \"" + s + "\"?")
                .orElse("; " + label(type.type()) + " has no such fact");
        problem(
            child,
            "a property of " + label(type.type()),
            "\"" + shorten(name) + "\"",
            "unknown property \"" + shorten(name) + "\"" + hint);
        valid = false;
        continue;
      }
      Object value = property(e.getValue(), p, child);
      if (value == INVALID) {
        valid = false;
      } else {
        values.put(name, value);
      }
    }
    for (ModelType.Property p : type.properties().values()) {
      if (p.shape() == ModelType.Shape.REQUIRED && !node.has(p.name())) {
        problem(
            Pointer.child(at, p.name()),
            expected(p.valueType()),
            "nothing",
            "the required property \"" + p.name() + "\" of " + label(type.type()) + " is missing");
        valid = false;
      }
    }
    if (!valid) {
      return INVALID;
    }
    try {
      return type.build(values);
    } catch (InvalidProfileException e) {
      for (ProfileProblem p : e.problems()) {
        problem(at + p.pointer(), null, null, p.message());
      }
      return INVALID;
    }
  }

  private Object property(JsonNode node, ModelType.Property p, String at) {
    if (node.isNull()) {
      problem(
          at,
          expected(p),
          "null",
          "null is not accepted: leave \"" + p.name() + "\" out when the fact is unknown");
      return INVALID;
    }
    return switch (p.shape()) {
      case OPTIONAL, REQUIRED, SECTION, OPTIONAL_INT -> value(node, p.valueType(), at);
      case LIST -> list(node, p.valueType(), at);
      case YES_NO_MAP -> yesNoMap(node, p.valueType(), at);
    };
  }

  private Object list(JsonNode node, Class<?> element, String at) {
    if (!node.isArray()) {
      problem(at, "a list", found(node), "expected a list, found " + found(node));
      return INVALID;
    }
    if (node.size() > MAX_ITEMS) {
      problem(
          at,
          "at most " + MAX_ITEMS + " items",
          node.size() + " items",
          "a list holds at most " + MAX_ITEMS + " items; this one has " + node.size());
      return INVALID;
    }
    List<Object> items = new ArrayList<>(node.size());
    boolean valid = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      Object value =
          item.isNull()
              ? nullItem(Pointer.child(at, i), element)
              : value(item, element, Pointer.child(at, i));
      valid &= value != INVALID;
      items.add(value);
    }
    return valid ? items : INVALID;
  }

  private Object nullItem(String at, Class<?> element) {
    problem(at, expected(element), "null", "a list item cannot be null");
    return INVALID;
  }

  private Object yesNoMap(JsonNode node, Class<?> keyType, String at) {
    if (!node.isObject()) {
      problem(
          at,
          "an object of yes/no facts keyed by " + names(keyType),
          found(node),
          "expected an object of true/false facts, found " + found(node));
      return INVALID;
    }
    Map<Object, Boolean> map = new LinkedHashMap<>();
    boolean valid = true;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String child = Pointer.child(at, e.getKey());
      Object key = constant(keyType, e.getKey());
      if (key == null) {
        String hint =
            Spelling.closest(e.getKey(), constantNames(keyType))
                .map(s -> "; did you mean \"" + s + "\"?")
                .orElse("");
        problem(
            child,
            "one of " + names(keyType),
            "\"" + shorten(e.getKey()) + "\"",
            "unknown key \"" + shorten(e.getKey()) + "\"; the keys are " + names(keyType) + hint);
        valid = false;
      } else if (!e.getValue().isBoolean()) {
        problem(
            child,
            "true or false",
            found(e.getValue()),
            "expected true or false, found " + found(e.getValue()));
        valid = false;
      } else {
        map.put(key, e.getValue().booleanValue());
      }
    }
    return valid ? map : INVALID;
  }

  private Object value(JsonNode node, Class<?> type, String at) {
    if (type == Boolean.class) {
      return node.isBoolean() ? node.booleanValue() : mismatch(node, type, at);
    }
    if (type == String.class) {
      return node.isString() ? node.stringValue() : mismatch(node, type, at);
    }
    if (type == Integer.class || type == int.class) {
      // JSON numbers are values: 3.0 is the whole number 3, as JSON Schema's "integer" says.
      return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt()
          ? (Object) node.intValue()
          : mismatch(node, type, at);
    }
    if (type == BigDecimal.class) {
      if (!node.isNumber()) {
        return mismatch(node, type, at);
      }
      BigDecimal d = node.decimalValue();
      // Checked before any arithmetic: 1e999999999 is short to write but huge to compute with.
      long integerDigits = (long) d.precision() - d.scale();
      if (integerDigits > MAX_INTEGER_DIGITS || d.scale() > MAX_FRACTION_DIGITS) {
        problem(
            at,
            "a number with at most "
                + MAX_INTEGER_DIGITS
                + " digits before the point and "
                + MAX_FRACTION_DIGITS
                + " after it",
            found(node),
            "a number has at most "
                + MAX_INTEGER_DIGITS
                + " digits before the decimal point and "
                + MAX_FRACTION_DIGITS
                + " after it; found "
                + found(node));
        return INVALID;
      }
      return d.scale() < 0 ? d.setScale(0) : d;
    }
    if (type == LocalDate.class) {
      return node.isString() ? date(node.stringValue(), at) : mismatch(node, type, at);
    }
    if (type.isEnum()) {
      Object constant = node.isString() ? constant(type, node.stringValue()) : null;
      if (constant != null) {
        return constant;
      }
      String hint =
          node.isString()
              ? Spelling.closest(node.stringValue(), constantNames(type))
                  .map(s -> "; did you mean \"" + s + "\"?")
                  .orElse("")
              : "";
      problem(
          at,
          expected(type),
          found(node),
          "expected one of " + names(type) + ", found " + found(node) + hint);
      return INVALID;
    }
    return object(node, ModelType.of(type), at, Set.of());
  }

  private Object date(String text, String at) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : null;
      problem(
          at,
          "a date as YYYY-MM-DD",
          "\"" + shorten(text) + "\"",
          "expected a date as YYYY-MM-DD, found \""
              + shorten(text)
              + "\""
              + (why != null ? " (" + why + ")" : ""));
      return INVALID;
    }
  }

  private Object mismatch(JsonNode node, Class<?> type, String at) {
    problem(
        at, expected(type), found(node), "expected " + expected(type) + ", found " + found(node));
    return INVALID;
  }

  private void problem(String at, String expected, String found, String message) {
    problems.add(DocumentProblem.of(at, expected, found, message));
  }

  static String expected(ModelType.Property p) {
    return switch (p.shape()) {
      case LIST -> "a list";
      case YES_NO_MAP -> "an object of true/false facts";
      default -> expected(p.valueType());
    };
  }

  static String expected(Class<?> type) {
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class) {
      return "a number";
    }
    if (type == LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (type.isEnum()) {
      return "one of " + names(type);
    }
    return "an object describing " + label(type);
  }

  static String found(JsonNode node) {
    if (node.isString()) {
      return "the text \"" + shorten(node.stringValue()) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + shorten(node.asString());
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
  }

  private static Object constant(Class<?> type, String name) {
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static List<String> constantNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  private static String names(Class<?> type) {
    return constantNames(type).stream().collect(Collectors.joining(", "));
  }

  /** "InnovationStrategy" reads as "an innovation strategy". */
  static String label(Class<?> type) {
    String words =
        type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  static String shorten(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
  }
}
