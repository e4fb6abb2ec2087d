package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Status;

/**
 * What a cohort of cities looks like, as {@link Cohort#summary} gives it: how many cities, per
 * check the cities of each status, per group the spread of scores and coverages, the most common
 * certain gaps, the checks most often not assessed and per fact the cities that left it unknown,
 * and a heatmap of score bands against recommendations. No city's name and no figure of a group of
 * fewer than {@link #k()} cities (figures of such a group are empty; {@link #suppressed()} says why
 * in words). Immutable.
 */
public final class CohortSummary {
  /** How many checks the lists of most common gaps and unknowns show. */
  public static final int TOP = 10;

  /**
   * The figures of one check: how many cities have each status, and how many a certain gap (a
   * decided gap, or an undecided finding whose best case is below met).
   *
   * @param check the check
   * @param counts the cities per status, every status present
   * @param certainGaps the cities whose finding is a certain gap
   */
  public record CheckFigures(CheckInfo check, Map<Status, Long> counts, long certainGaps) {
    /** Copies the counts. */
    public CheckFigures {
      counts = Map.copyOf(counts);
    }

    /** The cities whose facts for this check were unknown: the finding was not assessed. */
    public long unknown() {
      return counts.get(Status.NOT_ASSESSED);
    }
  }

  /**
   * The figures of one score group.
   *
   * @param group the group
   * @param score how the scores of the cities with a score in the group are spread; empty when
   *     fewer than k cities have one
   * @param coverage how the coverages of all the cohort's cities are spread; empty for a cohort of
   *     fewer than k cities
   */
  public record GroupFigures(
      ScoreGroup group, Optional<Distribution> score, Optional<Distribution> coverage) {}

  /**
   * One check and a number of cities.
   *
   * @param check the check
   * @param cities how many cities
   */
  public record CheckCount(CheckInfo check, long cities) {}

  /**
   * One fact and the cities whose own report lists it to collect ({@link
   * org.cityframework.rules.Assessment#toCollect()}): the profile leaves it unknown and knowing it
   * would narrow at least one finding.
   *
   * @param pointer the fact's JSON Pointer in the profile, list items by index
   * @param question the question that collects it, in English ({@link Catalogue#question})
   * @param cities how many cities
   */
  public record FactCount(String pointer, String question, long cities) {}

  /**
   * One row of the heatmap: the cities whose overall score falls in a band, and per recommendation
   * their mean score.
   *
   * @param from the band's lowest overall score (0, 10, ..., 90)
   * @param to the band's end: the next band's lowest, or 100 for the last, which includes it
   * @param cities how many cities, or empty when fewer than k
   * @param means per recommendation 1 to 10, the mean score of the band's cities with a score
   *     there, rounded half up to one decimal; empty where fewer than k cities have one
   */
  public record HeatmapRow(int from, int to, Optional<Long> cities, List<OptionalDouble> means) {
    /** Copies the means. */
    public HeatmapRow {
      means = List.copyOf(means);
    }
  }

  private final long cities;
  private final int k;
  private final PeerFilter filter;
  private final List<CheckFigures> checks;
  private final List<GroupFigures> groups;
  private final List<CheckCount> commonGaps;
  private final List<CheckCount> mostUnknown;
  private final List<FactCount> unknownFacts;
  private final List<HeatmapRow> heatmap;

