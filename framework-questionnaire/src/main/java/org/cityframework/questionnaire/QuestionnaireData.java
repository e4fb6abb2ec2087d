package org.cityframework.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Implications;
import org.cityframework.core.Implications.Condition;
import org.cityframework.core.Implications.Implication;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.ProfileSchema;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Publication;
import org.cityframework.rules.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data the questionnaire page works from, worked out once from the profile's JSON Schema, the
 * standard catalogue and the model's implications: the sections, the questions with their limits
 * and the checks that read them, the follow-up rules, and the order of the facts to collect first.
 */
final class QuestionnaireData {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The section of the facts about the city itself (name, country, date, sources). */
  static final String CITY = "city";

  private static final String SCHEMA = "org/cityframework/json/schema/city-profile.schema.json";

  private static final Pattern RECOMMENDATION = Pattern.compile("recommendations? ([0-9]+)");

  private static final List<String> CITY_ORDER =
      List.of("/name", "/country", "/assessedOn", "/population", "/surveyWave", "/sources");

  private final JsonNode schema;
  private final Locale language;
  private final Catalogue catalogue;

  /** Every question, by pointer (list items as {@code *}), in page order once sorted. */
  private final Map<String, Field> fields = new LinkedHashMap<>();

  /** The checks that read each fact (list items as {@code *}). */
  private final Map<String, Set<String>> readers = new HashMap<>();

  /** A question of the page: one fact of the profile. */
  private static final class Field {
    final String pointer;
    final String section;
    final JsonNode schema;
    final String kind;
    final boolean required;
    final int schemaOrder;
    String list; // the list pointer, for a field of a list's items
    String group; // the yes/no map's description, for one of its entries
    final List<String> items = new ArrayList<>(); // a list's item fields

    Field(String pointer, String section, JsonNode schema, String kind, boolean required, int n) {
      this.pointer = pointer;
      this.section = section;
      this.schema = schema;
      this.kind = kind;
      this.required = required;
      this.schemaOrder = n;
    }
  }

  private QuestionnaireData(Locale language) {
    this.language = language;
    this.catalogue = Catalogue.standard(language);
    this.schema = DocumentFormat.JSON.readTree(profileSchema());
  }

