package org.cityframework.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the facts show an action already done: alternatives joined by {@code " | "}, each a
 * conjunction of terms joined by {@code " & "}, each term {@code pointer=value} or {@code
 * pointer>=number}, matched against a finding's evidence ({@link CheckInfo#actionsDoneWhen()}). The
 * empty text is never done.
 */
final class DoneWhen {
  private static final Map<String, DoneWhen> PARSED = new ConcurrentHashMap<>();
  private static final DoneWhen NEVER = new DoneWhen(List.of());

  /** A term: the pointer, the value, and whether it is a lower bound ({@code >=}). */
  private record Term(String pointer, String value, boolean atLeast) {
    boolean holds(List<Evidence> evidence) {
      for (Evidence e : evidence) {
        if (e.pointer().equals(pointer)) {
          Optional<String> seen = e.value();
          if (seen.isEmpty()) {
            return false;
          }
          return atLeast ? atLeast(seen.get(), value) : seen.get().equals(value);
        }
      }
      return false;
    }

    private static boolean atLeast(String seen, String least) {
      try {
        return new BigDecimal(seen).compareTo(new BigDecimal(least)) >= 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }

  private final List<List<Term>> alternatives;

  private DoneWhen(List<List<Term>> alternatives) {
    this.alternatives = alternatives;
  }

  /** The parsed condition; made once per text. */
  static DoneWhen of(String text) {
    if (text.isBlank()) {
      return NEVER;
    }
    return PARSED.computeIfAbsent(text, DoneWhen::parse);
  }

  /** What is wrong with a condition's text, or null when it parses. */
  static String problem(String text) {
    try {
      of(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static DoneWhen parse(String text) {
    List<List<Term>> alternatives = new ArrayList<>();
    for (String alternative : text.split(" \\| ")) {
      List<Term> terms = new ArrayList<>();
      for (String term : alternative.split(" & ")) {
        String t = term.strip();
        boolean atLeast = t.contains(">=");
        int at = atLeast ? t.indexOf(">=") : t.indexOf('=');
        if (!t.startsWith("/") || at < 2 || at == t.length() - (atLeast ? 2 : 1)) {
          throw new IllegalArgumentException(
              "\"" + t + "\" is not pointer=value or pointer>=number");
        }
        String value = t.substring(at + (atLeast ? 2 : 1));
        if (atLeast) {
          try {
            new BigDecimal(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + t + "\" compares with no number", e);
          }
        }
        terms.add(new Term(t.substring(0, at), value, atLeast));
      }
      alternatives.add(List.copyOf(terms));
    }
    return new DoneWhen(List.copyOf(alternatives));
  }

  /** Whether the evidence shows every term of some alternative. */
  boolean holds(List<Evidence> evidence) {
    for (List<Term> terms : alternatives) {
      boolean all = true;
      for (Term t : terms) {
        all &= t.holds(evidence);
      }
      if (all && !terms.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
