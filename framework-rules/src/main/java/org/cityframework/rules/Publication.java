package org.cityframework.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication the built-in checks come from, OECD (2021), chapter 5, and where each line of the
 * project's copy of the chapter (the seed lines the checks cite, {@code L1} to {@code L303}) sits
 * in it: a recommendation's title, one of its bullets, or the text around them.
 *
 * <p>A citation a reader can follow names the recommendation and bullet, with the seed line beside
 * it: {@code "Rec. 7, bullet 4, L193"}. Bullets are counted through the whole recommendation,
 * across its lists, top-level bullets only, as the check ids count them ({@code R7.4} is bullet 4
 * of recommendation 7); a sub-bullet is {@code "bullet 2, sub-bullet 1"}. A line that is not a
 * bullet is cited by its place: the recommendation's {@code title}, its {@code opening text}
 * (before its first bullet), the {@code text after bullet N}, or the {@code chapter introduction}.
 * The outline is data, in {@code Publication.properties}. Immutable and thread-safe.
 */
public final class Publication {
  private static final Pattern LINES =
      Pattern.compile("\\bL(\\d{1,6})(-\\d{1,6})?(?:, L\\d{1,6}(?:-\\d{1,6})?)*\\b");
  private static final Pattern LINE = Pattern.compile("L(\\d{1,6})(-\\d{1,6})?");
  private static final Publication CHAPTER = load(List.of());
  private static final Publication FRENCH = load(List.of("fr"));

  private final Properties data;

  /** Line to outline key ("R7", "R7.4", "R1.2.1"), in line order. */
  private final TreeMap<Integer, String> outline;

  private Publication(Properties data, TreeMap<Integer, String> outline) {
    this.data = data;
    this.outline = outline;
  }

  /** The publication of the built-in checks: OECD (2021), chapter 5, cited in English. */
  public static Publication chapter() {
    return CHAPTER;
  }

  /**
   * The publication of the built-in checks, cited in the language of {@code locale} where the
   * library has it (French: {@code "Rec. 7, point 4"}, {@code "introduction du chapitre"}), in
   * English otherwise. The publication itself is in English only, so its titles stay in English in
   * every language and the French reference says so. The JVM's default locale plays no part.
   */
  public static Publication chapter(Locale locale) {
    return locale.getLanguage().equals("fr") ? FRENCH : CHAPTER;
  }

  /** The author and publisher as an organisation: {@code OECD}. */
  public String author() {
    return text("author");
  }

  /** The year of publication. */
  public int year() {
    return Integer.parseInt(text("year"));
  }

  /** The publication's title. */
  public String title() {
    return text("title");
  }

  /** The chapter's number in the publication: 5. */
  public int chapterNumber() {
    return Integer.parseInt(text("chapter"));
  }

  /** The chapter's title. */
  public String chapterTitle() {
    return text("chapterTitle");
  }

  /** The publisher: {@code OECD Publishing}. */
  public String publisher() {
    return text("publisher");
  }

  /** Where it is published: {@code Paris}. */
  public String place() {
    return text("place");
  }

  /** The publication's DOI, for example {@code 10.1787/...}. */
  public String doi() {
    return text("doi");
  }

  /** The DOI as a link: {@code https://doi.org/...}. */
  public String url() {
    return "https://doi.org/" + doi();
  }

  /**
   * The full reference, in the OECD's own style: {@code OECD (2021), "Building innovation and data
   * use capacity in city government", chapter 5 in Innovation and Data Use in Cities: A Road to
   * Increased Well-being, OECD Publishing, Paris, https://doi.org/...}.
   */
  public String reference() {
    return words(
        "reference",
        author(),
        Integer.toString(year()),
        chapterTitle(),
        Integer.toString(chapterNumber()),
        title(),
        publisher(),
        place(),
        url());
  }

  /** That this library is an independent implementation, not an OECD product. */
  public String independence() {
    return words("independence", author());
  }

  /** How citations are written, in one sentence for a report's footer. */
  public String howCitationsRead() {
    return words("howCitationsRead", Integer.toString(chapterNumber()));
  }

  /**
   * Where a seed line sits in the chapter, in words a reader can find: {@code "Rec. 7, bullet 4"},
   * {@code "Rec. 1, bullet 2, sub-bullet 1"}, {@code "Rec. 7, title"}, {@code "Rec. 7, opening
   * text"}, {@code "Rec. 1, text after bullet 5"}, {@code "chapter title"}, {@code "chapter
   * introduction"}, {@code "references"}, {@code "rights notice"}; empty for a line past the end of
   * the chapter or before it.
   */
  public Optional<String> locate(int line) {
    return place(line)
        .map(p -> p.recommendation().map(r -> r + ", " + p.words()).orElse(p.words()));
  }