  CohortSummary(Cohort cohort, int k) {
    this.cities = cohort.cities();
    this.k = k;
    this.filter = cohort.filter();
    boolean shown = cities >= k;
    List<CheckFigures> checkFigures = new ArrayList<>();
    if (shown) {
      for (int i = 0; i < cohort.checks().size(); i++) {
        checkFigures.add(
            new CheckFigures(
                cohort.checks().get(i), cohort.statusCounts(i), cohort.certainGaps(i)));
      }
    }
    this.checks = List.copyOf(checkFigures);
    List<GroupFigures> groupFigures = new ArrayList<>();
    List<ScoreGroup> all = ScoreGroup.all();
    for (int g = 0; g < all.size(); g++) {
      Tenths s = cohort.scores(g);
      Tenths c = cohort.coverages(g);
      groupFigures.add(
          new GroupFigures(
              all.get(g),
              s.total() >= k ? Optional.of(Distribution.of(s)) : Optional.empty(),
              shown && c.total() > 0 ? Optional.of(Distribution.of(c)) : Optional.empty()));
    }
    this.groups = List.copyOf(groupFigures);
    this.commonGaps = top(checkFigures, CheckFigures::certainGaps);
    this.mostUnknown = top(checkFigures, CheckFigures::unknown);
    this.unknownFacts =
        shown
            ? cohort.unknownFacts().entrySet().stream()
                .sorted(
                    Map.Entry.<String, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(
                    e ->
                        new FactCount(
                            e.getKey(), Catalogue.question(e.getKey(), Locale.ROOT), e.getValue()))
                .toList()
            : List.of();
    List<HeatmapRow> rows = new ArrayList<>();
    for (int b = Cohort.BANDS - 1; b >= 0; b--) {
      long n = cohort.bandCities(b);
      List<OptionalDouble> means = new ArrayList<>();
      for (int r = 1; r <= 10; r++) {
        long scored = cohort.bandScored(b, r);
        means.add(
            n >= k && scored >= k
                ? OptionalDouble.of(meanTenths(cohort.bandTenths(b, r), scored))
                : OptionalDouble.empty());
      }
      rows.add(
          new HeatmapRow(
              b * 100 / Cohort.BANDS,
              (b + 1) * 100 / Cohort.BANDS,
              n >= k ? Optional.of(n) : Optional.empty(),
              means));
    }
    this.heatmap = List.copyOf(rows);
  }

  /** The mean of {@code scored} values summing to {@code tenths} tenths, half up to a tenth. */
  static double meanTenths(long tenths, long scored) {
    return ((2 * tenths + scored) / (2 * scored)) / 10.0;
  }

  private static List<CheckCount> top(
      List<CheckFigures> figures, java.util.function.ToLongFunction<CheckFigures> count) {
    return figures.stream()
        .filter(f -> count.applyAsLong(f) > 0)
        .sorted(Comparator.comparingLong(count).reversed()) // stable: catalogue order on ties
        .limit(TOP)
        .map(f -> new CheckCount(f.check(), count.applyAsLong(f)))
        .toList();
  }

  /**
   * {@code 100 × part / whole} rounded half up to one decimal, for {@code 0 <= part <= whole} and
   * {@code 0 < whole}.
   */
  public static double share(long part, long whole) {
    return ((2000 * part + whole) / (2 * whole)) / 10.0;
  }

  /** How many cities the cohort counts; shown even below k, since it is the cohort's own size. */
  public long cities() {
    return cities;
  }

  /** The least number of cities a group needs for its figures to be shown. */
  public int k() {
    return k;
  }

  /** The filter the cohort's cities passed. */
  public PeerFilter filter() {
    return filter;
  }

  /** Whether the cohort has fewer than k cities, so that nothing but its size is shown. */
  public boolean isSuppressed() {
    return cities < k;
  }

  /** What a report shows in place of a figure not shown: for example "fewer than 5 cities". */
  public String suppressed() {
    return suppressed(k);
  }

  static String suppressed(int k) {
    return "fewer than " + k + (k == 1 ? " city" : " cities");
  }

  /**
   * Per check of the catalogue, in catalogue order; empty when the cohort has fewer than k cities.
   */
  public List<CheckFigures> checks() {
    return checks;
  }

  /** Per score group, in the order of {@link ScoreGroup#all()}. */
  public List<GroupFigures> groups() {
    return groups;
  }

  /** The checks that are certain gaps for the most cities, most first, at most {@link #TOP}. */
  public List<CheckCount> commonGaps() {
    return commonGaps;
  }

  /**
   * The checks whose facts were unknown for the most cities, most first, at most {@link #TOP}: what
   * the programme should ask next time.
   */
  public List<CheckCount> mostUnknown() {
    return mostUnknown;
  }

  /**
   * Every fact some city left unknown where it would narrow a finding, with how many cities, most
   * first (ties in pointer order); empty when the cohort has fewer than k cities. Per fact what
   * {@link #mostUnknown()} is per check: what the programme should ask next time. Counted only from
   * assessments that carry their evidence (an assessor {@link
   * org.cityframework.rules.Assessor#withoutEvidence() without evidence} lists nothing to collect).
   */
  public List<FactCount> unknownFacts() {
    return unknownFacts;
  }

  /** The heatmap, highest band of overall score first. */
  public List<HeatmapRow> heatmap() {
    return heatmap;
  }
}
