package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A fact worth collecting: one the profile leaves unknown that would narrow the verdicts of the
 * assessment, with a question in plain words that collects it ({@link Assessment#toCollect()}).
 *
 * @param pointer the fact's JSON Pointer in the profile, for example {@code
 *     /regulation/safeguards/SECURITY}
 * @param text the question, in plain words
 * @param decides the checks whose verdicts the answer could narrow, in rank order
 * @param weight the total weight of those checks
 * @param foundation how many checks build on the most fundamental of them, directly or through
 *     others (0 when none is a foundation)
 */
public record Question(
    String pointer, String text, List<String> decides, int weight, int foundation) {

  /** Creates a question; the check ids are copied. */
  public Question {
    requireNonNull(pointer, "pointer");
    requireNonNull(text, "text");
    decides = List.copyOf(decides);
    if (decides.isEmpty()) {
      throw new IllegalArgumentException("a question decides at least one check");
    }
  }

  @Override
  public String toString() {
    return text + " (" + pointer + "; decides " + String.join(", ", decides) + ")";
  }
}
