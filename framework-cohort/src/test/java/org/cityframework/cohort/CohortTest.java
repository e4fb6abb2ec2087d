package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Status;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

class CohortTest {
  /** As the command line assesses a cohort: the unknown facts are the only evidence kept. */
  private static final Assessor ASSESSOR = Assessor.standard().withUnknownEvidenceOnly();

  static List<Assessment> cities(long seed, int n) {
    return RandomProfiles.seeded(seed).stream().limit(n).map(ASSESSOR::assess).toList();
  }

  private static Cohort cohortOf(List<Assessment> cities) {
    Cohort c = Cohort.standard();
    cities.forEach(c::add);
    return c;
  }

  @Test
  void counts_each_status_and_certain_gap_per_check() {
    List<Assessment> cities = cities(3, 40);
    CohortSummary s = cohortOf(cities).summary(5);
    assertThat(s.cities()).isEqualTo(40);
    assertThat(s.checks()).hasSize(Catalogue.standard().size());
    for (CohortSummary.CheckFigures f : s.checks()) {
      for (Status status : Status.values()) {
        long expected =
            cities.stream()
                .filter(a -> a.finding(f.check().id()).orElseThrow().status() == status)
                .count();
        assertThat(f.counts().get(status)).as(f.check().id() + " " + status).isEqualTo(expected);
      }
      long gaps =
          cities.stream()
              .filter(a -> a.finding(f.check().id()).orElseThrow().isCertainGap())
              .count();
      assertThat(f.certainGaps()).isEqualTo(gaps);
      assertThat(f.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
    }
  }

  @Test
  void the_overall_distribution_is_the_sorted_scores_read_by_nearest_rank() {
    List<Assessment> cities = cities(4, 30);
    double[] sorted =
        cities.stream()
            .map(a -> a.scores().overall().score())
            .filter(o -> o.isPresent())
            .mapToDouble(o -> o.getAsDouble())
            .sorted()
            .toArray();
    Distribution d = cohortOf(cities).summary(5).groups().get(0).score().orElseThrow();
    int n = sorted.length;
    assertThat(d.cities()).isEqualTo(n);
    assertThat(d.min()).isEqualTo(sorted[0]);
    assertThat(d.p10()).isEqualTo(sorted[(int) Math.ceil(0.10 * n) - 1]);
    assertThat(d.p25()).isEqualTo(sorted[(int) Math.ceil(0.25 * n) - 1]);
    assertThat(d.median()).isEqualTo(sorted[(int) Math.ceil(0.50 * n) - 1]);
    assertThat(d.p75()).isEqualTo(sorted[(int) Math.ceil(0.75 * n) - 1]);
    assertThat(d.p90()).isEqualTo(sorted[(int) Math.ceil(0.90 * n) - 1]);
    assertThat(d.max()).isEqualTo(sorted[n - 1]);
  }

  @Test
  void no_figure_is_shown_for_fewer_than_k_cities() {
    CohortSummary s = cohortOf(cities(5, 4)).summary(5);
    assertThat(s.cities()).isEqualTo(4);
    assertThat(s.isSuppressed()).isTrue();
    assertThat(s.suppressed()).isEqualTo("fewer than 5 cities");
    assertThat(s.checks()).isEmpty();
    assertThat(s.commonGaps()).isEmpty();
    assertThat(s.mostUnknown()).isEmpty();
    assertThat(s.unknownFacts()).isEmpty();
    assertThat(s.groups()).allSatisfy(g -> assertThat(g.score()).isEmpty());
    assertThat(s.groups()).allSatisfy(g -> assertThat(g.coverage()).isEmpty());
    assertThat(s.heatmap()).allSatisfy(r -> assertThat(r.cities()).isEmpty());
    assertThat(s.heatmap())
        .allSatisfy(r -> assertThat(r.means()).allSatisfy(m -> assertThat(m).isEmpty()));
  }

  @Test
  void the_same_cities_are_shown_once_k_is_reached() {
    CohortSummary s = cohortOf(cities(5, 4)).summary(4);
    assertThat(s.isSuppressed()).isFalse();
    assertThat(s.checks()).isNotEmpty();
  }

  @Test
  void counts_per_fact_the_cities_whose_report_lists_it_to_collect() {
    List<Assessment> cities = cities(8, 60);
    CohortSummary s = cohortOf(cities).summary(5);
    Map<String, Long> expected = new java.util.HashMap<>();
    for (Assessment a : cities) {
      Assessment full = Assessor.standard().assess(a.profile());
      full.toCollect().forEach(q -> expected.merge(q.pointer(), 1L, Long::sum));
    }
    assertThat(expected).isNotEmpty();
    assertThat(s.unknownFacts())
        .extracting(CohortSummary.FactCount::pointer)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (CohortSummary.FactCount f : s.unknownFacts()) {
      assertThat(f.cities()).as(f.pointer()).isEqualTo(expected.get(f.pointer()));
      assertThat(f.question()).isEqualTo(Catalogue.question(f.pointer(), java.util.Locale.ROOT));
    }
    assertThat(s.unknownFacts())
        .isSortedAccordingTo(
            java.util.Comparator.comparingLong(CohortSummary.FactCount::cities)
                .reversed()
                .thenComparing(CohortSummary.FactCount::pointer));
  }

  @Test
  void a_cohort_of_assessments_without_evidence_counts_no_fact() {
    Cohort c = Cohort.standard();
    RandomProfiles.seeded(8).stream()
        .limit(20)
        .map(Assessor.standard().withoutEvidence()::assess)
        .forEach(c::add);
    assertThat(c.summary(5).unknownFacts()).isEmpty();
    assertThat(c.summary(5).mostUnknown()).isNotEmpty();
  }

  @Test
  void a_heatmap_row_of_fewer_than_k_cities_is_not_shown() {
    CohortSummary s = cohortOf(cities(6, 40)).summary(5);
    long shown = 0;
    for (CohortSummary.HeatmapRow r : s.heatmap()) {
      if (r.cities().isPresent()) {
        assertThat(r.cities().get()).isGreaterThanOrEqualTo(5);
        shown += r.cities().get();
      } else {
        assertThat(r.means()).allSatisfy(m -> assertThat(m).isEmpty());
      }
    }
    assertThat(shown).isLessThanOrEqualTo(40);
  }

  @Test
  void splitting_a_cohort_at_random_and_merging_gives_the_same_summary() {
    List<Assessment> cities = cities(7, 300);
    Cohort whole = cohortOf(cities);
    Random random = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      int parts = 1 + random.nextInt(8);
      List<Cohort> cohorts = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        cohorts.add(Cohort.standard());
      }
      for (Assessment a : cities) {
        cohorts.get(random.nextInt(parts)).add(a);
      }
      java.util.Collections.shuffle(cohorts, random);
      Cohort merged = Cohort.standard();
      for (Cohort c : cohorts) {
        merged.merge(c);
      }
      assertThat(merged).isEqualTo(whole);
      assertThat(merged.summary(5).unknownFacts()).isEqualTo(whole.summary(5).unknownFacts());
      assertThat(CohortDocument.write(merged.summary(5)))
          .isEqualTo(CohortDocument.write(whole.summary(5)));
    }
  }

  @Test
  void only_cohorts_of_the_same_checks_and_filter_merge() {
    Cohort filtered =
        Cohort.of(Catalogue.standard(), PeerFilter.of(Set.of("GB"), Set.of(), Set.of()));
    assertThatThrownBy(() -> Cohort.standard().merge(filtered))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_filter_counts_only_the_cities_it_lets_through() {
    List<Assessment> cities = cities(8, 200);
    PeerFilter medium = PeerFilter.of(Set.of(), Set.of(PopulationBand.MEDIUM), Set.of());
    Cohort c = Cohort.of(Catalogue.standard(), medium);
    cities.forEach(c::add);
    long expected =
        cities.stream()
            .map(Assessment::profile)
            .filter(
                p ->
                    p.population().isPresent()
                        && p.population().getAsInt() >= 200_000
                        && p.population().getAsInt() < 500_000)
            .count();
    assertThat(c.cities()).isEqualTo(expected);
  }

  @Test
  void filters_by_country_and_wave_read_the_profile() {
    CityProfile p = cities(9, 1).get(0).profile();
    assertThat(PeerFilter.of(Set.of(p.country()), Set.of(), Set.of()).test(p)).isTrue();
    assertThat(PeerFilter.of(Set.of("ZZ"), Set.of(), Set.of()).test(p)).isFalse();
    if (p.surveyWave().isPresent()) {
      int wave = p.surveyWave().getAsInt();
      assertThat(PeerFilter.of(Set.of(), Set.of(), Set.of(wave)).test(p)).isTrue();
      assertThat(PeerFilter.of(Set.of(), Set.of(), Set.of(wave + 1)).test(p)).isFalse();
    } else {
      assertThat(PeerFilter.of(Set.of(), Set.of(), Set.of(2020)).test(p)).isFalse();
    }
  }

  @Test
  void population_bands_follow_the_oecd_classes() {
    assertThat(PopulationBand.of(java.util.OptionalInt.of(49_999)))
        .contains(PopulationBand.BELOW_SMALL);
    assertThat(PopulationBand.of(java.util.OptionalInt.of(50_000))).contains(PopulationBand.SMALL);
    assertThat(PopulationBand.of(java.util.OptionalInt.of(200_000)))
        .contains(PopulationBand.MEDIUM);
    assertThat(PopulationBand.of(java.util.OptionalInt.of(500_000)))
        .contains(PopulationBand.METROPOLITAN);
    assertThat(PopulationBand.of(java.util.OptionalInt.of(1_500_000)))
        .contains(PopulationBand.LARGE_METROPOLITAN);
    assertThat(PopulationBand.of(java.util.OptionalInt.empty())).isEmpty();
    assertThat(PopulationBand.ofId("metropolitan")).isEqualTo(PopulationBand.METROPOLITAN);
    assertThatThrownBy(() -> PopulationBand.ofId("huge"))
        .hasMessageContaining("large-metropolitan");
  }

  @Test
  void the_most_common_gaps_are_in_order_and_agree_with_the_checks() {
    CohortSummary s = cohortOf(cities(10, 60)).summary(5);
    assertThat(s.commonGaps()).hasSizeLessThanOrEqualTo(CohortSummary.TOP);
    for (int i = 1; i < s.commonGaps().size(); i++) {
      assertThat(s.commonGaps().get(i).cities())
          .isLessThanOrEqualTo(s.commonGaps().get(i - 1).cities());
    }
    Map<String, Long> byId = new java.util.HashMap<>();
    s.checks().forEach(f -> byId.put(f.check().id(), f.certainGaps()));
    s.commonGaps().forEach(g -> assertThat(g.cities()).isEqualTo(byId.get(g.check().id())));
    long most = s.checks().stream().mapToLong(f -> f.certainGaps()).max().orElseThrow();
    assertThat(s.commonGaps().get(0).cities()).isEqualTo(most);
    long unknownMost = s.checks().stream().mapToLong(f -> f.unknown()).max().orElseThrow();
    assertThat(s.mostUnknown().get(0).cities()).isEqualTo(unknownMost);
  }

  @Test
  void a_city_percentile_rank_counts_peers_below_and_half_those_level() {
    List<Assessment> cities = cities(12, 50);
    Cohort cohort = cohortOf(cities);
    Assessment city = cities.get(0);
    PeerPosition position = cohort.position(city, 5);
    double score = city.scores().overall().score().orElseThrow();
    long n = cities.stream().filter(a -> a.scores().overall().score().isPresent()).count();
    long below =
        cities.stream()
            .filter(a -> a.scores().overall().score().isPresent())
            .filter(a -> a.scores().overall().score().getAsDouble() < score)
            .count();
    long level =
        cities.stream()
            .filter(a -> a.scores().overall().score().isPresent())
            .filter(a -> a.scores().overall().score().getAsDouble() == score)
            .count();
    double expected = Math.round(1000.0 * (below + level / 2.0) / n) / 10.0;
    assertThat(position.groups().get(0).percentileRank().orElseThrow()).isEqualTo(expected);
    assertThat(position.city()).isEqualTo(city.profile().name());
  }

  @Test
  void a_city_sees_how_common_its_status_is_among_peers() {
    List<Assessment> cities = cities(13, 50);
    Cohort cohort = cohortOf(cities);
    Assessment city = cities.get(1);
    PeerPosition position = cohort.position(city, 5);
    PeerPosition.CheckPosition r3 =
        position.checks().stream()
            .filter(c -> c.check().id().equals("R3.0"))
            .findFirst()
            .orElseThrow();
    Finding own = city.finding("R3.0").orElseThrow();
    long same =
        cities.stream()
            .filter(a -> a.finding("R3.0").orElseThrow().status() == own.status())
            .count();
    assertThat(r3.status()).isEqualTo(own.status());
    assertThat(r3.peersWithStatus().orElseThrow())
        .isEqualTo(CohortSummary.share(same, cities.size()));
    assertThat(r3.sentence())
        .startsWith(
            String.format(
                java.util.Locale.ROOT,
                "%.1f %% of peers",
                CohortSummary.share(same, cities.size())))
        .endsWith("R3.0");
  }

  @Test
  void a_city_among_fewer_than_k_peers_gets_no_figure() {
    List<Assessment> cities = cities(14, 3);
    PeerPosition position = cohortOf(cities).position(cities.get(0), 5);
    assertThat(position.groups()).allSatisfy(g -> assertThat(g.percentileRank()).isEmpty());
    assertThat(position.checks()).allSatisfy(c -> assertThat(c.peersWithStatus()).isEmpty());
  }

  @Test
  void shares_round_half_up_to_one_decimal() {
    assertThat(CohortSummary.share(1, 8)).isEqualTo(12.5);
    assertThat(CohortSummary.share(1, 3)).isEqualTo(33.3);
    assertThat(CohortSummary.share(2, 3)).isEqualTo(66.7);
    assertThat(CohortSummary.share(1, 16)).isEqualTo(6.3);
  }
}
