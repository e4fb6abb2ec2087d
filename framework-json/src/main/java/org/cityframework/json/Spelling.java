package org.cityframework.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known word a misspelt one was probably meant to be: "did you mean `published`?". */
final class Spelling {
  private Spelling() {}

  /** The closest candidate within a small edit distance, ties broken by the candidates' order. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(2, word.length() / 4);
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance (Commons Text), bounded to words of ordinary length. */
  static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
