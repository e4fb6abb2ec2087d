package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.cityframework.core.InnovationComponent;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Score;
import org.cityframework.rules.Scores;
import tools.jackson.databind.node.ObjectNode;

/**
 * Capacity against outcomes across a cohort: for each pair of a capacity score (overall, per
 * recommendation, per innovation-capacity component) and an outcome of an {@link OutcomeTable},
 * Spearman's rank correlation with its 95 % interval, its p-value and the p-value adjusted for the
 * number of pairs tested (Benjamini-Hochberg). Immutable and thread-safe; the same cohort and table
 * give the same table, text and JSON, byte for byte.
 *
 * <p>A pair counts the cities that have both a score (a group with nothing assessed has none) and a
 * value of the outcome (a blank cell is a missing value); every other city is left out of that pair
 * only. Below {@link #MINIMUM_CITIES} cities (or the higher minimum given) a pair has no figure;
 * nor has a pair whose score or outcome is the same for every city. The adjustment runs over the
 * pairs with a figure. Every output says that a correlation is not a cause ({@link #NOT_A_CAUSE}).
 * The method and its limits: docs/cohort.md.
 */
public final class CorrelationTable {
  /**
   * The fewest cities a pair needs for a figure: 10, the smallest cohort for which Fieller, Hartley
   * and Pearson (1957) found their standard error of a rank correlation adequate. It is above the
   * cohort's k of 5 (no figure for fewer than k cities).
   */
  public static final int MINIMUM_CITIES = 10;

  /** The adjusted p-value below which the text calls a pair a finding: 0.05. */
  public static final double ALPHA = 0.05;

  /** The sentence every output carries. */
  public static final String NOT_A_CAUSE =
      "A correlation is not a cause: cities with higher capacity may differ in many other ways"
          + " (size, wealth, history), and outcomes may drive capacity as much as capacity drives"
          + " outcomes.";

  /** How the figures are worked out, in one paragraph. */
  public static final String METHOD =
      "Spearman's rank correlation (ties take their average rank); 95% interval by Fisher's z"
          + " with standard error 1.06/sqrt(n-3) (Fieller, Hartley and Pearson 1957); two-sided"
          + " p-value from Student's t with n-2 degrees of freedom; adjusted p-value by"
          + " Benjamini-Hochberg over every pair with a figure.";

  private final int cohortSize;
  private final int citiesWithRow;
  private final int rowsWithoutCity;
  private final int minimumCities;
  private final List<Correlation> correlations;

  private CorrelationTable(
      int cohortSize,
      int citiesWithRow,
      int rowsWithoutCity,
      int minimumCities,
      List<Correlation> correlations) {
    this.cohortSize = cohortSize;
    this.citiesWithRow = citiesWithRow;
    this.rowsWithoutCity = rowsWithoutCity;
    this.minimumCities = minimumCities;
    this.correlations = List.copyOf(correlations);
  }

  /** The table of a cohort's assessments against an outcomes table, with the default minimum. */
  public static CorrelationTable of(List<Assessment> cohort, OutcomeTable outcomes) {
    return of(cohort, outcomes, MINIMUM_CITIES);
  }

  /**
   * The table of a cohort's assessments against an outcomes table, no pair having a figure with
   * fewer than {@code minimumCities} cities.
   *
   * @throws IllegalArgumentException when the minimum is below {@link #MINIMUM_CITIES}
   */
  public static CorrelationTable of(
      List<Assessment> cohort, OutcomeTable outcomes, int minimumCities) {
    Collector collector = collector(outcomes, minimumCities);
    cohort.forEach(collector::add);
    return collector.table();
  }

  /**
   * A collector for a cohort read as a stream, one assessment at a time, on any number of threads:
   * it keeps only the scores of the cities that have a row in the outcomes table (so its memory is
   * bounded by the table's size, whatever the cohort's), and gives the same table whatever the
   * order the cities come in.
   *
   * @throws IllegalArgumentException when the minimum is below {@link #MINIMUM_CITIES}
   */
  public static Collector collector(OutcomeTable outcomes, int minimumCities) {
    if (minimumCities < MINIMUM_CITIES) {
      throw new IllegalArgumentException(
          "the minimum number of cities is at least " + MINIMUM_CITIES);
    }
    return new Collector(outcomes, minimumCities);
  }

