package org.cityframework.rules;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;

/**
 * Computes the {@link Scores} of a set of findings, by the formula documented on {@link Score}, in
 * one pass: each finding adds to the tally of every group it belongs to.
 */
final class ScoreCard {
  private static final Element[] ELEMENTS = Element.values();
  private static final InnovationComponent[] COMPONENTS = InnovationComponent.values();
  private static final GovernanceLayer[] LAYERS = GovernanceLayer.values();
  private static final Status[] STATUSES = Status.values();
  private static final int RECOMMENDATIONS = 1;
  private static final int ELEMENT_GROUPS = RECOMMENDATIONS + 10;
  private static final int COMPONENT_GROUPS = ELEMENT_GROUPS + ELEMENTS.length;
  private static final int LAYER_GROUPS = COMPONENT_GROUPS + COMPONENTS.length;
  private static final int GROUPS = LAYER_GROUPS + LAYERS.length;

  private ScoreCard() {}

  static Scores of(List<Finding> findings) {
    Tallies t = new Tallies(GROUPS);
    for (Finding f : findings) {
      CheckInfo c = f.check();
      Verdict verdict = f.verdict();
      int weight = Tallies.weight(f);
      t.add(0, verdict, weight);
      t.add(RECOMMENDATIONS + c.recommendation() - 1, verdict, weight);
      t.add(ELEMENT_GROUPS + c.element().ordinal(), verdict, weight);
      if (c.component().isPresent()) {
        t.add(COMPONENT_GROUPS + c.component().get().ordinal(), verdict, weight);
      }
      if (c.layer().isPresent()) {
        t.add(LAYER_GROUPS + c.layer().get().ordinal(), verdict, weight);
      }
    }
    ImmutableMap.Builder<Integer, Score> byRecommendation =
        ImmutableMap.builderWithExpectedSize(10);
    for (int r = 1; r <= 10; r++) {
      byRecommendation.put(r, t.score(RECOMMENDATIONS + r - 1));
    }
    // The other groups' scores are made when Scores is first asked for them.
    return new Scores(t.score(0), byRecommendation.buildOrThrow(), t);
  }

  /** The score of each element, from the tallies of {@link #of}. */
  static ImmutableMap<Element, Score> byElement(Tallies t) {
    return byConstant(t, ELEMENTS, ELEMENT_GROUPS);
  }

  /** The score of each innovation-capacity component, from the tallies of {@link #of}. */
  static ImmutableMap<InnovationComponent, Score> byComponent(Tallies t) {
    return byConstant(t, COMPONENTS, COMPONENT_GROUPS);
  }

  /** The score of each data-governance layer, from the tallies of {@link #of}. */
  static ImmutableMap<GovernanceLayer, Score> byLayer(Tallies t) {
    return byConstant(t, LAYERS, LAYER_GROUPS);
  }

  /** The score of each of an enum's constants, whose groups start at {@code first}. */
  private static <E extends Enum<E>> ImmutableMap<E, Score> byConstant(
      Tallies t, E[] constants, int first) {
    Map<E, Score> scores = new EnumMap<>(constants[0].getDeclaringClass());
    for (E c : constants) {
      scores.put(c, t.score(first + c.ordinal()));
    }
    // ImmutableMap.copyOf of an EnumMap clones its array.
    return ImmutableMap.copyOf(scores);
  }

  /** The score of the findings that pass {@code inGroup}. */
  static Score score(List<Finding> findings, Predicate<Finding> inGroup) {
    Tallies t = new Tallies(1);
    for (Finding f : findings) {
      if (inGroup.test(f)) {
        t.add(0, f.verdict(), Tallies.weight(f));
      }
    }
    return t.score(0);
  }

  /**
   * The running totals of a number of groups, in flat arrays (one allocation each, not one object
   * per group): per group, the count of each status, three weights, and the totals of the bounds.
   * Filled by {@link #of} or {@link #score}, then only read, which {@link Scores} does from any
   * thread.
   */
  static final class Tallies {
    /** Group g's count of status s at {@code g * STATUSES.length + s}. */
    private final int[] counts;

    private final long[] halfPoints;
    private final long[] assessedWeight;
    private final long[] scopeWeight;

    /**
     * The bounds' totals over the findings certainly in scope: the weight, and the half points of
     * each one's worst and best case.
     */
    private final long[] boundWeight;

    private final long[] floorHalfPoints;
    private final long[] ceilingHalfPoints;

    /**
     * Per group, the findings that may or may not turn out not applicable, as {@code {weight, worst
     * half points, best half points}}; null for a group that has none (almost all).
     */
    private final List<int[]>[] optional;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Tallies(int groups) {
      counts = new int[groups * STATUSES.length];
      halfPoints = new long[groups];
      assessedWeight = new long[groups];
      scopeWeight = new long[groups];
      boundWeight = new long[groups];
      floorHalfPoints = new long[groups];
      ceilingHalfPoints = new long[groups];
      optional = new List[groups];
    }

    /** The weight a finding adds to its groups' scope: 0 when waived or not applicable. */
    static int weight(Finding f) {
      return f.isWaived() || f.status() == Status.NOT_APPLICABLE ? 0 : f.check().weight();
    }

    /** Adds a finding of the given verdict and scope weight {@code w}. */
    void add(int group, Verdict verdict, int w) {
      Status s = verdict.status();
      counts[group * STATUSES.length + s.ordinal()]++;
      if (w == 0) {
        return;
      }
      scopeWeight[group] += w;
      if (s.isAssessed()) {
        assessedWeight[group] += w;
        halfPoints[group] += (long) w * credit(s);
      }
      int worst = credit(verdict.worstCase());
      int best = verdict.bestCase() == Status.NOT_APPLICABLE ? bestAssessed(verdict) : -1;
      if (best < 0) {
        boundWeight[group] += w;
        floorHalfPoints[group] += (long) w * worst;
        ceilingHalfPoints[group] += (long) w * credit(verdict.bestCase());
      } else {
        if (optional[group] == null) {
          optional[group] = new ArrayList<>(2);
        }
        optional[group].add(new int[] {w, worst, best});
      }
    }