  /**
   * The profile's JSON Schema as committed, read from the class path as {@link
   * ProfileSchema#text()} gives it, without loading a validator.
   */
  private static byte[] profileSchema() {
    try (InputStream in = ProfileSchema.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's data in the language of {@code language} (English or French). */
  static ObjectNode of(Locale language) {
    return new QuestionnaireData(language).build();
  }

  private ObjectNode build() {
    Assessment unknown = Assessor.standard().assess(allUnknown());
    for (Finding f : unknown.findings()) {
      for (Evidence e : f.evidence()) {
        readers
            .computeIfAbsent(e.pointer().replaceAll("/[0-9]+(?=/|$)", "/*"), k -> new TreeSet<>())
            .add(f.checkId());
      }
    }
    walk(schema, "", CITY, true);
    List<Field> order = pageOrder();

    ObjectNode data = NODES.objectNode();
    data.put("language", language.getLanguage());
    data.put("schemaVersion", schemaVersion());
    data.set("words", PageWords.of(language).asJson());
    Publication publication = Publication.chapter(language);
    data.put("publication", publication.reference());
    data.set("recommendations", recommendations());
    data.set("sections", sections(order));
    data.set("checks", checks(order));
    ArrayNode questions = data.putArray("questions");
    for (Field f : order) {
      questions.add(question(f));
    }
    data.set("implications", implications(order));
    ArrayNode next = data.putArray("collectFirst");
    Set<String> seen = new LinkedHashSet<>();
    for (Question q : unknown.toCollect()) {
      String pointer = q.pointer().replaceAll("/[0-9]+(?=/|$)", "/*");
      if (fields.containsKey(pointer) && seen.add(pointer)) {
        next.add(pointer);
      }
    }
    ArrayNode countries = data.putArray("countries");
    new TreeSet<>(List.of(Locale.getISOCountries())).forEach(countries::add);
    ArrayNode currencies = data.putArray("currencies");
    Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode)
        .sorted()
        .forEach(currencies::add);
    return data;
  }

  /** A profile that states nothing but what the document requires. */
  private static CityProfile allUnknown() {
    return CityProfile.builder()
        .name("Questionnaire")
        .country("GB")
        .assessedOn(LocalDate.of(2000, 1, 1))
        .build();
  }

  /** The version the library writes profiles in, read off a profile it writes. */
  private static String schemaVersion() {
    String text = DocumentFormat.JSON.writeProfile(allUnknown());
    return DocumentFormat.JSON
        .readTree(text.getBytes(StandardCharsets.UTF_8))
        .get("schemaVersion")
        .stringValue();
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String name = ref.stringValue().substring("#/$defs/".length());
    return schema.get("$defs").get(name);
  }

  /** Adds the questions of an object's properties: sections, facts, yes/no maps and lists. */
  private void walk(JsonNode object, String prefix, String section, boolean top) {
    Set<String> required = new LinkedHashSet<>();
    JsonNode req = object.get("required");
    if (req != null) {
      req.forEach(r -> required.add(r.stringValue()));
    }
    for (Map.Entry<String, JsonNode> e : object.get("properties").properties()) {
      String name = e.getKey();
      String pointer = prefix + "/" + name;
      JsonNode own = e.getValue();
      JsonNode type = resolve(own);
      String kind = kind(type);
      if (top && name.equals("schemaVersion")) {
        continue;
      }
      if (kind.equals("object")) {
        int first = fields.size();
        walk(type, pointer, top ? name : section, false);
        String group = own.path("description").stringValue("");
        if (!top && isYesNoMap(type)) {
          int i = 0;
          for (Field f : fields.values()) {
            if (i++ >= first) {
              f.group = group;
            }
          }
        }
      } else if (kind.equals("list")) {
        Field list = add(pointer, section, own, kind, required.contains(name));
        JsonNode item = resolve(type.get("items"));
        String before = pointer + "/*";
        int first = fields.size();
        walk(item, before, section, false);
        int i = 0;
        for (Field f : new ArrayList<>(fields.values())) {
          if (i++ >= first) {
            f.list = pointer;
            list.items.add(f.pointer);
          }
        }
      } else {
        add(pointer, section, own, kind, required.contains(name));
      }
    }
  }

  private boolean isYesNoMap(JsonNode type) {
    for (Map.Entry<String, JsonNode> e : type.get("properties").properties()) {
      if (!kind(resolve(e.getValue())).equals("boolean")) {
        return false;
      }
    }
    return true;
  }

  private Field add(String pointer, String section, JsonNode own, String kind, boolean required) {
    Field f = new Field(pointer, section, own, kind, required, fields.size());
    fields.put(pointer, f);
    return f;
  }

  private String kind(JsonNode type) {
    if (type.has("enum")) {
      return "enum";
    }
    String t = type.path("type").stringValue("");
    return switch (t) {
      case "boolean" -> "boolean";
      case "integer" -> "integer";
      case "number" -> "number";
      case "array" -> "list";
      case "object" -> "object";
      default -> type.path("format").stringValue("").equals("date") ? "date" : "text";
    };
  }

  /**
   * The checks of a field: those reading its fact; for a list's item field, those reading the list
   * too.
   */
  private Set<String> checksOf(Field f) {
    Set<String> ids = new TreeSet<>(Comparator.comparing(this::checkRank));
    ids.addAll(readers.getOrDefault(f.pointer, Set.of()));
    if (f.list != null && ids.isEmpty()) {
      ids.addAll(readers.getOrDefault(f.list, Set.of()));
    }
    return ids;
  }

  private int checkRank(String id) {
    List<Check> checks = catalogue.checks();
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i).info().id().equals(id)) {
        return i;
      }
    }
    return checks.size();
  }

  /**
   * The page's order: sections by the first recommendation their facts serve (the city first),
   * within a section by the first check reading the fact, then the schema's order; a follow-up
   * after the facts it follows from.
   */
  private List<Field> pageOrder() {
    // The recommendation the schema names first for the area, then the mean of the first
    // recommendation its facts serve: leadership before culture, both recommendation 1.
    Map<String, Double> sectionRank = new HashMap<>();
    Map<String, int[]> served = new HashMap<>();
    for (Field f : fields.values()) {
      int first = firstRecommendation(f);
      if (first != Integer.MAX_VALUE) {
        int[] sum = served.computeIfAbsent(f.section, k -> new int[2]);
        sum[0] += first;
        sum[1]++;
      }
    }
    for (Field f : fields.values()) {
      int[] sum = served.getOrDefault(f.section, new int[] {0, 1});
      double mean = sum[1] == 0 ? 0 : (double) sum[0] / sum[1];
      double rank = f.section.equals(CITY) ? -1 : namedRecommendation(f.section) * 100 + mean;
      sectionRank.put(f.section, rank);
    }
    Map<String, Integer> sectionOrder = new HashMap<>();
    for (Field f : fields.values()) {
      sectionOrder.putIfAbsent(f.section, sectionOrder.size());
    }
    List<Field> order = new ArrayList<>(fields.values());
    order.sort(
        Comparator.<Field>comparingDouble(f -> sectionRank.get(f.section))
            .thenComparingInt(f -> sectionOrder.get(f.section))
            .thenComparingInt(f -> cityOrder(f.list == null ? f.pointer : f.list))
            .thenComparingInt(f -> f.list == null ? firstCheck(f) : firstCheck(fields.get(f.list)))
            .thenComparingInt(f -> f.list == null ? f.schemaOrder : fields.get(f.list).schemaOrder)
            .thenComparingInt(f -> f.schemaOrder));
    for (int pass = 0; pass < order.size(); pass++) {
      if (!followUpsLast(order)) {
        break;
      }
    }
    return order;
  }

  /**
   * The place of a fact about the city itself as a form asks for them (the name first), and notes
   * last in every section; 0 for the others.
   */
  private static int cityOrder(String pointer) {
    if (pointer.endsWith("/notes")) {
      return Integer.MAX_VALUE;
    }
    int at = CITY_ORDER.indexOf(pointer);
    return at < 0 ? 0 : at;
  }

  /** The first recommendation the schema's description of a profile area names. */
  private int namedRecommendation(String section) {
    String description = schema.get("properties").get(section).path("description").stringValue("");
    Matcher m = RECOMMENDATION.matcher(description);
    return m.find() ? Integer.parseInt(m.group(1)) : 99;
  }

  /**
   * Moves the first follow-up found before a fact it follows from to just after it, in the same
   * section; whether it moved one.
   */
  private boolean followUpsLast(List<Field> order) {
    for (Implication rule : Implications.all()) {
      if (hasReverse(rule)) {
        continue;
      }
      int last = -1;
      for (Condition c : rule.premise()) {
        last = Math.max(last, indexOf(order, c.pointer()));
      }
      if (last < 0) {
        continue;
      }
      Field premise = order.get(last);
      for (String conclusion : expand(rule.conclusion().pointer())) {
        int at = indexOf(order, conclusion);
        if (at >= 0 && at < last && order.get(at).section.equals(premise.section)) {
          Field moved = order.remove(at);
          order.add(last, moved);
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(List<Field> order, String pointer) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).pointer.equals(pointer)) {
        return i;
      }
    }
    return -1;
  }

  /** The questions a conclusion's pointer names: every entry of a map for {@code /*}. */
  private List<String> expand(String pointer) {
    if (fields.containsKey(pointer)) {
      return List.of(pointer);
    }
    List<String> found = new ArrayList<>();
    if (pointer.endsWith("/*")) {
      String parent = pointer.substring(0, pointer.length() - 1);
      for (String p : fields.keySet()) {
        if (p.startsWith(parent) && p.indexOf('/', parent.length()) < 0) {
          found.add(p);
        }
      }
    }
    return found;
  }

  /** Whether another implication reads this one backwards (its conclusion is this premise). */
  private static boolean hasReverse(Implication rule) {
    for (Implication other : Implications.all()) {
      if (other.premise().size() == 1
          && other.premise().get(0).pointer().equals(rule.conclusion().pointer())
          && rule.premise().stream()
              .anyMatch(c -> c.pointer().equals(other.conclusion().pointer()))) {
        return true;
      }
    }
    return false;
  }

  private int firstCheck(Field f) {
    return checksOf(f).stream().mapToInt(this::checkRank).min().orElse(Integer.MAX_VALUE);
  }

  private int firstRecommendation(Field f) {
    return checksOf(f).stream()
        .mapToInt(id -> catalogue.check(id).orElseThrow().info().recommendation())
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  private ArrayNode recommendations() {
    ArrayNode all = NODES.arrayNode();
    for (Check c : catalogue.checks()) {
      CheckInfo info = c.info();
      if (info.isHeadline()) {
        ObjectNode r = all.addObject();
        r.put("number", info.recommendation());
        r.put("title", info.summary());
      }
    }
    return all;
  }

  private ArrayNode sections(List<Field> order) {
    PageWords words = PageWords.of(language);
    ArrayNode all = NODES.arrayNode();
    Set<String> done = new LinkedHashSet<>();
    for (Field f : order) {
      if (done.add(f.section)) {
        ObjectNode s = all.addObject();
        s.put("id", f.section);
        s.put("title", words.get("section." + f.section));
      }
    }
    return all;
  }

  private ObjectNode checks(List<Field> order) {
    Set<String> used = new TreeSet<>(Comparator.comparing(this::checkRank));
    order.forEach(f -> used.addAll(checksOf(f)));
    ObjectNode all = NODES.objectNode();
    for (String id : used) {
      CheckInfo info = catalogue.check(id).orElseThrow().info();
      ObjectNode c = all.putObject(id);
      c.put("recommendation", info.recommendation());
      c.put("summary", info.summary());
      c.put("why", info.why());
      c.put("citation", info.citation());
    }
    return all;
  }

  private ObjectNode question(Field f) {
    ObjectNode q = NODES.objectNode();
    q.put("pointer", f.pointer);
    q.put("section", f.section);
    q.put("kind", f.kind);
    q.put("schemaOrder", f.schemaOrder);
    if (f.kind.equals("list")) {
      q.put("itemName", PageWords.of(language).get("item." + f.pointer));
    }
    if (f.list != null) {
      q.put("list", f.list);
    }
    q.put("text", text(f));
    String help = help(f);
    if (!help.isEmpty()) {
      q.put("help", help);
    }
    if (f.required) {
      q.put("required", true);
    }
    JsonNode type = resolve(f.schema);
    if (f.kind.equals("enum")) {
      ArrayNode options = q.putArray("options");
      ArrayNode labels = q.putArray("optionLabels");
      String enumType = f.schema.path("$ref").stringValue("").replace("#/$defs/", "");
      PageWords words = PageWords.of(language);
      for (JsonNode v : type.get("enum")) {
        String constant = v.stringValue();
        options.add(constant);
        String own = words.find("option." + enumType + "." + constant);
        labels.add(own != null ? own : inWords(constant));
      }
    }
    for (String limit : List.of("minimum", "maximum", "pattern", "minLength", "maxItems")) {
      JsonNode value = type.get(limit);
      if (value != null) {
        q.set(limit, value);
      }
    }
    if (!f.items.isEmpty()) {
      ArrayNode items = q.putArray("items");
      f.items.forEach(items::add);
    }
    ArrayNode checks = q.putArray("checks");
    checksOf(f).forEach(checks::add);
    return q;
  }

  /** An enum constant in words: {@code INNOVATION_TEAM_ONLY} is "Innovation team only". */
  static String inWords(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The help under a question: in English the schema's description of the fact, with its seed line;
   * in another language the page's words for it, if any (the schema is in English).
   */
  private String help(Field f) {
    if (language.getLanguage().equals("en")) {
      return resolveDescription(f);
    }
    String own = PageWords.of(language).find("help." + f.pointer);
    return own == null ? "" : own;
  }

  /** The schema's description of the fact (for a {@code $ref}, the property's own words). */
  private static String resolveDescription(Field f) {
    return f.schema.path("description").stringValue("");
  }

  /**
   * The question in plain words: the catalogue's, with {@code {n}} for the item's number in a list;
   * for a fact no check reads, the words of the page (English: the schema's description).
   */
  private String text(Field f) {
    if (f.list == null && Catalogue.hasQuestion(f.pointer)) {
      return Catalogue.question(f.pointer, language);
    }
    if (f.list != null && Catalogue.hasQuestion(f.pointer)) {
      String first = Catalogue.question(f.pointer.replace("*", "0"), language);
      String second = Catalogue.question(f.pointer.replace("*", "1"), language);
      String template = numbered(first, second);
      if (template != null) {
        return template;
      }
    }
    PageWords words = PageWords.of(language);
    String own = words.find("label." + f.pointer);
    if (own != null) {
      return own;
    }
    if (f.group != null) {
      return strip(f.group) + ": " + resolveDescription(f);
    }
    return resolveDescription(f);
  }

  /** A description without its closing period and its seed-line reference in brackets. */
  private static String strip(String description) {
    String s = description.replaceAll(" \\([^()]*\\)\\.?$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The question of a list's item as a template: where the first item's question says 1 and the
   * second's 2, {@code {n}}; null when they differ otherwise.
   */
  private static String numbered(String first, String second) {
    int start = 0;
    while (start < first.length()
        && start < second.length()
        && first.charAt(start) == second.charAt(start)) {
      start++;
    }
    if (start < first.length()
        && first.charAt(start) == '1'
        && start < second.length()
        && second.charAt(start) == '2'
        && first.substring(start + 1).equals(second.substring(start + 1))) {
      return first.substring(0, start) + "{n}" + first.substring(start + 1);
    }
    return first.equals(second) ? first : null;
  }

  /**
   * The model's implications, as the page applies them: each with its premise, its conclusion (the
   * questions it decides), the reason, and whether it makes its conclusion a follow-up the page
   * leaves out while the premise holds.
   */
  private ArrayNode implications(List<Field> order) {
    ArrayNode all = NODES.arrayNode();
    for (Implication rule : Implications.all()) {
      ObjectNode r = all.addObject();
      ArrayNode premise = r.putArray("premise");
      int last = -1;
      for (Condition c : rule.premise()) {
        premise.add(condition(c));
        last = Math.max(last, indexOf(order, c.pointer()));
      }
      r.set("conclusion", condition(rule.conclusion()));
      if (language.getLanguage().equals("en")) { // the model states its reasons in English
        r.put("reason", rule.reason());
      }
      List<String> values = rule.conclusion().values();
      boolean single = values.size() == 1 && !values.get(0).endsWith(" or more");
      boolean hides = single && !rule.conclusion().pointer().contains("/*/");
      if (hides && hasReverse(rule)) {
        int first = Integer.MAX_VALUE;
        for (String p : expand(rule.conclusion().pointer())) {
          first = Math.min(first, indexOf(order, p));
        }
        hides = first > last;
      }
      r.put("hides", hides);
    }
    return all;
  }

  private static ObjectNode condition(Condition c) {
    ObjectNode n = NODES.objectNode();
    n.put("pointer", c.pointer());
    ArrayNode values = n.putArray("values");
    c.values().forEach(values::add);
    return n;
  }
}
