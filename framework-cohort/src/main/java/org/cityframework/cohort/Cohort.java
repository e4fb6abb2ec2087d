package org.cityframework.cohort;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
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
 *
 * <p>A cohort of the standard catalogue's checks is {@link Serializable}, so a partial cohort can
 * travel between machines (Spark, Beam): its serial form is its counts alone, as {@link Form}
 * documents, and a deserialised cohort merges like the original. A cohort of checks of one's own is
 * not (its checks' words would have to travel with it). As with any Java serialisation, read
 * cohorts only from a source you trust.
 */
public final class Cohort implements Serializable {
  /** The version of the serial form ({@link Form}); changed whenever the form changes. */
  private static final long serialVersionUID = 1L;

  private static final Status[] STATUSES = Status.values();
  private static final int GROUPS = ScoreGroup.all().size();

  /** Bands of the overall score for the heatmap: 0-10, 10-20, ..., 90-100. */
  static final int BANDS = 10;

  private final transient List<CheckInfo> checks;
  private final transient Map<String, Integer> checkIndex;
  private final transient PeerFilter filter;

  private transient long cities;
  private final transient long[] statusCounts;
  private final transient long[] certainGaps;
  private final transient Tenths[] scores = new Tenths[GROUPS];
  private final transient Tenths[] coverages = new Tenths[GROUPS];

  /** Per band of the overall score: cities, and per recommendation its scored cities and tenths. */
  private final transient long[] bandCities = new long[BANDS];

  private final transient long[] bandScored = new long[BANDS * 10];
  private final transient long[] bandTenths = new long[BANDS * 10];

  /**
   * Per fact (JSON Pointer), the cities whose own report lists it to collect ({@link
   * Assessment#toCollect()}): unknown, and able to narrow a finding. Bounded by the facts a profile
   * can have, not by the number of cities.
   */
  private final transient Map<String, Long> unknownFacts = new HashMap<>();

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

  /**
   * The serial form of a cohort: its counts alone, in plain arrays, so that it reads the same in
   * any version of the library with the same {@code serialVersionUID}. The checks are named by id
   * and must be the standard catalogue's; the filter by its countries, population band ids and
   * waves; the histograms ({@code scores}, {@code coverages}) hold, per score group in the order of
   * {@link ScoreGroup#all()}, 1001 counts of the scores 0.0 to 100.0; the status counts are per
   * check, per status in the order of {@link Status}; the unknown facts are pointers with their
   * counts.
   */
  private record Form(
      String[] checks,
      String[] countries,
      String[] populationBands,
      int[] surveyWaves,
      long cities,
      long[] statusCounts,
      long[] certainGaps,
      long[][] scores,
      long[][] coverages,
      long[] bandCities,
      long[] bandScored,
      long[] bandTenths,
      String[] factPointers,
      long[] factCities)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Refuses a form whose parts do not fit together. */
    Form {
      int n = checks.length;
      if (statusCounts.length != n * STATUSES.length
          || certainGaps.length != n
          || scores.length != GROUPS
          || coverages.length != GROUPS
          || bandCities.length != BANDS
          || bandScored.length != BANDS * 10
          || bandTenths.length != BANDS * 10
          || factPointers.length != factCities.length
          || cities < 0) {
        throw new IllegalArgumentException("the parts of a serialised cohort do not fit together");
      }
    }

    private Object readResolve() throws ObjectStreamException {
      Catalogue standard = Catalogue.standard();
      List<String> ids = standard.checks().stream().map(c -> c.info().id()).toList();
      if (!ids.equals(List.of(checks))) {
        throw new InvalidObjectException(
            "a serialised cohort names checks other than the standard catalogue's");
      }
      try {
        Set<PopulationBand> bands = new LinkedHashSet<>();
        for (String id : populationBands) {
          bands.add(PopulationBand.ofId(id));
        }
        Set<Integer> waves = new LinkedHashSet<>();
        for (int w : surveyWaves) {
          waves.add(w);
        }
        Cohort c = new Cohort(standard, PeerFilter.of(Set.of(countries), bands, waves));
        c.cities = cities;
        System.arraycopy(statusCounts, 0, c.statusCounts, 0, statusCounts.length);
        System.arraycopy(certainGaps, 0, c.certainGaps, 0, certainGaps.length);
        for (int g = 0; g < GROUPS; g++) {
          c.scores[g] = Tenths.of(scores[g]);
          c.coverages[g] = Tenths.of(coverages[g]);
        }
        System.arraycopy(bandCities, 0, c.bandCities, 0, BANDS);
        System.arraycopy(bandScored, 0, c.bandScored, 0, BANDS * 10);
        System.arraycopy(bandTenths, 0, c.bandTenths, 0, BANDS * 10);
        for (int i = 0; i < factPointers.length; i++) {
          c.unknownFacts.put(factPointers[i], factCities[i]);
        }
        return c;
      } catch (IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /**
   * The cohort's serial form.
   *
   * @throws NotSerializableException when its checks are not the standard catalogue's
   */
  private Object writeReplace() throws ObjectStreamException {
    List<CheckInfo> standard = Catalogue.standard().checks().stream().map(Check::info).toList();
    if (!standard.equals(checks)) {
      throw new NotSerializableException(
          "a cohort of checks other than the standard catalogue's cannot be serialised");
    }
    long[][] s = new long[GROUPS][];
    long[][] c = new long[GROUPS][];
    for (int g = 0; g < GROUPS; g++) {
      s[g] = scores[g].counts();
      c[g] = coverages[g].counts();
    }
    Map<String, Long> facts = new TreeMap<>(unknownFacts);
    return new Form(
        checks.stream().map(CheckInfo::id).toArray(String[]::new),
        filter.countries().toArray(String[]::new),
        filter.bands().stream().map(PopulationBand::id).toArray(String[]::new),
        filter.waves().stream().mapToInt(Integer::intValue).toArray(),
        cities,
        statusCounts.clone(),
        certainGaps.clone(),
        s,
        c,
        bandCities.clone(),
        bandScored.clone(),
        bandTenths.clone(),
        facts.keySet().toArray(String[]::new),
        facts.values().stream().mapToLong(Long::longValue).toArray());
  }

  /** A cohort is read only through its serial form. */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a cohort is read through its serial form");
  }
}
