package org.cityframework.collect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cityframework.rules.Catalogue;

/**
 * A survey to set up: a mapping with one column per fact of a city profile, each column headed by
 * the question that collects its fact ({@link Catalogue#question(String, Locale)}), and the CSV
 * header of the export such a survey gives. The mapping reads that export as it is ({@link
 * SurveyMapping}); a survey that asks fewer questions keeps only their columns.
 *
 * <pre>{@code
 * SurveyTemplate template = SurveyTemplate.of(3);
 * Files.writeString(dir.resolve("mapping.yaml"), template.mapping(Locale.ENGLISH));
 * Files.writeString(dir.resolve("survey-header.csv"), template.csvHeader(Locale.ENGLISH));
 * }</pre>
 *
 * <p>Lists (goals, budget lines, barriers, sources) get the columns of their first {@code
 * itemsPerList} items. The same arguments give the same text, byte for byte. Immutable and
 * thread-safe.
 */
public final class SurveyTemplate {
  /** The most items of each list a template may have columns for. */
  public static final int MAX_ITEMS_PER_LIST = 20;

  /** The facts that say which city and when, first in a survey. */
  private static final List<String> IDENTITY =
      List.of("/name", "/country", "/assessedOn", "/population", "/surveyWave");

  private final List<String> pointers;

  private SurveyTemplate(List<String> pointers) {
    this.pointers = List.copyOf(pointers);
  }

  /**
   * The template with columns for the first {@code itemsPerList} items of each list.
   *
   * @throws IllegalArgumentException when itemsPerList is not from 1 to {@value
   *     #MAX_ITEMS_PER_LIST}
   */
  public static SurveyTemplate of(int itemsPerList) {
    if (itemsPerList < 1 || itemsPerList > MAX_ITEMS_PER_LIST) {
      throw new IllegalArgumentException(
          "a template has columns for 1 to " + MAX_ITEMS_PER_LIST + " items of each list");
    }
    ProfileFacts facts = ProfileFacts.standard();
    List<String> pointers = new ArrayList<>(IDENTITY);
    for (String pattern : facts.all().keySet()) {
      if (IDENTITY.contains(pattern)) {
        continue;
      }
      if (!pattern.contains("*")) {
        pointers.add(pattern);
        continue;
      }
      for (int i = 0; i < itemsPerList; i++) {
        pointers.add(pattern.replace("*", String.valueOf(i)));
      }
    }
    return new SurveyTemplate(itemsInOrder(pointers, itemsPerList));
  }

  /** The pointers with each list's items one after another rather than fact by fact. */
  private static List<String> itemsInOrder(List<String> pointers, int items) {
    List<String> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    ProfileFacts facts = ProfileFacts.standard();
    for (String p : pointers) {
      if (done.contains(p)) {
        continue;
      }
      String list =
          facts.lists().stream().filter(l -> p.startsWith(l + "/")).findFirst().orElse(null);
      if (list == null) {
        out.add(p);
        done.add(p);
        continue;
      }
      List<String> itemFacts =
          facts.all().keySet().stream().filter(k -> k.startsWith(list + "/*/")).toList();
      for (int i = 0; i < items; i++) {
        for (String f : itemFacts) {
          String concrete = f.replace("*", String.valueOf(i));
          out.add(concrete);
          done.add(concrete);
        }
      }
    }
    return out;
  }

  /** The JSON Pointers of the facts, one per column, in the columns' order. */
  public List<String> facts() {
    return pointers;
  }

  /**
   * The header of each column, in the columns' order: the question that collects its fact, in the
   * language of {@code locale}; made unique, where two facts share a question, by the fact's
   * pointer in brackets.
   */
  public List<String> headers(Locale locale) {
    List<String> headers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String p : pointers) {
      String h = header(p, locale);
      if (!seen.add(Labels.key(h))) {
        h = h + " [" + p + "]";
        seen.add(Labels.key(h));
      }
      headers.add(h);
    }
    return headers;
  }

  private static String header(String pointer, Locale locale) {
    if (Catalogue.hasQuestion(pointer) || Catalogue.hasQuestion(pattern(pointer))) {
      return Catalogue.question(pointer, locale);
    }
    String description =
        ProfileFacts.standard()
            .fact(pattern(pointer))
            .map(ProfileFacts.Fact::description)
            .orElse("");
    return description.isEmpty() ? Catalogue.question(pointer, locale) : description;
  }

  private static String pattern(String pointer) {
    return pointer.replaceAll("/\\d+(?=/|$)", "/*");
  }

  /** The CSV header of the export: one column per fact, in the mapping's order, and a line end. */
  public String csvHeader(Locale locale) {
    List<String> cells = new ArrayList<>();
    for (String h : headers(locale)) {
      cells.add(csvCell(h));
    }
    return String.join(",", cells) + "\r\n";
  }

  /**
   * The mapping, as YAML: the answers that mean yes, no and unknown, the date format, and one
   * column per fact with a comment saying what it holds and how to answer it.
   */
  public String mapping(Locale locale) {
    StringBuilder y = new StringBuilder();
    y.append(
            "# A survey mapping for cityframework import (docs/survey-import.md): one column per\n")
        .append(
            "# fact of a city profile, each headed by the question that collects it. Rename a\n")
        .append("# column: to your survey's header; remove the columns your survey does not ask\n")
        .append("# (their facts stay unknown); list columns to leave out under ignore:.\n")
        .append("answers:\n")
        .append("  yes: [\"Yes\"]\n")
        .append("  no: [\"No\"]\n")
        .append("  unknown: [\"Don't know\"]\n")
        .append("dates: yyyy-MM-dd\n")
        .append("decimal: \".\"\n")
        .append("ignore: []\n")
        .append("columns:\n");
    List<String> headers = headers(locale);
    ProfileFacts facts = ProfileFacts.standard();
    for (int i = 0; i < pointers.size(); i++) {
      String p = pointers.get(i);
      ProfileFacts.Fact fact = facts.fact(pattern(p)).orElseThrow();
      y.append("  # ").append(comment(fact)).append('\n');
      y.append("  - column: ").append(yamlText(headers.get(i))).append('\n');
      y.append("    fact: ").append(p).append('\n');
    }
    return y.toString();
  }

  private static String comment(ProfileFacts.Fact fact) {
    String how =
        switch (fact.kind()) {
          case YES_NO -> "Yes, No or Don't know.";
          case WHOLE_NUMBER -> fact.percent() ? "A percentage from 0 to 100." : "A whole number.";
          case NUMBER -> "A number; for an amount in a currency, add currency: with its code.";
          case DATE -> "A date, as yyyy-MM-dd.";
          case CHOICE ->
              "One of "
                  + String.join(", ", fact.constants())
                  + " (or its words, such as "
                  + words(fact.constants().get(fact.constants().size() - 1))
                  + "); map other answers under values:.";
          case TEXT -> "A text.";
        };
    String text = fact.description().replace('\n', ' ');
    return (text.isEmpty() ? "" : text + " ") + how;
  }

  private static String words(String constant) {
    String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String yamlText(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        default -> s.append(c);
      }
    }
    return s.append('"').toString();
  }

  private static String csvCell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
