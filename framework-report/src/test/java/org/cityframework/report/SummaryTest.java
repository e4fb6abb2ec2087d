package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** The executive summary: the position in plain sentences and the three actions to take now. */
class SummaryTest {
  /** A JSON Pointer or an enum constant: what a mayor should never have to read. */
  private static final String MACHINE_WORDS = ".*(/[a-z]+/[a-zA-Z]|[A-Z]{2,}_[A-Z]).*";

  @Test
  void rivertons_summary_gives_score_maturity_range_counts_and_the_first_three_roadmap_steps() {
    Assessment a = Cities.riverton();
    Summary summary = Summary.of(a);
    assertThat(summary.position())
        .containsExactly(
            "Riverton scores 56.9 out of 100 overall (maturity Defined) on the 58.0% of the"
                + " framework its known facts cover; once every fact is known, the score will lie"
                + " between 35.2 and 71.9.",
            "Of its 84 checks, 11 are met, 28 partly met and 6 not met; 39 are not assessed for"
                + " lack of facts (5 of them already a gap, whatever the missing facts say).");
    assertThat(summary.actions())
        .extracting(action -> action.serves().checkId())
        .containsExactlyElementsOf(
            Roadmap.of(a).all().subList(0, 3).stream().map(f -> f.checkId()).toList());
    assertThat(summary.actions().get(0).what()).isEqualTo(a.findings().get(0).actions().get(0));
    assertThat(summary.actions().get(1).check())
        .isEqualTo(
            "R7.4: Citywide data stewardship by a dedicated data team and/or leader (partly met)");
  }

  @Test
  void a_profile_that_states_nothing_has_no_score_and_asks_questions_first() {
    CityProfile blank =
        CityProfile.builder()
            .name("Testville")
            .country("FR")
            .assessedOn(LocalDate.of(2026, 1, 31))
            .build();
    Summary summary = Summary.of(Assessor.standard().assess(blank));
    assertThat(summary.position().get(0))
        .startsWith("Testville has no overall score yet")
        .contains("between 0.0 and 100.0");
    assertThat(summary.position().get(1)).contains("84 are not assessed for lack of facts");
    assertThat(summary.actions()).hasSize(Summary.ACTIONS);
    assertThat(summary.actions())
        .allSatisfy(action -> assertThat(action.what()).startsWith("Find out: ").endsWith("?"));
  }

  @Test
  void the_summary_never_shows_a_pointer_or_an_enum_constant() {
    RandomProfiles.seeded(29).stream()
        .limit(200)
        .map(Assessor.standard()::assess)
        .map(Summary::of)
        .forEach(
            summary -> {
              assertThat(summary.actions()).hasSizeLessThanOrEqualTo(Summary.ACTIONS);
              summary.position().forEach(s -> assertThat(s).doesNotMatch(MACHINE_WORDS));
              summary
                  .actions()
                  .forEach(
                      action -> {
                        assertThat(action.what()).doesNotMatch(MACHINE_WORDS);
                        assertThat(action.check()).doesNotMatch(MACHINE_WORDS);
                      });
            });
  }
}
