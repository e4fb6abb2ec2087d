package org.cityframework.collect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Small helpers for the words of messages: the closest names to a misspelt one, quoting. */
final class Words {
  private static final int MAX_QUOTED = 80;

  private Words() {}

  /**
   * The candidates closest to a name (by edit distance, case ignored), when close enough to be a
   * likely misspelling: at most a third of the name's length apart; at most three, nearest first.
   */
  static List<String> closest(String name, Collection<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, lower.length() / 3);
    List<String> found = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT), limit);
      if (d > limit) {
        continue;
      }
      if (d < best) {
        best = d;
        found.clear();
      }
      if (d == best && found.size() < 3) {
        found.add(c);
      }
    }
    return found;
  }

  /** Levenshtein distance (Commons Text), or -1 once it is more than {@code limit}. */
  private static int distance(String a, String b, int limit) {
    int d = new LevenshteinDistance(limit).apply(a, b);
    return d < 0 ? limit + 1 : d;
  }

  /** A text in double quotes, shortened to a readable length. */
  static String quoted(String text) {
    String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED - 3) + "..." : text;
    return "\"" + shown + "\"";
  }

  /** "1 row", "2 rows". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
