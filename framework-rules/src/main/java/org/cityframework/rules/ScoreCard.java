package org.cityframework.rules;

import com.google.common.collect.ImmutableMap;
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
      int status = f.status().ordinal();
      int weight = Tallies.weight(f);
      t.add(0, status, weight);
      t.add(RECOMMENDATIONS + c.recommendation() - 1, status, weight);
      t.add(ELEMENT_GROUPS + c.element().ordinal(), status, weight);
      if (c.component().isPresent()) {
        t.add(COMPONENT_GROUPS + c.component().get().ordinal(), status, weight);
      }
      if (c.layer().isPresent()) {
        t.add(LAYER_GROUPS + c.layer().get().ordinal(), status, weight);
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
        t.add(0, f.status().ordinal(), Tallies.weight(f));
      }
    }
    return t.score(0);
  }

  /**
   * The running totals of a number of groups, in flat arrays (one allocation each, not one object
   * per group): per group, the count of each status and three weights. Filled by {@link #of} or
   * {@link #score}, then only read, which {@link Scores} does from any thread.
   */
  static final class Tallies {
    /** Group g's count of status s at {@code g * STATUSES.length + s}. */
    private final int[] counts;

    private final long[] halfPoints;
    private final long[] assessedWeight;
    private final long[] scopeWeight;

    Tallies(int groups) {
      counts = new int[groups * STATUSES.length];
      halfPoints = new long[groups];
      assessedWeight = new long[groups];
      scopeWeight = new long[groups];
    }

    /** The weight a finding adds to its groups' scope: 0 when waived or not applicable. */
    static int weight(Finding f) {
      return f.isWaived() || f.status() == Status.NOT_APPLICABLE ? 0 : f.check().weight();
    }

    /** Adds a finding of the status of ordinal {@code status} and scope weight {@code w}. */
    void add(int group, int status, int w) {
      counts[group * STATUSES.length + status]++;
      if (w == 0) {
        return;
      }
      scopeWeight[group] += w;
      Status s = STATUSES[status];
      if (s.isAssessed()) {
        assessedWeight[group] += w;
        halfPoints[group] += (long) w * credit(s);
      }
    }

    Score score(int group) {
      Map<Status, Integer> byStatus = counts(counts, group * STATUSES.length);
      long scope = scopeWeight[group];
      long assessed = assessedWeight[group];
      double coverage = scope == 0 ? 0 : percent(assessed, scope);
      if (assessed == 0) {
        return Score.of(OptionalDouble.empty(), coverage, Optional.empty(), byStatus);
      }
      double value = percent(halfPoints[group], 2 * assessed);
      Optional<Maturity> maturity =
          2 * assessed >= scope ? Optional.of(Maturity.of(value)) : Optional.empty();
      // Score.of keeps an immutable enum map as it is; a builder would hash it into another map.
      return Score.of(OptionalDouble.of(value), coverage, maturity, byStatus);
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

  /** Credit in half points: met 2, partly met 1, not met 0. */
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
