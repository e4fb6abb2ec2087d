package org.cityframework.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * How the columns of a survey export become the facts of city profiles: for each column, the JSON
 * Pointer of its fact and how its answers read (docs/survey-import.md). Read from a YAML file and
 * validated strictly: unknown facts, unknown choices, answer labels that mean two things, columns
 * named twice, unknown keys, and facts every profile needs that nothing gives are all reported at
 * once, each with its line ({@link InvalidMappingException}).
 *
 * <pre>{@code
 * SurveyMapping mapping = SurveyMapping.read(Path.of("mapping.yaml"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SurveyMapping {
  /** The most columns a mapping may name, ignored columns included. */
  public static final int MAX_COLUMNS = 2_000;

  private static final Set<String> TOP_KEYS =
      Set.of("columns", "ignore", "set", "answers", "dates", "decimal", "separator");
  private static final Set<String> COLUMN_KEYS =
      Set.of("column", "fact", "answers", "values", "dates", "currency", "set");
  private static final Set<String> ANSWER_KEYS = Set.of("yes", "no", "unknown");
  private static final List<String> REQUIRED = List.of("/name", "/country", "/assessedOn");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final String DEFAULT_DATES = "yyyy-MM-dd";

  private final List<MappedColumn> columns;
  private final Map<String, String> ignored;
  private final Map<String, JsonNode> constants;
  private final char decimal;
  private final char separator;

  private SurveyMapping(
      List<MappedColumn> columns,
      Map<String, String> ignored,
      Map<String, JsonNode> constants,
      char decimal,
      char separator) {
    this.columns = List.copyOf(columns);
    this.ignored = Collections.unmodifiableMap(new LinkedHashMap<>(ignored));
    this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    this.decimal = decimal;
    this.separator = separator;
  }

  /**
   * Reads a mapping file (YAML, UTF-8).
   *
   * @throws InvalidMappingException listing every problem, each with its line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SurveyMapping read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readNBytes(MappingDocument.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a mapping from its YAML text.
   *
   * @throws InvalidMappingException listing every problem, each with its line
   */
  public static SurveyMapping parse(String yaml) {
    return read(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a mapping from the bytes of a YAML file (UTF-8).
   *
   * @throws InvalidMappingException listing every problem, each with its line
   */
  public static SurveyMapping read(byte[] yaml) {
    return new Checker(MappingDocument.parse(yaml)).mapping();
  }

  /** The headers of the columns that give facts, in the mapping's order. */
  public List<String> columns() {
    return columns.stream().map(MappedColumn::header).toList();
  }

  /** The JSON Pointer of the fact a column gives, when the mapping names the column. */
  public Optional<String> factOf(String column) {
    String key = Labels.key(column);
    return columns.stream()
        .filter(c -> Labels.key(c.header()).equals(key))
        .map(MappedColumn::pointer)
        .findFirst();
  }

  /** The headers of the columns the mapping says to leave out (an id, a timestamp). */
  public List<String> ignoredColumns() {
    return List.copyOf(ignored.values());
  }

  List<MappedColumn> mappedColumns() {
    return columns;
  }

  /** Whether the mapping leaves out a column of this header ({@link Labels#key}). */
  boolean ignores(String key) {
    return ignored.containsKey(key);
  }

  Map<String, JsonNode> constants() {
    return constants;
  }

  char decimal() {
    return decimal;
  }

  char separator() {
    return separator;
  }

  /** Checks a parsed mapping file, collecting every problem with its line. */
  private static final class Checker {
    private final MappingDocument doc;
    private final ProfileFacts facts = ProfileFacts.standard();
    private final List<MappingProblem> problems = new ArrayList<>();

    Checker(MappingDocument doc) {
      this.doc = doc;
    }

    SurveyMapping mapping() {
      JsonNode root = doc.root();
      if (root == null || !root.isObject()) {
        problem(
            "",
            "a mapping is a YAML object with a list of columns, such as: columns: [{column: City,"
                + " fact: /name}]");
        throw new InvalidMappingException(problems);
      }
      unknownKeys(root, "", TOP_KEYS);
      Answers answers = answers(root.get("answers"), "/answers", Answers.DEFAULT, true);
      DateTimeFormatter dates = dates(root.get("dates"), "/dates", DEFAULT_DATES);
      String datePattern =
          root.path("dates").isString() ? root.get("dates").asString() : DEFAULT_DATES;
      char decimal = character(root.get("decimal"), "/decimal", ".", ".,", "a point or a comma");
      char separator =
          character(
              root.get("separator"), "/separator", ",", ",;\t|", "a comma, semicolon, tab or |");
      Map<String, String> ignored = ignored(root.get("ignore"));
      Map<String, JsonNode> constants = sets(root.get("set"), "/set");
      List<MappedColumn> columns =
          columns(root.get("columns"), answers, dates, datePattern, ignored);
      requiredFacts(columns, constants);
      if (!problems.isEmpty()) {
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        throw new InvalidMappingException(problems);
      }
      return new SurveyMapping(columns, ignored, constants, decimal, separator);
    }

    private List<MappedColumn> columns(
        JsonNode node,
        Answers answers,
        DateTimeFormatter dates,
        String datePattern,
        Map<String, String> ignored) {
      List<MappedColumn> columns = new ArrayList<>();
      if (node == null) {
        problem("", "the mapping has no list of columns (columns:)");
        return columns;
      }
      if (!node.isArray() || node.isEmpty()) {
        problem("/columns", "columns is a list of columns, each with its column and its fact");
        return columns;
      }
      if (node.size() + ignored.size() > MAX_COLUMNS) {
        problem("/columns", "a mapping names at most " + MAX_COLUMNS + " columns");
        return columns;
      }
      Map<String, Integer> headers = new HashMap<>();
      Map<String, String> pointers = new HashMap<>();
      for (int i = 0; i < node.size(); i++) {
        String at = "/columns/" + i;
        JsonNode c = node.get(i);
        if (!c.isObject()) {
          problem(at, "each column is an object with a column (its header) and a fact");
          continue;
        }
        unknownKeys(c, at, COLUMN_KEYS);
        String header = text(c.get("column"), at + "/column", "column", "the column's header");
        if (header != null) {
          String key = Labels.key(header);
          Integer before = headers.putIfAbsent(key, doc.line(at + "/column"));
          if (before != null) {
            problem(
                at + "/column",
                "the column "
                    + Words.quoted(header)
                    + " is mapped twice (also on line "
                    + before
                    + ")");
          } else if (ignored.containsKey(key)) {
            problem(
                at + "/column",
                "the column " + Words.quoted(header) + " is both mapped and in the ignore list");
          }
        }
        String pointer = text(c.get("fact"), at + "/fact", "fact", "the JSON Pointer of the fact");
        ProfileFacts.Fact fact = pointer == null ? null : fact(pointer, at + "/fact");
        if (fact != null) {
          String before = pointers.putIfAbsent(pointer, header == null ? "" : header);
          if (before != null) {
            problem(
                at + "/fact",
                "the fact "
                    + pointer
                    + " is also given by the column "
                    + Words.quoted(before)
                    + "; a fact comes from one column");
          }
        }
        MappedColumn column = column(c, at, header, pointer, fact, answers, dates, datePattern);
        if (column != null) {
          columns.add(column);
        }
      }
      return columns;
    }

    private MappedColumn column(
        JsonNode c,
        String at,
        String header,
        String pointer,
        ProfileFacts.Fact fact,
        Answers answers,
        DateTimeFormatter dates,
        String datePattern) {
      ProfileFacts.Kind kind = fact == null ? null : fact.kind();
      JsonNode a = c.get("answers");
      if (a != null && kind != null && kind != ProfileFacts.Kind.YES_NO && a.isObject()) {
        for (String k : List.of("yes", "no")) {
          if (a.has(k)) {
            problem(
                at + "/answers/" + k,
                "yes and no answers are for yes/no facts; "
                    + pointer
                    + " is "
                    + kindWords(fact)
                    + " (only unknown answers can be given for it)");
          }
        }
      }
      Answers own = answers(a, at + "/answers", answers, false);
      Map<String, String> choices = choices(c.get("values"), at + "/values", fact, own);
      JsonNode d = c.get("dates");
      if (d != null && kind != null && kind != ProfileFacts.Kind.DATE) {
        problem(
            at + "/dates", "a date format is for a date; " + pointer + " is " + kindWords(fact));
      }
      DateTimeFormatter ownDates = dates(d, at + "/dates", null);
      JsonNode cur = c.get("currency");
      Optional<String> currency = Optional.empty();
      if (cur != null) {
        if (kind != null && kind != ProfileFacts.Kind.NUMBER) {
          problem(
              at + "/currency",
              "a currency is for an amount; " + pointer + " is " + kindWords(fact));
        } else if (!cur.isString() || !CURRENCY.matcher(cur.asString()).matches()) {
          problem(at + "/currency", "a currency is an ISO 4217 code such as EUR, GBP or USD");
        } else {
          currency = Optional.of(cur.asString());
        }
      }
      Map<String, JsonNode> alongside = sets(c.get("set"), at + "/set");
      if (header == null || fact == null) {
        return null;
      }
      return new MappedColumn(
          header,
          pointer,
          fact,
          own,
          choices,
          ownDates == null ? dates : ownDates,
          ownDates == null ? datePattern : d.asString(),
          currency,
          alongside,
          doc.line(at));
    }

    private Map<String, String> choices(
        JsonNode node, String at, ProfileFacts.Fact fact, Answers answers) {
      Map<String, String> choices = new LinkedHashMap<>();
      if (node == null) {
        return choices;
      }
      boolean text = fact != null && fact.kind() == ProfileFacts.Kind.TEXT;
      if (fact != null && fact.kind() != ProfileFacts.Kind.CHOICE && !text) {
        problem(
            at,
            "values give the constants of a choice, or the texts of a text; "
                + fact.pattern().replace("*", "N")
                + " is "
                + kindWords(fact));
        return choices;
      }
      if (!node.isObject()) {
        problem(
            at, "values is a map from an answer to a constant, such as Yes, a lot: SIGNIFICANT");
        return choices;
      }
      Map<String, String> labels = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String label = e.getKey();
        String key = Labels.key(label);
        String here = at + "/" + label.replace("~", "~0").replace("/", "~1");
        String before = labels.putIfAbsent(key, label);
        if (before != null) {
          problem(
              here,
              "the answer "
                  + Words.quoted(label)
                  + " is listed twice (also as "
                  + Words.quoted(before)
                  + ")");
          continue;
        }
        if (answers.isUnknown(key)) {
          problem(
              here,
              "the answer "
                  + Words.quoted(label)
                  + " means unknown (a blank answer, or one of the unknown answers); it cannot also"
                  + " give a constant");
          continue;
        }
        JsonNode v = e.getValue();
        if (!v.isString()) {
          problem(here, "the value of an answer is a constant's name, such as SOME_AGENCIES");
          continue;
        }
        if (fact != null && !text && !fact.constants().contains(v.asString())) {
          problem(here, unknownConstant(v.asString(), fact));
          continue;
        }
        choices.put(key, v.asString());
      }
      return choices;
    }

    private static String unknownConstant(String constant, ProfileFacts.Fact fact) {
      List<String> near = Words.closest(constant, fact.constants());
      return "unknown constant "
          + Words.quoted(constant)
          + " of "
          + fact.pattern().replace("*", "N")
          + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?")
          + " It is one of "
          + String.join(", ", fact.constants());
    }

    private Answers answers(JsonNode node, String at, Answers base, boolean top) {
      if (node == null) {
        return base;
      }
      if (!node.isObject()) {
        problem(at, "answers is an object with lists of answers: yes, no and unknown");
        return base;
      }
      unknownKeys(node, at, ANSWER_KEYS);
      List<String> yesLabels = labels(node.get("yes"), at + "/yes", base.yesLabels());
      List<String> noLabels = labels(node.get("no"), at + "/no", base.noLabels());
      List<String> unknownLabels =
          labels(node.get("unknown"), at + "/unknown", base.unknownLabels());
      Set<String> yes = Answers.keys(yesLabels);
      Set<String> no = Answers.keys(noLabels);
      Set<String> unknown = Answers.keys(unknownLabels);
      for (String k : yes) {
        if (no.contains(k)) {
          problem(at, "the answer " + Words.quoted(k) + " cannot mean both yes and no");
        }
        if (unknown.contains(k)) {
          problem(at, "the answer " + Words.quoted(k) + " cannot mean both yes and unknown");
        }
      }
      for (String k : no) {
        if (unknown.contains(k)) {
          problem(at, "the answer " + Words.quoted(k) + " cannot mean both no and unknown");
        }
      }
      return new Answers(yes, no, unknown, yesLabels, noLabels, unknownLabels);
    }

    private List<String> labels(JsonNode node, String at, List<String> base) {
      if (node == null) {
        return base;
      }
      List<String> labels = new ArrayList<>();
      if (node.isString()) {
        labels.add(node.asString());
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          JsonNode l = node.get(i);
          if (l.isString() || l.isNumber()) {
            labels.add(l.asString());
          } else if (l.isBoolean()) {
            problem(
                at + "/" + i,
                "write the answer in quotes (\""
                    + l.asString()
                    + "\"): YAML reads a bare "
                    + l.asString()
                    + " as a yes/no value, not as the text of an answer");
          } else {
            problem(at + "/" + i, "an answer is a text");
          }
        }
      } else if (node.isBoolean()) {
        problem(
            at,
            "write the answers as a list of texts in quotes, such as [\"Yes\", \"Y\"]: YAML reads a"
                + " bare yes or no as a yes/no value");
      } else {
        problem(at, "answers are a list of texts, such as [\"Yes\", \"Y\"]");
      }
      return List.copyOf(labels);
    }

    private DateTimeFormatter dates(JsonNode node, String at, String fallback) {
      String pattern = fallback;
      if (node != null) {
        if (!node.isString()) {
          problem(at, "a date format is a text such as dd/MM/yyyy");
          return null;
        }
        pattern = node.asString();
      }
      if (pattern == null) {
        return null;
      }
      try {
        DateTimeFormatter f =
            DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
        boolean complete =
            pattern.contains("y") || pattern.contains("u")
                ? pattern.contains("d") && pattern.contains("M")
                : false;
        if (!complete) {
          problem(at, "a date format has a year (yyyy), a month (MM or MMM) and a day (d or dd)");
          return null;
        }
        f.parse(java.time.LocalDate.of(2026, 3, 31).format(f)).get(ChronoField.YEAR);
        return f;
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        problem(
            at,
            "not a date format: "
                + Words.quoted(pattern)
                + "; write one such as dd/MM/yyyy, d MMM yyyy or yyyy-MM-dd");
        return null;
      }
    }

    /** The pattern with its years as proleptic years (u), which strict parsing needs. */
    static String strictYears(String pattern) {
      StringBuilder out = new StringBuilder();
      boolean quoted = false;
      for (char ch : pattern.toCharArray()) {
        if (ch == '\'') {
          quoted = !quoted;
        }
        out.append(!quoted && ch == 'y' ? 'u' : ch);
      }
      return out.toString();
    }

    private char character(
        JsonNode node, String at, String fallback, String allowed, String words) {
      if (node == null) {
        return fallback.charAt(0);
      }
      String s = node.isString() ? node.asString() : "";
      if (s.length() != 1 || allowed.indexOf(s.charAt(0)) < 0) {
        problem(at, at.substring(1) + " is " + words);
        return fallback.charAt(0);
      }
      return s.charAt(0);
    }

    private Map<String, String> ignored(JsonNode node) {
      Map<String, String> ignored = new LinkedHashMap<>();
      if (node == null) {
        return ignored;
      }
      if (!node.isArray()) {
        problem("/ignore", "ignore is a list of the headers of columns to leave out");
        return ignored;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode h = node.get(i);
        if (!h.isString() || h.asString().isBlank()) {
          problem("/ignore/" + i, "a column to leave out is named by its header, a text");
        } else if (ignored.putIfAbsent(Labels.key(h.asString()), h.asString()) != null) {
          problem("/ignore/" + i, "the column " + Words.quoted(h.asString()) + " is listed twice");
        }
      }
      return ignored;
    }

    private Map<String, JsonNode> sets(JsonNode node, String at) {
      Map<String, JsonNode> sets = new LinkedHashMap<>();
      if (node == null) {
        return sets;
      }
      if (!node.isObject()) {
        problem(
            at, "set is a map from a fact's JSON Pointer to its value, such as /surveyWave: 2026");
        return sets;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String pointer = e.getKey();
        String here = at + "/" + pointer.replace("~", "~0").replace("/", "~1");
        ProfileFacts.Fact fact = fact(pointer, here + "#name");
        if (fact != null && valueFits(e.getValue(), fact, here)) {
          sets.put(pointer, e.getValue());
        }
      }
      return sets;
    }

    private boolean valueFits(JsonNode v, ProfileFacts.Fact fact, String at) {
      boolean fits =
          switch (fact.kind()) {
            case YES_NO -> v.isBoolean();
            case WHOLE_NUMBER ->
                v.isIntegralNumber()
                    || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
            case NUMBER -> v.isNumber();
            case DATE, TEXT -> v.isString();
            case CHOICE -> v.isString() && fact.constants().contains(v.asString());
          };
      if (!fits) {
        problem(
            at,
            fact.kind() == ProfileFacts.Kind.CHOICE && v.isString()
                ? unknownConstant(v.asString(), fact)
                : "the value of " + fact.pattern().replace("*", "N") + " is " + kindWords(fact));
      }
      return fits;
    }

    /** The fact a pointer names, or null after reporting why it names none. */
    private ProfileFacts.Fact fact(String pointer, String at) {
      if (!pointer.startsWith("/")) {
        problem(
            at,
            Words.quoted(pointer)
                + " is not a JSON Pointer: a fact's pointer starts with /, as in /name");
        return null;
      }
      StringBuilder pattern = new StringBuilder();
      String[] tokens = pointer.substring(1).split("/", -1);
      for (String raw : tokens) {
        String token = raw.replace("~1", "/").replace("~0", "~");
        if (facts.lists().contains(pattern.toString())) {
          if (!INDEX.matcher(token).matches()) {
            problem(
                at,
                pointer
                    + ": "
                    + pattern
                    + " is a list, whose items are numbered from 0 (at most 999), not "
                    + Words.quoted(token));
            return null;
          }
          pattern.append("/*");
        } else {
          pattern.append('/').append(token);
        }
      }
      String p = pattern.toString();
      if (p.equals(ProfileFacts.SCHEMA_VERSION)) {
        problem(at, "/schemaVersion is set by the import itself");
        return null;
      }
      Optional<ProfileFacts.Fact> fact = facts.fact(p);
      if (fact.isPresent()) {
        return fact.get();
      }
      if (facts.lists().contains(p)) {
        problem(
            at,
            pointer
                + " is a list: name a fact of one of its items, by index from 0, such as "
                + pointer
                + "/0/"
                + firstFactUnder(p + "/*"));
      } else if (facts.isSection(p)) {
        problem(
            at,
            pointer
                + " is a section of the profile, not a fact: name one of its facts, such as "
                + firstFactUnder(p).replace("*", "0"));
      } else {
        List<String> near = facts.near(p);
        problem(
            at,
            "the profile has no fact "
                + pointer
                + (near.isEmpty() ? "" : "; did you mean " + near.get(0).replace("*", "0") + "?"));
      }
      return null;
    }

    private String firstFactUnder(String pattern) {
      String prefix = pattern + "/";
      return facts.all().keySet().stream()
          .filter(k -> k.startsWith(prefix))
          .findFirst()
          .map(
              k -> pattern.contains("*") && !pattern.endsWith("*") ? k : k.substring(0, k.length()))
          .map(k -> pattern.endsWith("/*") ? k.substring(prefix.length()) : k)
          .orElse("");
    }

    private void requiredFacts(List<MappedColumn> columns, Map<String, JsonNode> constants) {
      for (String pointer : REQUIRED) {
        boolean given =
            constants.containsKey(pointer)
                || columns.stream().anyMatch(c -> c.pointer().equals(pointer));
        if (!given && !problems.stream().anyMatch(p -> p.message().contains(pointer + " "))) {
          problem(
              "/columns#name",
              "no column gives "
                  + pointer
                  + " and it is not set; every profile needs it ("
                  + facts.fact(pointer).map(ProfileFacts.Fact::description).orElse("")
                  + ")");
        }
      }
    }

    private String text(JsonNode node, String at, String key, String what) {
      if (node == null) {
        problem(
            at.substring(0, at.lastIndexOf('/')), "the column has no " + key + " (" + what + ")");
        return null;
      }
      if (!node.isString() && !node.isNumber() || node.asString().isBlank()) {
        problem(at, key + " is " + what + ", a text");
        return null;
      }
      return node.asString();
    }

    private void unknownKeys(JsonNode node, String at, Set<String> known) {
      for (String name : node.propertyNames()) {
        if (!known.contains(name)) {
          List<String> near = Words.closest(name, known);
          problem(
              at + "/" + name.replace("~", "~0").replace("/", "~1") + "#name",
              "unknown key "
                  + Words.quoted(name)
                  + (near.isEmpty()
                      ? "; the keys here are " + String.join(", ", known.stream().sorted().toList())
                      : "; did you mean " + near.get(0) + "?"));
        }
      }
    }

    private static String kindWords(ProfileFacts.Fact fact) {
      return switch (fact.kind()) {
        case YES_NO -> "a yes/no fact";
        case WHOLE_NUMBER -> "a whole number";
        case NUMBER -> "a number";
        case DATE -> "a date";
        case CHOICE -> "a choice of " + String.join(", ", fact.constants());
        case TEXT -> "a text";
      };
    }

    private void problem(String at, String message) {
      problems.add(new MappingProblem(doc.line(at), message));
    }
  }
}
