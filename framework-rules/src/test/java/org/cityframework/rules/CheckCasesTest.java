package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every check of the catalogue is shown met, not met and not assessed by its recommendation's test.
 */
class CheckCasesTest {

  static Stream<CheckCase> allCases() {
    return Stream.of(
            Recommendation1Test.cases(),
            Recommendation2Test.cases(),
            Recommendation3Test.cases(),
            Recommendation4Test.cases(),
            Recommendation5Test.cases(),
            Recommendation6Test.cases(),
            Recommendation7Test.cases(),
            Recommendation8Test.cases(),
            Recommendation9Test.cases(),
            Recommendation10Test.cases())
        .flatMap(s -> s);
  }

  @Test
  void every_check_has_a_met_a_not_met_and_a_not_assessed_case() {
    Map<String, Set<Status>> shown =
        allCases()
            .collect(
                Collectors.groupingBy(
                    CheckCase::checkId,
                    TreeMap::new,
                    Collectors.mapping(
                        CheckCase::expected,
                        Collectors.toCollection(() -> EnumSet.noneOf(Status.class)))));
    for (Check check : Catalogue.standard().checks()) {
      assertThat(shown.get(check.info().id()))
          .as("statuses shown for %s", check.info().id())
          .isNotNull()
          .contains(Status.MET, Status.NOT_MET, Status.NOT_ASSESSED);
    }
    assertThat(shown.keySet()).hasSize(84);
  }

  @Test
  void every_case_names_a_check_of_the_catalogue() {
    assertThat(allCases().map(CheckCase::checkId).distinct())
        .allSatisfy(id -> assertThat(Catalogue.standard().check(id)).isPresent());
  }
}
