package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;

/**
 * Many assessed cities at once, added one by one: how many cities, per check how many cities have
 * each status and a certain gap, per fact how many cities left it unknown where it would narrow a
 * finding, and per {@linkplain ScoreGroup group} the exact spread of scores and coverages. Only
 * these tallies are kept, never a city's name or its findings, so the memory a cohort takes does
 * not grow with the number of cities.
 *
 * <p>Two cohorts of the same catalogue and filter {@linkplain #merge merge} into the cohort of all
 * their cities: every tally is a count, so cohorts computed apart (on threads, machines, in Spark
 * or Beam partitions) and merged in any order give the same {@link #summary} as one pass.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(Catalogue.standard(), PeerFilter.everyCity());
 * for (CityProfile p : profiles) cohort.add(assessor.assess(p));
 * CohortSummary summary = cohort.summary(5);   // no figure for a group of fewer than 5 cities
 * }</pre>
 *
 * <p>Not thread-safe: give each thread a cohort of its own and merge them at the end.
 */
public final class Cohort {
  private static final Status[] STATUSES = Status.values();
  private static final int GROUPS = ScoreGroup.all().size();

  /** Bands of the overall score for the heatmap: 0-10, 10-20, ..., 90-100. */
  static final int BANDS = 10;

  private final List<CheckInfo> checks;
  private final Map<String, Integer> checkIndex;
  private final PeerFilter filter;

  private long cities;
  private final long[] statusCounts;
  private final long[] certainGaps;
  private final Tenths[] scores = new Tenths[GROUPS];
  private final Tenths[] coverages = new Tenths[GROUPS];

  /** Per band of the overall score: cities, and per recommendation its scored cities and tenths. */
  private final long[] bandCities = new long[BANDS];

  private final long[] bandScored = new long[BANDS * 10];
  private final long[] bandTenths = new long[BANDS * 10];

  /**
   * Per fact (JSON Pointer), the cities whose own report lists it to collect ({@link
   * Assessment#toCollect()}): unknown, and able to narrow a finding. Bounded by the facts a profile
   * can have, not by the number of cities.
   */
  private final Map<String, Long> unknownFacts = new HashMap<>();

