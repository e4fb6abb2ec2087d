package org.cityframework.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
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
    Tally[] tallies = new Tally[GROUPS];
    for (int g = 0; g < GROUPS; g++) {
      tallies[g] = new Tally();
    }
    for (Finding f : findings) {
      CheckInfo c = f.check();
      tallies[0].add(f);
      tallies[RECOMMENDATIONS + c.recommendation() - 1].add(f);
      tallies[ELEMENT_GROUPS + c.element().ordinal()].add(f);
      if (c.component().isPresent()) {
        tallies[COMPONENT_GROUPS + c.component().get().ordinal()].add(f);
      }
      if (c.layer().isPresent()) {
        tallies[LAYER_GROUPS + c.layer().get().ordinal()].add(f);
      }
    }
    ImmutableMap.Builder<Integer, Score> byRecommendation =
        ImmutableMap.builderWithExpectedSize(10);
    for (int r = 1; r <= 10; r++) {
      byRecommendation.put(r, tallies[RECOMMENDATIONS + r - 1].score());
    }
    Map<Element, Score> byElement = new EnumMap<>(Element.class);
    for (Element e : ELEMENTS) {
      byElement.put(e, tallies[ELEMENT_GROUPS + e.ordinal()].score());
    }
    Map<InnovationComponent, Score> byComponent = new EnumMap<>(InnovationComponent.class);
    for (InnovationComponent c : COMPONENTS) {
      byComponent.put(c, tallies[COMPONENT_GROUPS + c.ordinal()].score());
    }
    Map<GovernanceLayer, Score> byLayer = new EnumMap<>(GovernanceLayer.class);
    for (GovernanceLayer l : LAYERS) {
      byLayer.put(l, tallies[LAYER_GROUPS + l.ordinal()].score());
    }
    return Scores.of(
        tallies[0].score(), byRecommendation.buildOrThrow(), byElement, byComponent, byLayer);
  }

  /** The score of the findings that pass {@code inGroup}. */
  static Score score(List<Finding> findings, Predicate<Finding> inGroup) {
    Tally tally = new Tally();
    for (Finding f : findings) {
      if (inGroup.test(f)) {
        tally.add(f);
      }
    }
    return tally.score();
  }

  /** The running totals of one group. */
  private static final class Tally {
    private final int[] counts = new int[STATUSES.length];
    private long halfPoints;
    private long assessedWeight;
    private long scopeWeight;

    void add(Finding f) {
      counts[f.status().ordinal()]++;
      if (f.isWaived() || f.status() == Status.NOT_APPLICABLE) {
        return;
      }
      int w = f.check().weight();
      scopeWeight += w;
      if (f.status().isAssessed()) {
        assessedWeight += w;
        halfPoints += (long) w * credit(f.status());
      }
    }

    Score score() {
      Map<Status, Integer> byStatus = counts(counts);
      double coverage = scopeWeight == 0 ? 0 : percent(assessedWeight, scopeWeight);
      if (assessedWeight == 0) {
        return Score.of(OptionalDouble.empty(), coverage, Optional.empty(), byStatus);
      }
      double value = percent(halfPoints, 2 * assessedWeight);
      Optional<Maturity> maturity =
          2 * assessedWeight >= scopeWeight ? Optional.of(Maturity.of(value)) : Optional.empty();
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

  /** The counts as an immutable map from every status, in status order, to its count. */
  static ImmutableMap<Status, Integer> counts(int[] counts) {
    int total = 0;
    long packed = 0;
    for (int c : counts) {
      total += c;
      packed = (packed << 5) | c;
    }
    if (total > SMALL) {
      return countsMap(counts);
    }
    int slot = (int) ((packed * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
    SharedCounts shared = SMALL_COUNTS[slot];
    if (shared == null || shared.packed() != packed) {
      shared = new SharedCounts(packed, countsMap(counts));
      SMALL_COUNTS[slot] = shared;
    }
    return shared.map();
  }

  private static ImmutableMap<Status, Integer> countsMap(int[] counts) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      byStatus.put(s, counts[s.ordinal()]);
    }
    return Maps.immutableEnumMap(byStatus);
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