  /**
   * Collects a cohort's capacity scores against an outcomes table; thread-safe. Made by {@link
   * CorrelationTable#collector}.
   */
  public static final class Collector {
    private final OutcomeTable outcomes;
    private final int minimumCities;
    private final Map<OutcomeRow, List<double[]>> claims = new IdentityHashMap<>();
    private int cities;

    private Collector(OutcomeTable outcomes, int minimumCities) {
      this.outcomes = outcomes;
      this.minimumCities = minimumCities;
    }

    /** Adds one city of the cohort. */
    public void add(Assessment assessment) {
      Optional<OutcomeRow> row = outcomes.rowFor(assessment.profile());
      double[] scores = row.isPresent() ? scores(assessment.scores()) : null;
      synchronized (this) {
        cities++;
        row.ifPresent(r -> claims.computeIfAbsent(r, x -> new ArrayList<>()).add(scores));
      }
    }

    /** The table of the cities added so far. */
    public synchronized CorrelationTable table() {
      // A row two cities of the cohort both match (same name, same country) belongs to neither.
      // The cities are taken in the order of their rows, so that the arithmetic, and so every
      // digit, is the same whatever the order the cities came in.
      List<OutcomeRow> rows = new ArrayList<>();
      List<double[]> scores = new ArrayList<>();
      for (OutcomeRow row : outcomes.rows()) {
        List<double[]> claimed = claims.get(row);
        if (claimed != null && claimed.size() == 1) {
          rows.add(row);
          scores.add(claimed.get(0));
        }
      }
      int withRow = rows.size();
      int unclaimed = outcomes.rows().size() - withRow;
      List<Pending> pending = new ArrayList<>();
      int column = 0;
      for (Map.Entry<String, ScoreColumn> s : SCORE_COLUMNS.entrySet()) {
        for (String outcome : outcomes.outcomes()) {
          List<double[]> pairs = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            double score = scores.get(i)[column];
            OptionalDouble value = rows.get(i).value(outcome);
            if (!Double.isNaN(score) && value.isPresent()) {
              pairs.add(new double[] {score, value.getAsDouble()});
            }
          }
          pending.add(new Pending(s.getKey(), s.getValue().name(), outcome, pairs, minimumCities));
        }
        column++;
      }
      List<Pending> tested = pending.stream().filter(Pending::hasFigure).toList();
      double[] p = new double[tested.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = tested.get(i).p;
      }
      double[] adjusted = CorrelationStatistics.benjaminiHochberg(p);
      Map<Pending, Double> adjustedOf = new IdentityHashMap<>();
      for (int i = 0; i < p.length; i++) {
        adjustedOf.put(tested.get(i), adjusted[i]);
      }
      List<Correlation> correlations = new ArrayList<>();
      for (Pending x : pending) {
        correlations.add(x.toCorrelation(Optional.ofNullable(adjustedOf.get(x))));
      }
      return new CorrelationTable(cities, withRow, unclaimed, minimumCities, correlations);
    }

