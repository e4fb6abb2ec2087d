package org.cityframework.rules;

import java.util.ArrayDeque;
import java.util.Arrays;
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
 * <p>Everything but the tier and whether a gap is not met (rather than partly met) is fixed per
 * check, so the checks are sorted once, when the assessor is made, each twice (as not met, and as
 * anything else); ranking an assessment is then one pass over that order into one run per tier,
 * with no sort.
 */
final class Ranking {
  private final int[] dependents;
  private final int[] weights;
  private final int[] efforts;

  /**
   * Every check twice, as {@code index << 1 | notMetBit}, in the order of the part of the sort key
   * that does not depend on the tier: foundation, gap size, weight, effort, catalogue position.
   */
  private final int[] byFixedKey;

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
    long[] fixed = new long[2 * n];
    for (int i = 0; i < n; i++) {
      fixed[2 * i] = fixedKey(i, 0);
      fixed[2 * i + 1] = fixedKey(i, 1);
    }
    Arrays.sort(fixed);
    this.byFixedKey = new int[2 * n];
    for (int k = 0; k < 2 * n; k++) {
      byFixedKey[k] = (int) (fixed[k] & 0x1FFFFF);
    }
  }

  /**
   * The check indices in rank order, smaller keys first. The sort key of a finding, from the most
   * to the least significant part: tier, foundation (more dependents first), gap size (not met
   * before partly met), weight (heavier first), effort (lower first), catalogue position.
   *
   * @param statuses the status of every check, by index
   * @param waivedBy each check's waiver, by index, null where it has none; null when none has
   */
  int[] order(Status[] statuses, Waiver[] waivedBy) {
    int n = statuses.length;
    int[] tiers = new int[n];
    int[] next = new int[TIERS + 1];
    for (int i = 0; i < n; i++) {
      tiers[i] = tier(statuses[i], waivedBy != null && waivedBy[i] != null);
      next[tiers[i] + 1]++;
    }
    for (int t = 1; t < TIERS; t++) {
      next[t] += next[t - 1];
    }
    int[] order = new int[n];
    for (int entry : byFixedKey) {
      int i = entry >>> 1;
      if ((entry & 1) == notMetBit(statuses[i])) {
        order[next[tiers[i]]++] = i;
      }
    }
    return order;
  }

  /**
   * The part of the sort key of check {@code index} that does not depend on the tier, with the
   * given gap-size bit, and the entry of {@link #byFixedKey} in its low 21 bits.
   */
  private long fixedKey(int index, int notMetBit) {
    long key = 0xFFFF - Math.min(dependents[index], 0xFFFF);
    key = key << 1 | notMetBit;
    key = key << 4 | (15 - weights[index]);
    key = key << 2 | efforts[index];
    key = key << 20 | index;
    return key << 1 | notMetBit;
  }

  /** 0 for a gap not met, which ranks before the same check partly met (or anything else). */
  private static int notMetBit(Status status) {
    return status == Status.NOT_MET ? 0 : 1;
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

  /** How many tiers there are: open gaps, unknown, waived, met, not applicable. */
  private static final int TIERS = 5;

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
