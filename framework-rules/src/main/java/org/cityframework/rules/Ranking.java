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
 * The documented order of findings ({@code docs/prioritisation.md}): priority first, so the ranked
 * list and the roadmap agree on what is urgent; within a priority, gaps (certain gaps among them)
 * before unknowns before waived before met; then foundations first (the more practices build on a
 * check, transitively, the earlier: the strategy is the linchpin, L91), then the size of the gap,
 * the weight, low effort first (quick wins, L129, L165), and finally catalogue order.
 *
 * <p>Everything but the priority, the tier and whether a gap is not met (rather than partly met) is
 * fixed per check, so the checks are sorted once, when the assessor is made, each twice (as not
 * met, and as anything else); ranking an assessment is then one pass over that order into one run
 * per priority and tier, with no sort.
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
   * to the least significant part: priority, tier, foundation (more dependents first), gap size
   * (not met before partly met), weight (heavier first), effort (lower first), catalogue position.
   *
   * @param verdicts the verdict of every check, by index
   * @param waivedBy each check's waiver, by index, null where it has none; null when none has
   */
  int[] order(Verdict[] verdicts, Waiver[] waivedBy) {
    int n = verdicts.length;
    int[] runs = new int[n];
    int[] next = new int[RUNS + 1];
    for (int i = 0; i < n; i++) {
      boolean waived = waivedBy != null && waivedBy[i] != null;
      runs[i] = priority(i, verdicts[i], waived).ordinal() * TIERS + tier(verdicts[i], waived);
      next[runs[i] + 1]++;
    }
    for (int r = 1; r < RUNS; r++) {
      next[r] += next[r - 1];
    }
    int[] order = new int[n];
    for (int entry : byFixedKey) {
      int i = entry >>> 1;
      if ((entry & 1) == notMetBit(verdicts[i])) {
        order[next[runs[i]]++] = i;
      }
    }
    return order;
  }

  /** How many checks build on check {@code index}, directly or through others. */
  int dependents(int index) {
    return dependents[index];
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

  /**
   * 0 for a gap certainly not met, which ranks before the same check partly met (or anything else).
   * A certain gap counts as the smallest gap it can be, its best case.
   */
  private static int notMetBit(Verdict verdict) {
    return verdict.bestCase() == Status.NOT_MET ? 0 : 1;
  }

  /** The priority of a finding of check {@code index} ({@link Priority#of}). */
  Priority priority(int index, Verdict verdict, boolean waived) {
    return Priority.of(verdict, dependents[index] > 0, weights[index], waived);
  }

  /** Whether the worst case is met or not applicable: nothing to do whatever the facts. */
  private static boolean isCertainlyFine(Verdict verdict) {
    Status worst = verdict.worstCase();
    return worst == Status.MET || worst == Status.NOT_APPLICABLE;
  }

  /** How many tiers there are: open gaps, unknown, waived, met, not applicable. */
  private static final int TIERS = 5;

  /** How many runs an assessment is sorted into: one per priority and tier. */
  private static final int RUNS = 4 * TIERS;

  /**
   * The tier of a finding within its priority: certain gaps (decided or not), then undecided
   * findings, waived ones, met ones (or certainly met or not applicable), then not applicable.
   */
  private static int tier(Verdict verdict, boolean waived) {
    if (waived) {
      return 2;
    }
    if (verdict.isCertainGap()) {
      return 0;
    }
    if (verdict.status() == Status.NOT_APPLICABLE) {
      return 4;
    }
    return isCertainlyFine(verdict) ? 3 : 1;
  }
}
