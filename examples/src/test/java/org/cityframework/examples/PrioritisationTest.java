package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order written in docs/prioritisation.md, checked on the five contrasting example cities by an
 * independent reading of the catalogue.
 */
class PrioritisationTest {
  private static final Catalogue CATALOGUE = Catalogue.standard();
  private static final Map<String, Integer> DEPENDENTS = dependents();
  private static final List<String> ORDER =
      CATALOGUE.checks().stream().map(c -> c.info().id()).toList();

  static Stream<Named<CityProfile>> cities() {
    return ExampleCities.all().stream().map(c -> Named.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cities")
  void findings_follow_the_documented_order(CityProfile city) {
    List<Finding> findings = Assessor.standard().assess(city).findings();
    for (int i = 0; i + 1 < findings.size(); i++) {
      assertThat(KEY.compare(findings.get(i), findings.get(i + 1)))
          .as("%s ranks before %s", findings.get(i), findings.get(i + 1))
          .isNegative();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cities")
  void a_gap_in_a_prerequisite_comes_before_every_gap_that_builds_on_it(CityProfile city) {
    Assessment a = Assessor.standard().assess(city);
    for (Finding f : a.findings()) {
      for (String pre : f.check().prerequisites()) {
        Finding before = a.finding(pre).orElseThrow();
        if (f.isCertainGap() && before.isCertainGap()) {
          assertThat(before.rank()).as("%s before %s", pre, f.checkId()).isLessThan(f.rank());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cities")
  void priority_first_then_gaps_then_unknowns_then_what_is_met(CityProfile city) {
    List<Integer> keys =
        Assessor.standard().assess(city).findings().stream()
            .map(f -> f.priority().ordinal() * 10 + tier(f))
            .toList();
    assertThat(keys).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cities")
  void priority_follows_status_foundation_and_weight(CityProfile city) {
    for (Finding f : Assessor.standard().assess(city).findings()) {
      boolean foundation = DEPENDENTS.get(f.checkId()) > 0;
      // A certain gap counts as the gap it certainly has, its best case.
      Status gap = f.bestCase();
      Priority expected;
      if (f.isCertainGap()) {
        expected =
            foundation || (gap == Status.NOT_MET && f.check().weight() >= 3)
                ? Priority.HIGH
                : f.check().weight() >= 2 ? Priority.MEDIUM : Priority.LOW;
      } else if (f.status() == Status.NOT_ASSESSED && f.worstCase().isGap()) {
        expected = foundation ? Priority.MEDIUM : Priority.LOW;
      } else {
        expected = Priority.NONE;
      }
      assertThat(f.priority()).as(f.toString()).isEqualTo(expected);
    }
  }

  @Test
  void a_city_without_a_strategy_starts_with_the_linchpin() {
    Finding first = Assessor.standard().assess(ExampleCities.lakeside()).findings().get(0);
    assertThat(first.checkId()).isEqualTo("R3.0");
    assertThat(first.priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void a_draft_strategy_still_comes_before_the_data_city_s_other_gaps() {
    Assessment a = Assessor.standard().assess(ExampleCities.hillcrest());
    assertThat(a.findings().get(0).checkId()).isEqualTo("R3.0");
    assertThat(a.findings().get(0).status()).isEqualTo(Status.PARTLY_MET);
  }

  @Test
  void among_leaf_gaps_a_wholly_unmet_practice_comes_before_a_partly_met_one() {
    List<Finding> gaps =
        Assessor.standard().assess(ExampleCities.northport()).findings().stream()
            .filter(f -> f.status().isGap())
            .toList();
    assertThat(gaps).isNotEmpty();
    assertThat(gaps.stream().allMatch(f -> DEPENDENTS.get(f.checkId()) == 0)).isTrue();
    int lastNotMet = -1;
    int firstPartly = Integer.MAX_VALUE;
    for (int i = 0; i < gaps.size(); i++) {
      if (gaps.get(i).status() == Status.NOT_MET) {
        lastNotMet = i;
      } else {
        firstPartly = Math.min(firstPartly, i);
      }
    }
    assertThat(lastNotMet).isLessThan(firstPartly);
  }

  @Test
  void together_the_examples_show_every_check_met_not_met_and_not_assessed() {
    Map<String, Set<Status>> seen = new HashMap<>();
    for (CityProfile city : ExampleCities.all()) {
      for (Finding f : Assessor.standard().assess(city).findings()) {
        seen.computeIfAbsent(f.checkId(), k -> new HashSet<>()).add(f.status());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String id : ORDER) {
      for (Status s : List.of(Status.MET, Status.NOT_MET, Status.NOT_ASSESSED)) {
        if (!seen.get(id).contains(s)) {
          missing.add(id + " " + s);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static final Comparator<Finding> KEY =
      Comparator.comparing(Finding::priority)
          .thenComparingInt(PrioritisationTest::tier)
          .thenComparing(f -> -DEPENDENTS.get(f.checkId()))
          .thenComparingInt(f -> f.bestCase() == Status.NOT_MET ? 0 : 1)
          .thenComparingInt(f -> -f.check().weight())
          .thenComparing(f -> f.check().effort())
          .thenComparingInt(f -> ORDER.indexOf(f.checkId()));

  /**
   * Within a priority: certain gaps (decided or not), findings still open, waived findings, met
   * ones (or met or not applicable whatever the unknown facts), then not applicable ones.
   */
  private static int tier(Finding f) {
    if (f.isWaived()) {
      return 2;
    }
    if (f.isCertainGap()) {
      return 0;
    }
    if (f.status() == Status.NOT_APPLICABLE) {
      return 4;
    }
    return f.worstCase().isGap() ? 1 : 3;
  }

  /** How many checks build on each check, directly or transitively. */
  private static Map<String, Integer> dependents() {
    Map<String, Integer> count = new HashMap<>();
    for (Check c : CATALOGUE.checks()) {
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(List.of(c.info().id()));
      while (!todo.isEmpty()) {
        String id = todo.remove(todo.size() - 1);
        for (Check other : CATALOGUE.checks()) {
          if (other.info().prerequisites().contains(id) && seen.add(other.info().id())) {
            todo.add(other.info().id());
          }
        }
      }
      count.put(c.info().id(), seen.size());
    }
    return count;
  }
}
