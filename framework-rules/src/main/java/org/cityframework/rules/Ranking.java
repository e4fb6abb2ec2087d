package org.cityframework.rules;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documented order of findings ({@code docs/prioritisation.md}): open gaps before unknowns
 * before waived before met; among them foundations first (the more practices build on a check,
 * transitively, the earlier: the strategy is the linchpin, L91), then the size of the gap, the
 * weight, low effort first (quick wins, L129, L165), and finally catalogue order.
 */
final class Ranking {
  private final Map<String, Integer> dependents;

  Ranking(List<CheckInfo> checks) {
    Map<String, Set<String>> builtOnBy = new HashMap<>();
    for (CheckInfo c : checks) {
      for (String pre : c.prerequisites()) {
        builtOnBy.computeIfAbsent(pre, k -> new HashSet<>()).add(c.id());
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (CheckInfo c : checks) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(builtOnBy.getOrDefault(c.id(), Set.of()));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (seen.add(next)) {
          todo.addAll(builtOnBy.getOrDefault(next, Set.of()));
        }
      }
      counts.put(c.id(), seen.size());
    }
    this.dependents = Map.copyOf(counts);
  }

  /** How many checks build on this one, directly or through others. */
  int dependents(String id) {
    return dependents.getOrDefault(id, 0);
  }

  /** The order of unranked findings. */
  Comparator<Finding> order() {
    return Comparator.comparingInt((Finding f) -> tier(f))
        .thenComparing(Comparator.comparingInt((Finding f) -> dependents(f.checkId())).reversed())
        .thenComparingInt(f -> f.status() == Status.NOT_MET ? 0 : 1)
        .thenComparing(Comparator.comparingInt((Finding f) -> f.check().weight()).reversed())
        .thenComparing(f -> f.check().effort())
        .thenComparing(Finding::check, Catalogue.ORDER);
  }

  /** The priority of a finding. */
  Priority priority(Finding f) {
    if (f.isWaived() || !(f.status().isGap() || f.status() == Status.NOT_ASSESSED)) {
      return Priority.NONE;
    }
    boolean foundation = dependents(f.checkId()) > 0;
    int weight = f.check().weight();
    if (f.status() == Status.NOT_ASSESSED) {
      return foundation ? Priority.MEDIUM : Priority.LOW;
    }
    if (foundation || (f.status() == Status.NOT_MET && weight >= 3)) {
      return Priority.HIGH;
    }
    return weight >= 2 ? Priority.MEDIUM : Priority.LOW;
  }

  private static int tier(Finding f) {
    if (f.isWaived()) {
      return 2;
    }
    return switch (f.status()) {
      case NOT_MET, PARTLY_MET -> 0;
      case NOT_ASSESSED -> 1;
      case MET -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }
}
