package org.cityframework.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.cityframework.core.Implications;

/**
 * The questions that collect the facts a profile leaves unknown, ranked by how much they would
 * decide: the facts bearing on foundations first (the more checks build on a finding the fact could
 * narrow, the earlier), then by the total weight of the findings they could narrow, then by how
 * many, then by the rank of the first of them. The words are in the resource bundle {@code
 * org.cityframework.rules.Questions}, keyed by the fact's pointer with list indexes as {@code *}.
 */
final class Questions {
  static final String BUNDLE = "org.cityframework.rules.Questions";
  private static final ResourceBundle WORDS = CheckTexts.bundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle FRENCH = CheckTexts.bundle(BUNDLE, Locale.FRENCH);

  private Questions() {}

  /**
   * The ranked questions of an assessment's undecided findings, from their unknown evidence. A
   * finding counts for each unknown fact it read, and for each unknown fact that could decide one
   * of them through an implication ({@link Implications#premisesOf}): no strategy at all would
   * decide what the strategy covers, so the strategy's status decides those findings too.
   */
  static List<Question> of(List<Finding> findings) {
    return of(findings, Locale.ROOT);
  }

  /** The ranked questions of {@link #of(List)}, their words in the language of {@code locale}. */
  static List<Question> of(List<Finding> findings, Locale locale) {
    ResourceBundle words = words(locale);
    Map<String, List<Finding>> byFact = byFact(findings);
    List<Question> questions = new ArrayList<>(byFact.size());
    Map<String, Integer> firstRank = new LinkedHashMap<>();
    byFact.forEach(
        (pointer, narrowed) -> {
          int weight = 0;
          int foundation = 0;
          List<String> ids = new ArrayList<>(narrowed.size());
          for (Finding f : narrowed) {
            weight += f.check().weight();
            foundation = Math.max(foundation, f.dependents());
            ids.add(f.checkId());
          }
          questions.add(new Question(pointer, text(pointer, words), ids, weight, foundation));
          firstRank.put(pointer, narrowed.get(0).rank());
        });
    questions.sort(
        Comparator.comparingInt((Question q) -> -q.foundation())
            .thenComparingInt(q -> -q.weight())
            .thenComparingInt(q -> -q.decides().size())
            .thenComparingInt(q -> firstRank.get(q.pointer()))
            .thenComparing(Question::pointer));
    return List.copyOf(questions);
  }

  /**
   * The facts of {@link #of(List)}'s questions, without their words or ranking: per fact the
   * profile leaves unknown that could narrow an undecided, unwaived finding (read by it, or
   * deciding one it read through an implication), those findings, in the order first met.
   */
  static Map<String, List<Finding>> byFact(List<Finding> findings) {
    Set<String> unknown = new HashSet<>();
    for (Finding f : findings) {
      for (Evidence e : f.evidence()) {
        if (!e.isKnown()) {
          unknown.add(e.pointer());
        }
      }
    }
    Map<String, List<Finding>> byFact = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.verdict().isDecided() || f.isWaived()) {
        continue;
      }
      Set<String> facts = new LinkedHashSet<>();
      for (Evidence e : f.evidence()) {
        if (!e.isKnown()) {
          facts.add(e.pointer());
          for (String premise : Implications.premisesOf(e.pointer())) {
            if (unknown.contains(premise)) {
              facts.add(premise);
            }
          }
        }
      }
      for (String fact : facts) {
        byFact.computeIfAbsent(fact, k -> new ArrayList<>()).add(f);
      }
    }
    return byFact;
  }

  /**
   * The question that collects the fact at {@code pointer}: its words, with the number of the list
   * item for {@code {n}}; for a fact with no words of its own (a check of one's own reading a fact
   * the catalogue does not), a question naming the pointer.
   */
  static String text(String pointer) {
    return text(pointer, WORDS);
  }

  /** The words of the questions in the language of {@code locale}: French or English. */
  static ResourceBundle words(Locale locale) {
    return locale.getLanguage().equals("fr") ? FRENCH : WORDS;
  }

  /** Whether the fact at {@code pointer} has words of its own in the English questions. */
  static boolean hasWords(String pointer) {
    return WORDS.containsKey(key(pointer));
  }

  /** The bundle key of a pointer: list indexes as {@code *}. */
  private static String key(String pointer) {
    StringBuilder key = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      key.append('/');
      key.append(!token.isEmpty() && token.chars().allMatch(Character::isDigit) ? "*" : token);
    }
    return key.toString();
  }

  /** The question of {@link #text(String)}, in the words of the given bundle. */
  static String text(String pointer, ResourceBundle words) {
    StringBuilder key = new StringBuilder();
    int item = -1;
    for (String token : pointer.substring(1).split("/", -1)) {
      key.append('/');
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        key.append('*');
        if (item < 0) {
          item = Integer.parseInt(token) + 1;
        }
      } else {
        key.append(token);
      }
    }
    if (!words.containsKey(key.toString())) {
      return words.getString("unknownFact").strip().replace("{pointer}", pointer);
    }
    String text = words.getString(key.toString()).strip();
    return item < 0 ? text : text.replace("{n}", Integer.toString(item));
  }
}