  /** Where a seed line sits: the recommendation, if any, and the place within it. */
  private Optional<Place> place(int line) {
    if (line < 1 || line > number("last.line")) {
      return Optional.empty();
    }
    if (line >= number("rights.line")) {
      return Optional.of(new Place(Optional.empty(), words("rights")));
    }
    if (line >= number("references.line")) {
      return Optional.of(new Place(Optional.empty(), words("references")));
    }
    Map.Entry<Integer, String> at = outline.floorEntry(line);
    if (at == null) {
      return Optional.of(
          new Place(
              Optional.empty(),
              words(line == number("chapterTitle.line") ? "chapterTitle" : "introduction")));
    }
    String[] key = at.getValue().substring(1).split("\\.");
    Optional<String> rec = Optional.of(words("recommendation", key[0]));
    if (at.getKey() == line) {
      return Optional.of(
          new Place(
              rec,
              switch (key.length) {
                case 1 -> words("title");
                case 2 -> words("bullet", key[1]);
                default -> words("subBullet", key[1], key[2]);
              }));
    }
    return Optional.of(new Place(rec, key.length == 1 ? words("opening") : words("after", key[1])));
  }

  /** A place in the chapter: the recommendation's words ("Rec. 7"), if any, and the place's. */
  private record Place(Optional<String> recommendation, String words) {}

  /**
   * The seed line of a recommendation's bullet: {@code bulletLine(7, 4)} is 193. Empty when the
   * recommendation has no such bullet; bullet 0 is the recommendation's title.
   */
  public Optional<Integer> bulletLine(int recommendation, int bullet) {
    String key = bullet == 0 ? "R" + recommendation : "R" + recommendation + "." + bullet;
    return Optional.ofNullable(data.getProperty(key)).map(String::strip).map(Integer::valueOf);
  }

  /**
   * A citation of seed lines, each with its place: {@code cite(List.of(181, 183))} is {@code "Rec.
   * 7, title, L181; opening text, L183"}. Lines in the same place share it, the recommendation is
   * named once while it does not change, and a line outside the chapter is cited by its number
   * alone.
   */
  public String cite(List<Integer> lines) {
    List<String> labels = new ArrayList<>();
    for (int line : lines) {
      labels.add("L" + line);
    }
    return cite(lines, labels);
  }

  /**
   * The text with every run of seed-line references ({@code L23}, {@code L23, L43}, {@code
   * L227-235}) cited with its place: {@code "(L23, L43)"} becomes {@code "(Rec. 1, opening text,
   * L23; text after bullet 5, L43)"}.
   */
  public String citeIn(String text) {
    Matcher run = LINES.matcher(text);
    StringBuilder out = new StringBuilder();
    while (run.find()) {
      List<Integer> lines = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      Matcher one = LINE.matcher(run.group());
      while (one.find()) {
        lines.add(Integer.valueOf(one.group(1)));
        labels.add(one.group());
      }
      run.appendReplacement(out, Matcher.quoteReplacement(cite(lines, labels)));
    }
    run.appendTail(out);
    return out.toString();
  }

  private String cite(List<Integer> lines, List<String> labels) {
    StringBuilder out = new StringBuilder();
    String rec = null;
    Place place = null;
    for (int i = 0; i < lines.size(); i++) {
      Optional<Place> where = place(lines.get(i));
      if (where.isPresent() && where.get().equals(place)) {
        out.append(", ").append(labels.get(i));
        continue;
      }
      if (out.length() > 0) {
        out.append(words("semicolon")).append(' ');
      }
      place = where.orElse(null);
      if (where.isEmpty()) {
        out.append(labels.get(i));
        continue;
      }
      String recHere = where.get().recommendation().orElse(null);
      String words = where.get().words();
      if (recHere != null && !recHere.equals(rec)) {
        words = recHere + ", " + words;
      }
      rec = recHere;
      out.append(words).append(", ").append(labels.get(i));
    }
    return out.toString();
  }

  /**
   * The words under {@code words.<key>}, with {@code {0}}, {@code {1}} ... replaced by the
   * arguments in order.
   */
  private String words(String key, String... arguments) {
    String words = text("words." + key);
    for (int i = 0; i < arguments.length; i++) {
      words = words.replace("{" + i + "}", arguments[i]);
    }
    return words;
  }

  private String text(String key) {
    return data.getProperty(key).strip();
  }

  private int number(String key) {
    return Integer.parseInt(text(key));
  }

  /**
   * The publication's data, with the words of each language in {@code languages} laid over the
   * English ones ({@code Publication_fr.properties}).
   */
  private static Publication load(List<String> languages) {
    Properties data = new Properties();
    read(data, "Publication.properties");
    TreeMap<Integer, String> outline = new TreeMap<>();
    for (String key : data.stringPropertyNames()) {
      if (key.matches("R\\d+(\\.\\d+){0,2}")) {
        outline.put(Integer.valueOf(data.getProperty(key).strip()), key);
      }
    }
    for (String language : languages) {
      read(data, "Publication_" + language + ".properties");
    }
    return new Publication(data, outline);
  }

  private static void read(Properties data, String name) {
    try (InputStream in = Publication.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      data.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