  private Cohort(Catalogue catalogue, PeerFilter filter) {
    List<CheckInfo> infos = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Check c : catalogue.checks()) {
      index.put(c.info().id(), infos.size());
      infos.add(c.info());
    }
    this.checks = List.copyOf(infos);
    this.checkIndex = Map.copyOf(index);
    this.filter = filter;
    this.statusCounts = new long[checks.size() * STATUSES.length];
    this.certainGaps = new long[checks.size()];
    for (int g = 0; g < GROUPS; g++) {
      scores[g] = new Tenths();
      coverages[g] = new Tenths();
    }
  }

  /**
   * An empty cohort of the checks of {@code catalogue}, counting the cities {@code filter} lets
   * through.
   */
  public static Cohort of(Catalogue catalogue, PeerFilter filter) {
    return new Cohort(catalogue, filter);
  }

  /** An empty cohort of the standard catalogue's checks, counting every city. */
  public static Cohort standard() {
    return new Cohort(Catalogue.standard(), PeerFilter.everyCity());
  }

  /**
   * Adds one city's assessment, when the filter lets its city through. Findings of checks outside
   * the cohort's catalogue are not counted.
   *
   * @return whether the city was counted
   */
  public boolean add(Assessment assessment) {
    if (!filter.test(assessment.profile())) {
      return false;
    }
    cities++;
    for (Finding f : assessment.findings()) {
      Integer i = checkIndex.get(f.checkId());
      if (i != null) {
        statusCounts[i * STATUSES.length + f.status().ordinal()]++;
        if (f.isCertainGap()) {
          certainGaps[i]++;
        }
      }
    }
    for (String fact : assessment.factsToCollect()) {
      unknownFacts.merge(fact, 1L, Long::sum);
    }
    Score[] groupScores = ScoreGroup.scores(assessment.scores());
    for (int g = 0; g < GROUPS; g++) {
      Score s = groupScores[g];
      coverages[g].add(s.coverage());
      if (s.score().isPresent()) {
        scores[g].add(s.score().getAsDouble());
      }
    }
    OptionalDouble overall = groupScores[0].score();
    if (overall.isPresent()) {
      int band = band(overall.getAsDouble());
      bandCities[band]++;
      for (int r = 1; r <= 10; r++) {
        OptionalDouble rs = groupScores[r].score();
        if (rs.isPresent()) {
          bandScored[band * 10 + r - 1]++;
          bandTenths[band * 10 + r - 1] += Tenths.index(rs.getAsDouble());
        }
      }
    }
    return true;
  }

  /** The heatmap band of an overall score: 0 for below 10, ..., 9 for 90 to 100. */
  static int band(double score) {
    return Math.min(BANDS - 1, Tenths.index(score) / 100);
  }

  /**
   * Adds every city of {@code other} to this cohort; {@code other} is left as it was.
   *
   * @return this cohort
   * @throws IllegalArgumentException when the two cohorts have other checks or another filter
   */
  public Cohort merge(Cohort other) {
    if (!other.checkIndex.equals(checkIndex) || !other.filter.equals(filter)) {
      throw new IllegalArgumentException(
          "only cohorts of the same checks and the same filter merge");
    }
    cities += other.cities;
    add(statusCounts, other.statusCounts);
    add(certainGaps, other.certainGaps);
    for (int g = 0; g < GROUPS; g++) {
      scores[g].addAll(other.scores[g]);
      coverages[g].addAll(other.coverages[g]);
    }
    add(bandCities, other.bandCities);
    add(bandScored, other.bandScored);
    add(bandTenths, other.bandTenths);
    other.unknownFacts.forEach((fact, n) -> unknownFacts.merge(fact, n, Long::sum));
    return this;
  }

  private static void add(long[] to, long[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  /** How many cities the cohort counts. */
  public long cities() {
    return cities;
  }

  /** The filter the cohort counts cities through. */
  public PeerFilter filter() {
    return filter;
  }

  /**
   * The cohort's figures, with none shown for a group of fewer than {@code k} cities.
   *
   * @throws IllegalArgumentException when {@code k} is below 1
   */
  public CohortSummary summary(int k) {
    requireK(k);
    return new CohortSummary(this, k);
  }

  /**
   * Where {@code city} stands among this cohort's cities, with no figure for a group of fewer than
   * {@code k} of them. The cohort is the city's peers as given: when the city was added to it, it
   * is one of them.
   *
   * @throws IllegalArgumentException when {@code k} is below 1
   */
  public PeerPosition position(Assessment city, int k) {
    requireK(k);
    return new PeerPosition(this, city, k);
  }

  static void requireK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, found " + k);
    }
  }

  // Read by the summary and the position; package-private.

  List<CheckInfo> checks() {
    return checks;
  }

  Integer checkIndex(String id) {
    return checkIndex.get(id);
  }

  Map<Status, Long> statusCounts(int check) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      counts.put(s, statusCounts[check * STATUSES.length + s.ordinal()]);
    }
    return counts;
  }

  long statusCount(int check, Status status) {
    return statusCounts[check * STATUSES.length + status.ordinal()];
  }

  long certainGaps(int check) {
    return certainGaps[check];
  }

  Tenths scores(int group) {
    return scores[group];
  }

  Tenths coverages(int group) {
    return coverages[group];
  }

  long bandCities(int band) {
    return bandCities[band];
  }

  long bandScored(int band, int recommendation) {
    return bandScored[band * 10 + recommendation - 1];
  }

  long bandTenths(int band, int recommendation) {
    return bandTenths[band * 10 + recommendation - 1];
  }

  Map<String, Long> unknownFacts() {
    return unknownFacts;
  }

  /** Equal when every tally is equal: two cohorts of the same cities, however split and merged. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cohort c
        && c.cities == cities
        && c.checkIndex.equals(checkIndex)
        && c.filter.equals(filter)
        && Arrays.equals(c.statusCounts, statusCounts)
        && Arrays.equals(c.certainGaps, certainGaps)
        && Arrays.equals(c.scores, scores)
        && Arrays.equals(c.coverages, coverages)
        && Arrays.equals(c.bandCities, bandCities)
        && Arrays.equals(c.bandScored, bandScored)
        && Arrays.equals(c.bandTenths, bandTenths)
        && c.unknownFacts.equals(unknownFacts);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cities) * 31 + Arrays.hashCode(statusCounts);
  }
}