    /** The credit of the best assessed status a verdict that may be not applicable allows. */
    private static int bestAssessed(Verdict verdict) {
      return verdict.allows(Status.MET) ? 2 : verdict.allows(Status.PARTLY_MET) ? 1 : 0;
    }

    Score score(int group) {
      Map<Status, Integer> byStatus = counts(counts, group * STATUSES.length);
      long scope = scopeWeight[group];
      long assessed = assessedWeight[group];
      double coverage = scope == 0 ? 0 : percent(assessed, scope);
      OptionalDouble floor = bound(group, true);
      OptionalDouble ceiling = bound(group, false);
      if (assessed == 0) {
        return Score.of(
            OptionalDouble.empty(), coverage, Optional.empty(), byStatus, floor, ceiling);
      }
      double value = percent(halfPoints[group], 2 * assessed);
      Optional<Maturity> maturity =
          2 * assessed >= scope ? Optional.of(Maturity.of(value)) : Optional.empty();
      // Score.of keeps an immutable enum map as it is; a builder would hash it into another map.
      return Score.of(OptionalDouble.of(value), coverage, maturity, byStatus, floor, ceiling);
    }

    /**
     * The lowest ({@code low}) or highest score of the group once every unknown fact is known.
     * Findings certainly in scope count with their worst (best) case; of those that may turn out
     * not applicable, the ones whose worst (best) case pulls the score down (up) count too, taken
     * in that order: the lowest (highest) ratio over such optional terms is reached by a prefix of
     * them sorted by their credit.
     */
    private OptionalDouble bound(int group, boolean low) {
      long points = low ? floorHalfPoints[group] : ceilingHalfPoints[group];
      long weight = boundWeight[group];
      if (optional[group] != null) {
        List<int[]> terms = new ArrayList<>(optional[group]);
        int credit = low ? 1 : 2;
        terms.sort(
            low
                ? Comparator.comparingInt((int[] t) -> t[credit])
                : Comparator.comparingInt((int[] t) -> -t[credit]));
        for (int[] t : terms) {
          long c = t[credit];
          // Add the term when it moves the ratio points / (2 * weight) the right way.
          boolean helps = weight == 0 || (low ? c * weight < points : c * weight > points);
          if (!helps) {
            break;
          }
          points += c * t[0];
          weight += t[0];
        }
      }
      return weight == 0 ? OptionalDouble.empty() : OptionalDouble.of(percent(points, 2 * weight));
    }
  }

  /**
   * The most findings a group may have for its counts map to be shared through {@link
   * #SMALL_COUNTS}: each count then fits in five bits.
   */
  private static final int SMALL = 16;

  /** The table of shared counts maps has 2^12 slots. */
  private static final int SLOT_BITS = 12;

  private static final int SLOTS = 1 << SLOT_BITS;

  /**
   * Counts maps of groups of at most {@link #SMALL} findings, by their counts packed five bits per
   * status, in a table of {@link #SLOTS} slots indexed by a hash of the packed counts: most groups
   * (recommendations, components, layers) are small, and their counts repeat from one assessment to
   * the next, so each map is made once and shared (they are immutable). A slot holds the last map
   * put there; two counts that share a slot take turns, which costs a map, never a wrong one. Slots
   * are read and written without locks: a {@link SharedCounts} has only final fields, so a thread
   * sees either a whole one or none.
   */
  private static final SharedCounts[] SMALL_COUNTS = new SharedCounts[SLOTS];

  /** One slot of {@link #SMALL_COUNTS}: the packed counts and their map. */
  private record SharedCounts(long packed, ImmutableMap<Status, Integer> map) {}

  /**
   * The counts from {@code counts[from]}, one per status, as an immutable map from every status, in
   * status order, to its count.
   */
  static ImmutableMap<Status, Integer> counts(int[] counts, int from) {
    int total = 0;
    long packed = 0;
    for (int i = from; i < from + STATUSES.length; i++) {
      int c = counts[i];
      total += c;
      packed = (packed << 5) | c;
    }
    if (total > SMALL) {
      return countsMap(counts, from);
    }
    int slot = (int) ((packed * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
    SharedCounts shared = SMALL_COUNTS[slot];
    if (shared == null || shared.packed() != packed) {
      shared = new SharedCounts(packed, countsMap(counts, from));
      SMALL_COUNTS[slot] = shared;
    }
    return shared.map();
  }

  private static ImmutableMap<Status, Integer> countsMap(int[] counts, int from) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      byStatus.put(s, counts[from + s.ordinal()]);
    }
    // From an EnumMap, copyOf clones its array; Maps.immutableEnumMap would copy entry by entry.
    return ImmutableMap.copyOf(byStatus);
  }

  /** Credit in half points: met 2, partly met 1, not met (or anything else) 0. */
  private static int credit(Status s) {
    return switch (s) {
      case MET -> 2;
      case PARTLY_MET -> 1;
      default -> 0;
    };
  }

  /**
   * {@code 100 * part / whole} rounded half up to one decimal, for {@code 0 <= part} and {@code 0 <
   * whole}: whole tenths, exactly, then the double nearest to them.
   */
  static double percent(long part, long whole) {
    long tenths = (2000 * part + whole) / (2 * whole);
    return tenths / 10.0;
  }
}
