package org.cityframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InvalidProfileException;
import org.cityframework.json.ProfileOutline.Kind;
import org.cityframework.json.ProfileOutline.Part;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Publication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A blank city profile to fill in by hand: every fact of the profile, unknown until answered, with
 * the city's name, country and assessment date (the facts a profile must state) filled in.
 *
 * <pre>{@code
 * String yaml = BlankProfile.forCity("Riverton", "GB", LocalDate.of(2026, 3, 31))
 *     .in(Locale.FRENCH)
 *     .write(DocumentFormat.YAML);
 * }</pre>
 *
 * <p>In YAML every fact of the profile's JSON Schema is there once, on a line of its own that is
 * commented out, after comments giving the question that collects it in plain words ({@link
 * Catalogue#question(String, java.util.Locale)}), the answers it takes (true or false, the
 * constants, the range, the date format, from the schema) and the checks that read it, each with
 * its place in the chapter; the publication is named once at the top ({@link Publication}). A
 * commented-out fact is unknown, never "no": the blank profile is valid as it is and assesses with
 * every fact unknown. To answer, one removes the {@code "# "} before the fact and before the lines
 * that open its section (and its list and list item), and writes the answer after the colon; the
 * result is read as any profile is. A list holds one item, whose lines are copied for more.
 *
 * <p>JSON has no comments, and a profile document refuses both {@code null} and members it does not
 * know ({@code docs/json.md}): a JSON profile cannot hold a question, nor a fact without its
 * answer. So in JSON the blank profile is the profile's outline: the required facts, and every
 * section, yes/no object and list present and empty, to be filled in with the names the schema
 * gives ({@code docs/blank-profile.md}). The same arguments give the same text, byte for byte, in
 * any JVM locale or time zone. Immutable and thread-safe.
 */
public final class BlankProfile {
  /** The widest line of the YAML's comments, in characters. */
  private static final int WIDTH = 100;

  private static final Pattern CODE = Pattern.compile("\\^\\[A-Z\\]\\{(\\d+)\\}\\$");

  private static final Properties ENGLISH = words(List.of());
  private static final Properties FRENCH = words(List.of("fr"));

  private final CityProfile profile;
  private final Locale language;

  private BlankProfile(CityProfile profile, Locale language) {
    this.profile = profile;
    this.language = language;
  }

  /**
   * The blank profile of a city: its name, its country (an ISO 3166-1 alpha-2 code such as {@code
   * GB}) and the date its facts will describe, every other fact unknown; in English.
   *
   * @throws InvalidProfileException when the name is blank or the country is not a code of ISO
   *     3166-1, with each problem's pointer
   */
  public static BlankProfile forCity(String name, String country, LocalDate assessedOn) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(assessedOn, "assessedOn");
    CityProfile profile =
        CityProfile.builder().name(name).country(country).assessedOn(assessedOn).build();
    return new BlankProfile(profile, Locale.ENGLISH);
  }

  /**
   * This blank profile with its questions and comments in the language of {@code locale}: French
   * for a French locale ({@code fr}, {@code fr-CA}), English for any other ({@link
   * Catalogue#languages()}). The facts' names and the constants are not translated.
   */
  public BlankProfile in(Locale locale) {
    return new BlankProfile(profile, isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** The language of the questions and comments: English or French. */
  public Locale language() {
    return language;
  }

  /**
   * The profile this blank profile reads as: the city's name, country and date, every other fact
   * unknown.
   */
  public CityProfile profile() {
    return profile;
  }

  /**
   * The blank profile as a document: in YAML, every fact commented out after its question; in JSON,
   * the profile's outline with every section, yes/no object and list empty. UTF-8 text with {@code
   * \n} line ends, ending with one.
   */
  public String write(DocumentFormat format) {
    Objects.requireNonNull(format, "format");
    return format == DocumentFormat.YAML ? yaml() : json();
  }

  /**
   * The pointers of every fact the YAML holds, in its order: each value a check or a reader may
   * read, list items' facts by the first item (not sections, yes/no objects nor lists themselves).
   */
  static List<String> facts() {
    List<String> facts = new ArrayList<>();
    for (Part p : ProfileOutline.all()) {
      if (p.kind() == Kind.FACT) {
        facts.add(p.pointer());
      }
    }
    return facts;
  }

  // ---------------------------------------------------------------------------------------- JSON

  private String json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schemaVersion", ProfileReader.VERSION);
    for (Part p : ProfileOutline.parts()) {
      if (p.kind() == Kind.FACT) {
        if (p.required()) {
          root.put(p.name(), identity(p.name()));
        }
      } else {
        root.set(p.name(), outline(p));
      }
    }
    return DocumentFormat.JSON.writeTree(root);
  }

  /** A section, yes/no object or list with nothing known: its sections within, all empty. */
  private static JsonNode outline(Part part) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (part.kind() == Kind.LIST) {
      return nodes.arrayNode();
    }
    ObjectNode object = nodes.objectNode();
    if (part.kind() == Kind.SECTION) {
      for (Part child : part.children()) {
        if (child.kind() != Kind.FACT) {
          object.set(child.name(), outline(child));
        }
      }
    }
    return object;
  }

  // ---------------------------------------------------------------------------------------- YAML

  private String yaml() {
    Properties words = words();
    Publication publication = Publication.chapter(language);
    Map<String, List<CheckInfo>> readers = readers();
    StringBuilder out = new StringBuilder();
    comment(out, 0, word(words, "header.title"));
    comment(out, 0, word(words, "header.unknown"));
    comment(out, 0, word(words, "header.answer"));
    comment(out, 0, word(words, "header.lists"));
    comment(out, 0, word(words, "header.required"));
    comment(out, 0, word(words, "header.check"));
    comment(out, 0, publication.howCitationsRead());
    comment(out, 0, word(words, "header.source").replace("{reference}", publication.reference()));
    comment(out, 0, publication.independence());
    out.append("schemaVersion: \"").append(ProfileReader.VERSION).append("\"\n");
    for (Part p : ProfileOutline.parts()) {
      part(out, p, 0, "", words, readers, publication);
    }
    return out.toString();
  }

  /**
   * Writes a part after an empty line: its comments, then its line commented out, both at {@code
   * column}, the line with {@code offset} after its {@code "# "} (the two spaces of a list item's
   * members), then its children.
   */
  private void part(
      StringBuilder out,
      Part p,
      int column,
      String offset,
      Properties words,
      Map<String, List<CheckInfo>> readers,
      Publication publication) {
    int content = column + offset.length();
    out.append('\n');
    switch (p.kind()) {
      case SECTION -> {
        comment(out, column, sectionTitle(p, words));
        key(out, column, offset, p.name());
        for (Part child : p.children()) {
          part(out, child, content + 2, "", words, readers, publication);
        }
      }
      case YES_NO -> {
        comment(out, column, word(words, "yesNo").replace("{name}", p.name()));
        key(out, column, offset, p.name());
        for (Part child : p.children()) {
          part(out, child, content + 2, "", words, readers, publication);
        }
      }
      case LIST -> {
        comment(out, column, question(p.pointer(), words));
        comment(
            out,
            column,
            answerLine(
                words,
                word(words, "answer.list")
                    .replace("{max}", Integer.toString(ProfileReader.MAX_ITEMS)),
                false));
        comment(out, column, readBy(p.pointer(), words, readers, publication));
        key(out, column, offset, p.name());
        int item = content + 2;
        comment(out, item, word(words, "item"));
        out.append(" ".repeat(item)).append("# -\n");
        for (Part child : p.children()) {
          part(out, child, item, "  ", words, readers, publication);
        }
      }
      case FACT -> {
        boolean identity = column == 0 && p.required();
        comment(out, column, question(p.pointer(), words));
        comment(out, column, answerLine(words, answer(p, words), p.required() && !identity));
        if (!identity) {
          comment(out, column, readBy(p.pointer(), words, readers, publication));
          key(out, column, offset, p.name());
        } else {
          out.append(p.name()).append(": ").append(yamlValue(p.name())).append('\n');
        }
      }
    }
  }

  /** A fact's, section's or list's line, commented out. */
  private static void key(StringBuilder out, int column, String offset, String name) {
    out.append(" ".repeat(column)).append("# ").append(offset).append(name).append(":\n");
  }

  /** A comment, its words wrapped at {@link #WIDTH} columns, every line starting at column. */
  private static void comment(StringBuilder out, int column, String text) {
    String prefix = " ".repeat(column) + "# ";
    int room = Math.max(WIDTH - prefix.length(), 40);
    StringBuilder line = new StringBuilder();
    // A citation's "Rec. 7" stays on one line.
    for (String word : text.strip().split("(?<!Rec\\.) +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        out.append(prefix).append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(prefix).append(line).append('\n');
  }

  /** A section's title: the words of this language, else the schema's description. */
  private static String sectionTitle(Part p, Properties words) {
    String title = words.getProperty("section." + p.pointer());
    return title != null ? title.strip() : p.schema().path("description").asString("");
  }

  /**
   * The question that collects a fact: the catalogue's for a fact a built-in check reads, else this
   * class's words for it (by its pointer with list indexes as {@code *}, then by its yes/no
   * object's pointer and {@code *}, then by its name under {@code *}), with the item's number for
   * {@code {n}} and the key for {@code {key}}.
   */
  private String question(String pointer, Properties words) {
    if (Catalogue.hasQuestion(pointer)) {
      return Catalogue.question(pointer, language);
    }
    String key = pointer.replaceAll("/\\d+(?=/|$)", "/*");
    String last = key.substring(key.lastIndexOf('/') + 1);
    String parent = key.substring(0, key.lastIndexOf('/'));
    for (String candidate : List.of(key, parent + "/*", "*/" + last)) {
      String text = words.getProperty("question." + candidate);
      if (text != null) {
        return text.strip().replace("{n}", "1").replace("{key}", last);
      }
    }
    throw new IllegalStateException("no question for " + pointer + " in " + language);
  }

  private static String answerLine(Properties words, String answer, boolean required) {
    return word(words, required ? "answer.required" : "answer").replace("{answer}", answer);
  }

  /** The answers a fact takes, from its schema: the type, constants, range, format or pattern. */
  private static String answer(Part p, Properties words) {
    JsonNode s = p.schema();
    String type = s.path("type").asString("");
    switch (type) {
      case "boolean":
        return word(words, "answer.boolean");
      case "integer":
      case "number":
        {
          String kind = type.equals("integer") ? "whole" : "number";
          JsonNode min = s.get("minimum");
          JsonNode max = s.get("maximum");
          boolean bounded = max != null && max.asLong() != Integer.MAX_VALUE;
          if (min != null && bounded) {
            return word(words, "answer." + kind + "Range")
                .replace("{min}", plain(min))
                .replace("{max}", plain(max));
          }
          if (min != null) {
            return word(words, "answer." + kind + "From").replace("{min}", plain(min));
          }
          return word(words, "answer." + kind);
        }
      default:
        break;
    }
    if (s.has("enum")) {
      List<String> values = new ArrayList<>();
      s.get("enum").forEach(v -> values.add(v.stringValue()));
      return word(words, "answer.enum").replace("{values}", String.join(", ", values));
    }
    if (s.path("format").asString("").equals("date")) {
      return word(words, p.pointer().equals("/assessedOn") ? "answer.date" : "answer.dateNotAfter");
    }
    if (s.has("pattern")) {
      Matcher code = CODE.matcher(s.get("pattern").stringValue());
      return code.matches()
          ? word(words, "answer.code").replace("{n}", code.group(1))
          : word(words, "answer.pattern").replace("{pattern}", s.get("pattern").stringValue());
    }
    return word(words, s.path("minLength").asInt(0) > 0 ? "answer.textNotEmpty" : "answer.text");
  }

  private static String plain(JsonNode number) {
    return new BigDecimal(number.asString()).toPlainString();
  }

  /** Which checks read a fact, with each one's place in the chapter; or that none does. */
  private static String readBy(
      String pointer,
      Properties words,
      Map<String, List<CheckInfo>> readers,
      Publication publication) {
    List<CheckInfo> checks = readers.get(pointer);
    if (checks == null) {
      return word(words, pointer.matches(".*/\\d+/.*") ? "readBy.list" : "readBy.none");
    }
    List<String> cited = new ArrayList<>();
    for (CheckInfo c : checks) {
      cited.add(c.id() + " (" + publication.cite(c.seedLines()) + ")");
    }
    return word(words, "readBy")
        .replace("{checks}", String.join(word(words, "readBy.and") + " ", cited));
  }

  /**
   * The checks that read each fact, in catalogue order, by the fact's pointer: the evidence of the
   * standard checks assessing this profile, every fact unknown.
   */
  private Map<String, List<CheckInfo>> readers() {
    Catalogue catalogue = Catalogue.standard();
    Map<String, Integer> order = new HashMap<>();
    for (Check c : catalogue.checks()) {
      order.put(c.info().id(), order.size());
    }
    Map<String, Set<CheckInfo>> found = new LinkedHashMap<>();
    for (Finding f : Assessor.of(catalogue).assess(profile).findings()) {
      for (Evidence e : f.evidence()) {
        found.computeIfAbsent(e.pointer(), k -> new LinkedHashSet<>()).add(f.check());
      }
    }
    Map<String, List<CheckInfo>> readers = new HashMap<>();
    found.forEach(
        (pointer, checks) -> {
          List<CheckInfo> sorted = new ArrayList<>(checks);
          sorted.sort(
              Comparator.comparingInt(
                  (CheckInfo c) -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
          readers.put(pointer, List.copyOf(sorted));
        });
    return readers;
  }

  // ------------------------------------------------------------------------------- the identity

  /** The value of a fact every profile states: the name, the country or the date. */
  private String identity(String name) {
    return switch (name) {
      case "name" -> profile.name();
      case "country" -> profile.country();
      case "assessedOn" -> profile.assessedOn().toString();
      default ->
          throw new IllegalStateException(
              "the profile schema requires \"" + name + "\", which a blank profile cannot state");
    };
  }

  /**
   * The identity fact's value as YAML: the name in double quotes, every character that YAML might
   * not keep (controls, format characters, line and paragraph separators, non-characters) escaped;
   * the country and the date plain.
   */
  private String yamlValue(String name) {
    String value = identity(name);
    if (!name.equals("name")) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (needsEscape(c)) {
                out.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  private static boolean needsEscape(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  // -------------------------------------------------------------------------------------- words

  private Properties words() {
    return language.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  private static boolean isFrench(Locale locale) {
    return locale.getLanguage().equals("fr");
  }

  private static String word(Properties words, String key) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("BlankProfile.properties has no words for " + key);
    }
    return text.strip();
  }

  /** The words of {@code BlankProfile.properties}, each language's laid over the English ones. */
  private static Properties words(List<String> languages) {
    Properties words = new Properties();
    read(words, "BlankProfile.properties");
    for (String language : languages) {
      read(words, "BlankProfile_" + language + ".properties");
    }
    return words;
  }

  private static void read(Properties into, String name) {
    try (InputStream in = BlankProfile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
