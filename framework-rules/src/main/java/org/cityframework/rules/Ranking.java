package org.cityframework.rules;

import java.util.ArrayDeque;
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
 *
 * <p>The order is encoded in one number per finding, so ranking is a sort of numbers; the checks'
 * parts of the key are computed once, when the assessor is made.
 */
final class Ranking {
  private final int[] dependents;
  private final int[] weights;
  private final int[] efforts;

  /** Ranks findings of the given checks, which come in catalogue order. */
  Ranking(List<CheckInfo> checks) {
    Map<String, Set<String>> builtOnBy = new HashMap<>();
    for (CheckInfo c : checks) {
      for (String pre : c.prerequisites()) {
        builtOnBy.computeIfAbsent(pre, k -> new HashSet<>()).add(c.id());
      }
    }
    int n = checks.size();
    this.dependents = new int[n];
    this.weights = new int[n];
    this.efforts = new int[n];
    for (int i = 0; i < n; i++) {
      CheckInfo c = checks.get(i);
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(builtOnBy.getOrDefault(c.id(), Set.of()));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (seen.add(next)) {
          todo.addAll(builtOnBy.getOrDefault(next, Set.of()));
        }
      }
      dependents[i] = seen.size();
      weights[i] = c.weight();
      efforts[i] = c.effort().ordinal();
    }
  }

  /**
   * The sort key of the finding of check {@code index}: smaller comes first. From the most to the
   * least significant part: tier, foundation (more dependents first), gap size, weight (heavier
   * first), effort (lower first), catalogue position.
   */
  long key(int index, Status status, boolean waived) {
    long key = tier(status, waived);
    key = key << 16 | (0xFFFF - Math.min(dependents[index], 0xFFFF));
    key = key << 1 | (status == Status.NOT_MET ? 0 : 1);
    key = key << 4 | (15 - weights[index]);
    key = key << 2 | efforts[index];
    return key << 20 | index;
  }

  /** The check index a sort key belongs to. */
  static int index(long key) {
    return (int) (key & 0xFFFFF);
  }

  /** The priority of a finding of check {@code index}. */
  Priority priority(int index, Status status, boolean waived) {
    if (waived || !(status.isGap() || status == Status.NOT_ASSESSED)) {
      return Priority.NONE;
    }
    boolean foundation = dependents[index] > 0;
    if (status == Status.NOT_ASSESSED) {
      return foundation ? Priority.MEDIUM : Priority.LOW;
    }
    if (foundation || (status == Status.NOT_MET && weights[index] >= 3)) {
      return Priority.HIGH;
    }
    return weights[index] >= 2 ? Priority.MEDIUM : Priority.LOW;
  }

  private static int tier(Status status, boolean waived) {
    if (waived) {
      return 2;
    }
    return switch (status) {
      case NOT_MET, PARTLY_MET -> 0;
      case NOT_ASSESSED -> 1;
      case MET -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }
}
