package org.cityframework.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DecimalBounds;
import org.cityframework.core.InvalidProfileException;
import org.cityframework.core.ProfileProblem;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed document into a {@link CityProfile}, collecting every problem on the way: shape,
 * types, names, ranges and then the model's own rules, each with its JSON Pointer.
 *
 * <p>A valid document costs little beyond its parse: values go straight into the model's builders,
 * and the reader keeps the path to the value it reads as a stack of names and indexes, from which
 * it writes a pointer only when it reports a problem.
 */
final class ProfileReader {
  /** The version of the profile document this library writes. */
  static final String VERSION = "1.1";

  /** The most items a list in a profile may hold. */
  static final int MAX_ITEMS = 1_000;

  private static final Pattern VERSION_PATTERN = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
  private static final Object INVALID = new Object();

  /** Each enum's constants by name, collected once per enum. */
  private static final ClassValue<Map<String, Object>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object c : type.getEnumConstants()) {
            byName.put(((Enum<?>) c).name(), c);
          }
          return Map.copyOf(byName);
        }
      };

  /** The problems found, the first {@link InvalidDocumentException#MAX_PROBLEMS} of them. */
  private final List<DocumentProblem> problems = new ArrayList<>();

  /** How many problems were found beyond those listed. */
  private long problemsLeftOut;

  /**
   * The path from the root to the value being read, one token per level: a property's name, or null
   * where the level is a list item, whose index is then in {@link #indexes}.
   */
  private String[] names = new String[8];

  private int[] indexes = new int[8];
  private int depth;

  private ProfileReader() {}

  /** Reads a profile document; throws with every problem when it is not a valid profile. */
  static CityProfile read(JsonNode root) {
    ProfileReader reader = new ProfileReader();
    Object profile = reader.document(root);
    if (!reader.problems.isEmpty()) {
      throw new InvalidDocumentException(reader.problems, reader.problemsLeftOut);
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
    return object(root, ModelType.of(CityProfile.class), true);
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

  /** Reads an object into a value of the type; {@code root} skips the document's schemaVersion. */
  private Object object(JsonNode node, ModelType type, boolean root) {
    if (!node.isObject()) {
      problem(
          at(),
          "an object describing " + label(type.type()),
          found(node),
          "expected an object describing " + label(type.type()) + ", found " + found(node));
      return INVALID;
    }
    boolean valid = true;
    Object builder = type.newBuilder();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      if (root && name.equals("schemaVersion")) {
        continue;
      }
      enter(name);
      ModelType.Property p = type.properties().get(name);
      if (p == null) {
        if (!onlyCounted()) {
          String hint =
              Spelling.closest(name, type.properties().keySet())
                  .map(s -> "; did you mean \"" + s + "\"?")
                  .orElse("; " + label(type.type()) + " has no such fact");
          problem(
              at(),
              "a property of " + label(type.type()),
              "\"" + shorten(name) + "\"",
              "unknown property \"" + shorten(name) + "\"" + hint);
        }
        valid = false;
      } else {
        Object value = property(e.getValue(), p);
        if (value == INVALID) {
          valid = false;
        } else if (valid) {
          p.set(builder, value);
        }
      }
      leave();
    }
    List<ModelType.Property> required = type.required();
    for (int i = 0; i < required.size(); i++) {
      ModelType.Property p = required.get(i);
      if (!node.has(p.name())) {
        enter(p.name());
        problem(
            at(),
            expected(p.valueType()),
            "nothing",
            "the required property \"" + p.name() + "\" of " + label(type.type()) + " is missing");
        leave();
        valid = false;
      }
    }
    if (!valid) {
      return INVALID;
    }
    try {
      return type.build(builder);
    } catch (InvalidProfileException e) {
      String at = at();
      for (ProfileProblem p : e.problems()) {
        problem(at + p.pointer(), null, null, p.message());
      }
      return INVALID;
    }
  }

  private Object property(JsonNode node, ModelType.Property p) {
    if (node.isNull()) {
      problem(
          at(),
          expected(p),
          "null",
          "null is not accepted: leave \"" + p.name() + "\" out when the fact is unknown");
      return INVALID;
    }
    return switch (p.shape()) {
      case OPTIONAL, REQUIRED, SECTION, OPTIONAL_INT -> value(node, p.valueType());
      case LIST -> list(node, p.valueType());
      case YES_NO_MAP -> yesNoMap(node, p.valueType());
    };
  }

  private Object list(JsonNode node, Class<?> element) {
    if (!node.isArray()) {
      problem(at(), "a list", found(node), "expected a list, found " + found(node));
      return INVALID;
    }
    if (node.size() > MAX_ITEMS) {
      problem(
          at(),
          "at most " + MAX_ITEMS + " items",
          node.size() + " items",
          "a list holds at most " + MAX_ITEMS + " items; this one has " + node.size());
      return INVALID;
    }
    List<Object> items = new ArrayList<>(node.size());
    boolean valid = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      enter(i);
      Object value = item.isNull() ? nullItem(element) : value(item, element);
      leave();
      valid &= value != INVALID;
      items.add(value);
    }
    return valid ? items : INVALID;
  }

  private Object nullItem(Class<?> element) {
    problem(at(), expected(element), "null", "a list item cannot be null");
    return INVALID;
  }

  /** The facts of a yes/no object, in a map keyed by the enum, which the builder copies. */
  private Object yesNoMap(JsonNode node, Class<?> keyType) {
    if (!node.isObject()) {
      problem(
          at(),
          "an object of yes/no facts keyed by " + names(keyType),
          found(node),
          "expected an object of true/false facts, found " + found(node));
      return INVALID;
    }
    Map<Object, Boolean> map = enumMap(keyType);
    boolean valid = true;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Object key = constant(keyType, e.getKey());
      if (key == null) {
        if (!onlyCounted()) {
          String hint =
              Spelling.closest(e.getKey(), constantNames(keyType))
                  .map(s -> "; did you mean \"" + s + "\"?")
                  .orElse("");
          enter(e.getKey());
          problem(
              at(),
              "one of " + names(keyType),
              "\"" + shorten(e.getKey()) + "\"",
              "unknown key \"" + shorten(e.getKey()) + "\"; the keys are " + names(keyType) + hint);
          leave();
        }
        valid = false;
      } else if (!e.getValue().isBoolean()) {
        enter(e.getKey());
        problem(
            at(),
            "true or false",
            found(e.getValue()),
            "expected true or false, found " + found(e.getValue()));
        leave();
        valid = false;
      } else {
        map.put(key, e.getValue().booleanValue());
      }
    }
    return valid ? map : INVALID;
  }

  private Object value(JsonNode node, Class<?> type) {
    if (type == Boolean.class) {
      return node.isBoolean() ? node.booleanValue() : mismatch(node, type);
    }
    if (type == String.class) {
      return node.isString() ? node.stringValue() : mismatch(node, type);
    }
    if (type == Integer.class || type == int.class) {
      // JSON numbers are values: 3.0 is the whole number 3, as JSON Schema's "integer" says.
      return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt()
          ? (Object) node.intValue()
          : mismatch(node, type);
    }
    if (type == BigDecimal.class) {
      if (!node.isNumber()) {
        return mismatch(node, type);
      }
      if (!isFinite(node)) {
        problem(
            at(),
            "a finite number",
            found(node),
            "expected a finite number, found "
                + found(node)
                + " (YAML's .nan, .inf and -.inf are not accepted)");
        return INVALID;
      }
      BigDecimal d = decimal(node);
      if (d == null) {
        problem(
            at(),
            "a number with " + DecimalBounds.describe(),
            found(node),
            "a number has " + DecimalBounds.describe() + "; found " + found(node));
        return INVALID;
      }
      return d;
    }
    if (type == LocalDate.class) {
      return node.isString() ? date(node.stringValue()) : mismatch(node, type);
    }
    if (type.isEnum()) {
      Object constant = node.isString() ? constant(type, node.stringValue()) : null;
      if (constant != null) {
        return constant;
      }
      String hint =
          node.isString() && listing()
              ? Spelling.closest(node.stringValue(), constantNames(type))
                  .map(s -> "; did you mean \"" + s + "\"?")
                  .orElse("")
              : "";
      problem(
          at(),
          expected(type),
          found(node),
          "expected one of " + names(type) + ", found " + found(node) + hint);
      return INVALID;
    }
    return object(node, ModelType.of(type), false);
  }

  /**
   * The decimal a number node holds, within {@link DecimalBounds} and written without an exponent's
   * negative scale (1E+3 as 1000); null when it is not finite (YAML's {@code .nan}, {@code .inf},
   * {@code -.inf}) or outside the bounds. Any number node may be given: none makes it throw.
   */
  static BigDecimal decimal(JsonNode node) {
    if (!isFinite(node)) {
      return null;
    }
    // Checked before any arithmetic: 1e999999999 is short to write but huge to compute with.
    BigDecimal d = node.decimalValue();
    if (!DecimalBounds.contains(d)) {
      return null;
    }
    return DecimalBounds.plain(d);
  }

  /**
   * Whether a number node holds a finite number: a binary floating-point node (which YAML's {@code
   * .nan} and {@code .inf} become) may not, and cannot be read as a decimal then.
   */
  static boolean isFinite(JsonNode node) {
    return !(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue());
  }

  private Object date(String text) {
    LocalDate plain = plainDate(text);
    if (plain != null) {
      return plain;
    }
    String why = dateProblem(text);
    problem(
        at(),
        "a date as YYYY-MM-DD",
        "\"" + shorten(text) + "\"",
        "expected a date as YYYY-MM-DD, found \""
            + shorten(text)
            + "\""
            + (why != null ? " (" + why + ")" : ""));
    return INVALID;
  }

  /**
   * Why a text of the shape YYYY-MM-DD is not a date ("February has 28 days in 2026"); null for a
   * text of another shape, which the message's "YYYY-MM-DD" explains.
   */
  private static String dateProblem(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    if (month < 1 || month > 12) {
      return "there is no month " + month;
    }
    int length = Month.of(month).length(Year.isLeap(year));
    return day < 1 || day > length
        ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " has "
            + length
            + " days in "
            + text.substring(0, 4)
        : null;
  }

  /**
   * A valid date written as four, two and two ASCII digits; null for anything else. These are the
   * only dates a document may hold: the schema's {@code "format": "date"} (RFC 3339's full-date)
   * reads the same texts, so neither a sign nor a fifth digit of the year ({@code +12026-03-31}),
   * nor a time, nor spaces are accepted.
   */
  static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number written by the ASCII digits from {@code start} to {@code end}; -1 if any is not. */
  private static int digits(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private Object mismatch(JsonNode node, Class<?> type) {
    problem(
        at(), expected(type), found(node), "expected " + expected(type) + ", found " + found(node));
    return INVALID;
  }

  /**
   * Notes a problem: lists it while fewer than {@link InvalidDocumentException#MAX_PROBLEMS} are
   * listed, and only counts it after that.
   */
  private void problem(String at, String expected, String found, String message) {
    if (listing()) {
      problems.add(DocumentProblem.of(at, expected, found, message));
    } else {
      problemsLeftOut++;
    }
  }

  /** Whether a problem found now is listed, and so worth its words. */
  private boolean listing() {
    return problems.size() < InvalidDocumentException.MAX_PROBLEMS;
  }

  /**
   * Counts a problem without its words, when the list is full; false while problems are listed. For
   * the problems a document can hold by the hundred thousand (unknown names), whose words cost a
   * comparison with every known name: once the list is full they cost a count.
   */
  private boolean onlyCounted() {
    if (listing()) {
      return false;
    }
    problemsLeftOut++;
    return true;
  }

  /** Steps into a property. */
  private void enter(String name) {
    room();
    names[depth] = name;
    depth++;
  }

  /** Steps into a list item. */
  private void enter(int index) {
    room();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  private void leave() {
    depth--;
  }

  private void room() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The JSON Pointer of the value being read: "" for the document itself. */
  private String at() {
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      at.append('/');
      if (names[i] != null) {
        at.append(Pointer.escape(names[i]));
      } else {
        at.append(indexes[i]);
      }
    }
    return at.toString();
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
      return (isFinite(node) ? "the number " : "the non-finite number ") + shorten(node.asString());
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

  /** Whether this library reads a document of this schemaVersion: "1.x", as {@link #version}. */
  static boolean isReadable(String version) {
    Matcher m = VERSION_PATTERN.matcher(version);
    return m.matches() && m.group(1).equals("1");
  }

  /** The enum's constant of this name; null when there is none. */
  static Object constant(Class<?> type, String name) {
    return CONSTANTS.get(type).get(name);
  }

  /** The enum's constants by name. */
  static Map<String, Object> constants(Class<?> type) {
    return CONSTANTS.get(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Object, Boolean> enumMap(Class<?> keyType) {
    return new EnumMap(keyType);
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
