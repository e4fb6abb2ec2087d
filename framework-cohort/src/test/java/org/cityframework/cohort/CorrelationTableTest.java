package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorrelationTableTest {
  private static final int CITIES = 40;
  private static List<Assessment> cohort;
  private static String lastCsv;

  @BeforeAll
  static void assess_a_cohort_of_forty_random_cities_and_one_blank_one() {
    Assessor assessor = Assessor.standard();
    List<CityProfile> profiles = RandomProfiles.seeded(21).stream().limit(CITIES).toList();
    cohort = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      cohort.add(assessor.assess(profiles.get(i).withName("City " + i).withCountry("FR")));
    }
    // A city that states nothing: no score at all, so it counts in no pair.
    cohort.add(
        assessor.assess(
            CityProfile.builder()
                .name("Blank")
                .country("FR")
                .assessedOn(LocalDate.of(2026, 1, 1))
                .build()));
  }

  @Test
  void a_planted_monotone_relation_is_found_with_its_sign_and_size() {
    Random random = new Random(5);
    double spread = standardDeviation(overallScores());
    CorrelationTable table =
        table(
            "rising,falling,noisy rise,noise",
            s ->
                (2 * s + 10)
                    + ","
                    + (100 - s * s / 100)
                    + ","
                    + (s + spread * random.nextGaussian())
                    + ","
                    + random.nextGaussian(),
            CorrelationTable.MINIMUM_CITIES);
    Correlation rising = table.correlation("overall", "rising").orElseThrow();
    assertThat(rising.n()).isEqualTo(CITIES);
    assertThat(rising.rho().getAsDouble()).isEqualTo(1.0);
    assertThat(rising.significant()).isTrue();
    assertThat(table.correlation("overall", "falling").orElseThrow().rho().getAsDouble())
        .isEqualTo(-1.0);
    // Noise as large as the score's own spread: Pearson's r is 1/sqrt(2), about 0.71.
    Correlation noisy = table.correlation("overall", "noisy rise").orElseThrow();
    assertThat(noisy.rho().getAsDouble()).isBetween(0.5, 0.9);
    assertThat(noisy.low().getAsDouble()).isLessThan(noisy.rho().getAsDouble());
    assertThat(noisy.high().getAsDouble()).isGreaterThan(noisy.rho().getAsDouble());
    assertThat(noisy.significant()).isTrue();
    Correlation noise = table.correlation("overall", "noise").orElseThrow();
    assertThat(noise.significant()).isFalse();
    assertThat(noise.adjustedP().getAsDouble()).isGreaterThanOrEqualTo(noise.p().getAsDouble());
    assertThat(table.pairsTested()).isEqualTo(16 * 4);
  }

  @Test
  void missing_values_leave_a_city_out_of_that_pair_only_and_too_few_cities_give_no_figure() {
    int[] count = {0};
    CorrelationTable table =
        table(
            "nine,ten,same",
            s -> {
              int i = count[0]++;
              return (i < 9 ? s : "") + "," + (i < 10 ? -s : "") + ",3";
            },
            CorrelationTable.MINIMUM_CITIES);
    Correlation nine = table.correlation("overall", "nine").orElseThrow();
    assertThat(nine.n()).isEqualTo(9);
    assertThat(nine.reported()).isFalse();
    assertThat(nine.noFigure()).contains("too few cities (fewer than 10)");
    assertThat(nine.rho()).isEmpty();
    Correlation ten = table.correlation("overall", "ten").orElseThrow();
    assertThat(ten.n()).isEqualTo(10);
    assertThat(ten.rho().getAsDouble()).isEqualTo(-1.0);
    Correlation same = table.correlation("overall", "same").orElseThrow();
    assertThat(same.n()).isEqualTo(CITIES);
    assertThat(same.noFigure()).contains("no variation (every city has the same score or value)");
    // The blank city has a row but no score; the row for Atlantis belongs to no city.
    assertThat(table.cohortSize()).isEqualTo(CITIES + 1);
    assertThat(table.citiesWithOutcomes()).isEqualTo(CITIES + 1);
    assertThat(table.rowsWithoutCity()).isEqualTo(1);
    assertThat(table.pairsTested()).isEqualTo(16);
  }

  @Test
  void a_higher_minimum_withholds_more_and_a_lower_one_is_refused() {
    int[] count = {0};
    Function<Double, String> tenCities = s -> count[0]++ < 10 ? Double.toString(s) : "";
    CorrelationTable table = table("ten", tenCities, 20);
    assertThat(table.correlation("overall", "ten").orElseThrow().noFigure())
        .contains("too few cities (fewer than 20)");
    assertThatThrownBy(() -> table("ten", s -> "1", 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the minimum number of cities is at least 10");
  }

  @Test
  void every_output_says_a_correlation_is_not_a_cause_and_is_the_same_in_any_locale() {
    Random random = new Random(9);
    CorrelationTable table =
        table("resident satisfaction", s -> Double.toString(s + 20 * random.nextGaussian()), 10);
    assertThat(table.text().replace('\n', ' '))
        .startsWith("Capacity against outcomes  " + CorrelationTable.NOT_A_CAUSE);
    assertThat(table.text().lines()).allMatch(line -> line.length() <= 100 || line.contains("  "));
    assertThat(table.markdown()).contains(CorrelationTable.NOT_A_CAUSE);
    assertThat(table.json().get("notACause").asString()).isEqualTo(CorrelationTable.NOT_A_CAUSE);
    assertThat(table.json().get("correlations")).hasSize(16);
    assertThat(table.text())
        .contains("overall score")
        .contains("recommendation 10")
        .contains("innovation staff and organisation")
        .contains(" to ");
    Correlation overall = table.correlation("overall", "resident satisfaction").orElseThrow();
    assertThat(table.json().get("correlations").get(0).get("rho").asDouble())
        .isCloseTo(overall.rho().getAsDouble(), within(0.00005));
    Locale before = Locale.getDefault();
    String text = table.text();
    String json = table.json().toString();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(table.text()).isEqualTo(text);
      assertThat(table.json().toString()).isEqualTo(json);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void a_cohort_streamed_in_any_order_on_several_threads_gives_the_same_table() throws Exception {
    Random random = new Random(3);
    String columns = "resident satisfaction,safety";
    Function<Double, String> cells =
        s -> (s + 10 * random.nextGaussian()) + "," + (random.nextInt(5) == 0 ? "" : s % 7);
    CorrelationTable inOrder = table(columns, cells, 10);
    OutcomeTable outcomes = OutcomeTable.read(lastCsv);
    List<Assessment> shuffled = new ArrayList<>(cohort);
    Collections.shuffle(shuffled, new Random(4));
    CorrelationTable.Collector collector = CorrelationTable.collector(outcomes, 10);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      pool.invokeAll(
          shuffled.stream()
              .map(
                  a ->
                      (Callable<Void>)
                          () -> {
                            collector.add(a);
                            return null;
                          })
              .toList());
    } finally {
      pool.shutdown();
    }
    CorrelationTable streamed = collector.table();
    assertThat(streamed.json().toString()).isEqualTo(inOrder.json().toString());
    assertThat(streamed.text()).isEqualTo(inOrder.text());
  }

  @Test
  void a_row_two_cities_of_the_cohort_both_match_belongs_to_neither() {
    List<Assessment> twins = new ArrayList<>(cohort);
    twins.add(Assessor.standard().assess(cohort.get(0).profile()));
    StringBuilder csv = new StringBuilder("city,safety\n");
    for (int i = 0; i < CITIES; i++) {
      csv.append("City ").append(i).append(',').append(i).append('\n');
    }
    CorrelationTable table = CorrelationTable.of(twins, OutcomeTable.read(csv.toString()));
    assertThat(table.cohortSize()).isEqualTo(CITIES + 2);
    assertThat(table.citiesWithOutcomes()).isEqualTo(CITIES - 1);
    assertThat(table.rowsWithoutCity()).isEqualTo(1);
    assertThat(table.correlation("overall", "safety").orElseThrow().n()).isEqualTo(CITIES - 1);
  }

  /**
   * A table of the cohort against outcomes made from each city's overall score (the blank city,
   * which has none, gets 0), plus a row for a city not in the cohort.
   */
  private static CorrelationTable table(
      String columns, Function<Double, String> cells, int minimum) {
    StringBuilder csv = new StringBuilder("city,country,").append(columns).append('\n');
    for (Assessment a : cohort) {
      double score = a.scores().overall().score().orElse(0);
      csv.append(a.profile().name()).append(",FR,").append(cells.apply(score)).append('\n');
    }
    csv.append("Atlantis,GR").append(",".repeat(columns.split(",").length)).append('\n');
    lastCsv = csv.toString();
    return CorrelationTable.of(cohort, OutcomeTable.read(csv.toString()), minimum);
  }

  private static double[] overallScores() {
    return cohort.stream()
        .map(a -> a.scores().overall().score())
        .filter(s -> s.isPresent())
        .mapToDouble(s -> s.getAsDouble())
        .toArray();
  }

  private static double standardDeviation(double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / x.length);
  }
}
