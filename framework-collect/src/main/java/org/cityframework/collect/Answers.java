package org.cityframework.collect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers that mean yes, no and "unknown" (keys as {@link Labels#key} makes them). A blank
 * answer is always unknown.
 *
 * @param yes the answers that mean yes
 * @param no the answers that mean no
 * @param unknown the answers that leave the fact unknown
 * @param yesLabels the answers meaning yes as the mapping writes them, for messages
 * @param noLabels the answers meaning no as the mapping writes them
 * @param unknownLabels the unknown answers as the mapping writes them
 */
record Answers(
    Set<String> yes,
    Set<String> no,
    Set<String> unknown,
    List<String> yesLabels,
    List<String> noLabels,
    List<String> unknownLabels) {
  /** The labels a survey tool writes by default. */
  static final Answers DEFAULT =
      new Answers(
          Set.of("yes"),
          Set.of("no"),
          Set.of("don't know"),
          List.of("Yes"),
          List.of("No"),
          List.of("Don't know"));

  static Set<String> keys(List<String> labels) {
    return labels.stream().map(Labels::key).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the answer (a key) leaves the fact unknown. */
  boolean isUnknown(String key) {
    return key.isEmpty() || unknown.contains(key);
  }
}
