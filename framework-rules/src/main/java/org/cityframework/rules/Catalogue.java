package org.cityframework.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A validated set of checks in catalogue order: the 84 built-in checks, {@code R1.0} to {@code
 * R10.7}, in the chapter's order, then any checks of one's own, by recommendation and id.
 *
 * <p>Loading validates the metadata: ids are unique, related checks and prerequisites exist, and
 * prerequisites do not form a cycle. Every problem is reported at once. A catalogue is immutable
 * and thread-safe.
 */
public final class Catalogue {
  /** Built-in checks first in chapter order, then others by recommendation and id. */
  static final Comparator<CheckInfo> ORDER =
      Comparator.comparing((CheckInfo c) -> !c.isBuiltIn())
          .thenComparingInt(CheckInfo::recommendation)
          .thenComparingInt(c -> c.isBuiltIn() ? bullet(c.id()) : 0)
          .thenComparing(CheckInfo::id);

  private static final Catalogue STANDARD = load(Locale.ROOT, List.of());

  /** The languages the built-in checks' words are in: English, then French. */
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private final List<Check> checks;
  private final Map<String, Check> byId;

  private Catalogue(List<Check> checks) {
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(Check::info, ORDER));
    this.checks = List.copyOf(sorted);
    Map<String, Check> index = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Check check : this.checks) {
      if (index.putIfAbsent(check.info().id(), check) != null) {
        problems.add("the id " + check.info().id() + " is used by more than one check");
      }
    }
    for (Check check : this.checks) {
      CheckInfo info = check.info();
      for (String id : info.related()) {
        if (!index.containsKey(id)) {
          problems.add(info.id() + " relates to " + id + ", which is not in the catalogue");
        }
      }
      for (String id : info.prerequisites()) {
        if (!index.containsKey(id)) {
          problems.add(info.id() + " builds on " + id + ", which is not in the catalogue");
        }
      }
    }
    if (problems.isEmpty()) {
      findCycle(index).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "invalid check catalogue:\n  " + String.join("\n  ", problems));
    }
    this.byId = Map.copyOf(index);
  }

  /** The 84 built-in checks, in English. */
  public static Catalogue standard() {
    return STANDARD;
  }

  /**
   * The 84 built-in checks, with their words (summary, why, rule, actions, and the citations in
   * them) in the language of {@code locale}: French for {@link Locale#FRENCH} or any French locale
   * ({@code fr-CA}), English for every other locale ({@link #languages()}). Only the locale's
   * language counts, never the JVM's default locale. For a report in French, assess with {@code
   * Catalogue.standard(Locale.FRENCH)} and render with the same locale ({@code
   * ReportFormat.render(assessment, width, Locale.FRENCH)} in {@code framework-report}).
   */
  public static Catalogue standard(Locale locale) {
    return locale.getLanguage().equals("fr") ? French.CATALOGUE : STANDARD;
  }

  /**
   * The languages the built-in checks' words are in: English ({@code en}) and French ({@code fr}).
   */
  public static List<Locale> languages() {
    return LANGUAGES;
  }

  /**
   * The question, in plain words, that collects the fact at {@code pointer} of a city profile, in
   * the language of {@code locale} (French for a French locale, else English): the words of {@link
   * Evidence#question(Locale)} and {@link Assessment#toCollect(Locale)}, for a questionnaire, a
   * survey or a blank profile. A fact in a list names its item ("Which indicator measures progress
   * towards goal 2?" for {@code /strategy/goals/1/indicator}); a pointer no built-in check reads
   * gets a question naming the pointer.
   *
   * @param pointer the fact's JSON Pointer in the profile, list items by index
   * @param locale the language of the words
   */
  public static String question(String pointer, Locale locale) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
    }
    return Questions.text(pointer, Questions.words(locale));
  }

  /**
   * Whether the built-in checks have a question of their own for the fact at {@code pointer}
   * ({@link #question(String, Locale)}), rather than one naming the pointer: the facts a built-in
   * check reads.
   */
  public static boolean hasQuestion(String pointer) {
    return Questions.hasWords(pointer);
  }

  /**
   * The check's description with its words in the language of {@code locale}, when it is a check of
   * the standard catalogue in one of its languages; otherwise (a check of one's own, or a built-in
   * id with words of its own) the description itself.
   */
  static CheckInfo wordsOf(CheckInfo info, Locale locale) {
    if (!info.isBuiltIn()) {
      return info;
    }
    Optional<CheckInfo> wanted = standard(locale).check(info.id()).map(Check::info);
    if (wanted.isEmpty() || wanted.get().equals(info)) {
      return info;
    }
    for (Locale language : LANGUAGES) {
      if (standard(language).check(info.id()).map(Check::info).filter(info::equals).isPresent()) {
        return wanted.get();
      }
    }
    return info;
  }

  /** The French catalogue, loaded when first asked for. */
  private static final class French {
    static final Catalogue CATALOGUE = load(Locale.FRENCH, List.of());
  }

  /**
   * The built-in checks plus those of every {@link CheckProvider} found by the {@link
   * ServiceLoader}.
   */
  public static Catalogue installed() {
    List<Check> extra = new ArrayList<>();
    ServiceLoader.load(CheckProvider.class).forEach(p -> extra.addAll(p.checks()));
    return extra.isEmpty() ? STANDARD : STANDARD.with(extra);
  }

  /** A catalogue of exactly the given checks. */
  public static Catalogue of(Collection<? extends Check> checks) {
    return new Catalogue(List.copyOf(checks));
  }

  /** This catalogue with more checks added. */
  public Catalogue with(Collection<? extends Check> more) {
    List<Check> all = new ArrayList<>(checks);
    all.addAll(more);
    return new Catalogue(all);
  }

  /** Every check, in catalogue order. */
  public List<Check> checks() {
    return checks;
  }

  /** The check with the given id. */
  public Optional<Check> check(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The publication the built-in checks come from, with its full reference and where each seed line
   * sits in it.
   */
  public Publication source() {
    return Publication.chapter();
  }

  /** How many checks there are. */
  public int size() {
    return checks.size();
  }

  /** The built-in checks with their words in {@code locale}, loaded afresh, then {@code extra}. */
  static Catalogue load(Locale locale, List<Check> extra) {
    Checklist list = new Checklist(CheckTexts.load(locale));
    BuiltInChecks.declare(list);
    List<Check> all = new ArrayList<>(list.checks());
    all.addAll(extra);
    return new Catalogue(all);
  }

  private static int bullet(String id) {
    return Integer.parseInt(id.substring(id.indexOf('.') + 1));
  }

  private static Optional<String> findCycle(Map<String, Check> index) {
    Map<String, Integer> state = new HashMap<>();
    for (String id : index.keySet()) {
      List<String> path = new ArrayList<>();
      if (visit(id, index, state, path, new HashSet<>())) {
        return Optional.of("prerequisites form a cycle: " + String.join(" -> ", path));
      }
    }
    return Optional.empty();
  }

  private static boolean visit(
      String id,
      Map<String, Check> index,
      Map<String, Integer> state,
      List<String> path,
      Set<String> onPath) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return false;
    }
    path.add(id);
    if (!onPath.add(id)) {
      return true;
    }
    state.put(id, 1);
    for (String pre : index.get(id).info().prerequisites()) {
      if (visit(pre, index, state, path, onPath)) {
        return true;
      }
    }
    onPath.remove(id);
    path.remove(path.size() - 1);
    state.put(id, 2);
    return false;
  }
}