    /** A city's scores in the order of the score columns; not a number where it has none. */
    private static double[] scores(Scores scores) {
      return SCORE_COLUMNS.values().stream()
          .mapToDouble(c -> c.read().apply(scores).orElse(Double.NaN))
          .toArray();
    }
  }

  /** The scores a pair can take, by id, in order: overall, recommendations 1 to 10, components. */
  private static final Map<String, ScoreColumn> SCORE_COLUMNS = scoreColumns();

  private static Map<String, ScoreColumn> scoreColumns() {
    Map<String, ScoreColumn> columns = new LinkedHashMap<>();
    columns.put("overall", new ScoreColumn("overall score", s -> s.overall().score()));
    for (int r = 1; r <= 10; r++) {
      int rec = r;
      columns.put(
          "R" + r,
          new ScoreColumn("recommendation " + r, s -> scoreOf(s.byRecommendation().get(rec))));
    }
    for (InnovationComponent c : InnovationComponent.values()) {
      columns.put(
          c.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          new ScoreColumn(
              c.name().toLowerCase(Locale.ROOT).replace('_', ' '),
              s -> scoreOf(s.byComponent().get(c))));
    }
    return Collections.unmodifiableMap(columns);
  }

  private static OptionalDouble scoreOf(Score score) {
    return score == null ? OptionalDouble.empty() : score.score();
  }

  private record ScoreColumn(String name, Function<Scores, OptionalDouble> read) {}

  /** A pair before the adjustment, which needs every pair's p-value. */
  private static final class Pending {
    final String score;
    final String scoreName;
    final String outcome;
    final int n;
    final Optional<String> noFigure;
    double rho;
    double low;
    double high;
    double p;

    Pending(String score, String scoreName, String outcome, List<double[]> pairs, int minimum) {
      this.score = score;
      this.scoreName = scoreName;
      this.outcome = outcome;
      this.n = pairs.size();
      if (n < minimum) {
        noFigure = Optional.of("too few cities (fewer than " + minimum + ")");
        return;
      }
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = pairs.get(i)[0];
        y[i] = pairs.get(i)[1];
      }
      rho = CorrelationStatistics.spearman(x, y);
      if (Double.isNaN(rho)) {
        noFigure = Optional.of("no variation (every city has the same score or value)");
        return;
      }
      noFigure = Optional.empty();
      double[] interval = CorrelationStatistics.interval(rho, n);
      low = interval[0];
      high = interval[1];
      p = CorrelationStatistics.pValue(rho, n);
    }

    boolean hasFigure() {
      return noFigure.isEmpty();
    }

    Correlation toCorrelation(Optional<Double> adjusted) {
      if (noFigure.isPresent()) {
        OptionalDouble none = OptionalDouble.empty();
        return new Correlation(
            score, scoreName, outcome, n, noFigure, none, none, none, none, none);
      }
      return new Correlation(
          score,
          scoreName,
          outcome,
          n,
          noFigure,
          OptionalDouble.of(rho),
          OptionalDouble.of(low),
          OptionalDouble.of(high),
          OptionalDouble.of(p),
          OptionalDouble.of(adjusted.orElseThrow()));
    }
  }

  /** One row per pair: scores in order (overall, R1 to R10, components), outcomes within each. */
  public List<Correlation> correlations() {
    return correlations;
  }

  /** The correlation of one score (by id, such as {@code overall} or {@code R3}) and outcome. */
  public Optional<Correlation> correlation(String score, String outcome) {
    return correlations.stream()
        .filter(c -> c.score().equals(score) && c.outcome().equals(outcome))
        .findFirst();
  }

  /** How many cities the cohort has. */
  public int cohortSize() {
    return cohortSize;
  }

  /** How many cities of the cohort have a row in the outcomes table. */
  public int citiesWithOutcomes() {
    return citiesWithRow;
  }

  /**
   * How many rows of the outcomes table belong to no city of the cohort: no profile has the row's
   * name (and country), or two do.
   */
  public int rowsWithoutCity() {
    return rowsWithoutCity;
  }

  /** The fewest cities a pair needs for a figure. */
  public int minimumCities() {
    return minimumCities;
  }

  /** How many pairs have a figure: the number the p-values are adjusted for. */
  public int pairsTested() {
    return (int) correlations.stream().filter(Correlation::reported).count();
  }

  /** How many pairs have an adjusted p-value below {@link #ALPHA}. */
  public int findings() {
    return (int) correlations.stream().filter(Correlation::significant).count();
  }

  /**
   * The table as plain text: a title line, the sentence on causes, the cohort's counts, the method
   * (each wrapped to 100 columns), then one line per pair with its figures or why it has none.
   */
  public String text() {
    return CorrelationText.text(this);
  }

  /** The table as Markdown: the same preamble, then a table. */
  public String markdown() {
    return CorrelationText.markdown(this);
  }

  /**
   * The table as a JSON tree: the sentence on causes, the method, the counts, and one object per
   * pair, its numbers rounded to four decimals (p-values to four significant digits).
   */
  public ObjectNode json() {
    return CorrelationText.json(this);
  }
}
