package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.Regulation;
import org.cityframework.core.Safeguard;
import org.cityframework.core.StrategyStatus;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** What to collect next: the unknown facts that would decide the most, each with its question. */
class QuestionsTest {
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void a_blank_profile_asks_first_for_the_linchpin_the_strategy() {
    List<Question> questions = ASSESSOR.assess(unknownCity()).toCollect();
    Question first = questions.get(0);
    assertThat(first.pointer()).isEqualTo("/strategy/status");
    assertThat(first.text()).endsWith("?").doesNotContain("/strategy");
    // The status decides R3.0 and R3.2 directly, and through what no strategy implies, what the
    // strategy would cover: R2.9 (culture), R6.3 (data competency), R5.1 (the budget in it), ...
    assertThat(first.decides()).contains("R3.0", "R3.2", "R2.9", "R6.3", "R5.1");
    assertThat(first.foundation()).isEqualTo(15);
    int weight = 0;
    for (String id : first.decides()) {
      weight += ASSESSOR.catalogue().check(id).orElseThrow().info().weight();
    }
    assertThat(first.weight()).isEqualTo(weight);
  }

  @Test
  void facts_to_collect_are_the_questions_facts_and_none_without_evidence() {
    RandomProfiles.seeded(5).stream()
        .limit(100)
        .forEach(
            p -> {
              Assessment a = ASSESSOR.assess(p);
              assertThat(a.factsToCollect())
                  .containsExactlyInAnyOrderElementsOf(
                      a.toCollect().stream().map(Question::pointer).toList());
              assertThat(ASSESSOR.withoutEvidence().assess(p).factsToCollect()).isEmpty();
            });
    assertThat(ASSESSOR.assess(unknownCity()).factsToCollect()).contains("/strategy/status");
  }

  @Test
  void unknown_evidence_only_gives_the_same_questions_and_the_unknown_part_of_the_evidence() {
    Assessor unknownOnly = ASSESSOR.withUnknownEvidenceOnly();
    RandomProfiles.seeded(6).stream()
        .limit(200)
        .forEach(
            p -> {
              Assessment all = ASSESSOR.assess(p);
              Assessment unknown = unknownOnly.assess(p);
              assertThat(unknown.toCollect()).isEqualTo(all.toCollect());
              assertThat(unknown.factsToCollect()).isEqualTo(all.factsToCollect());
              assertThat(unknown.scores()).isEqualTo(all.scores());
              for (int i = 0; i < all.findings().size(); i++) {
                Finding f = all.findings().get(i);
                Finding g = unknown.findings().get(i);
                assertThat(g.checkId()).isEqualTo(f.checkId());
                assertThat(g.verdict()).isEqualTo(f.verdict());
                assertThat(g.evidence())
                    .isEqualTo(f.evidence().stream().filter(e -> !e.isKnown()).toList());
              }
            });
    assertThat(unknownOnly.recordsEvidence()).isTrue();
    assertThat(unknownOnly.assess(unknownCity()).factsToCollect()).contains("/strategy/status");
  }

  @Test
  void the_questions_come_foundations_first_then_by_weight_then_by_how_many_they_decide() {
    RandomProfiles.seeded(3).stream()
        .limit(100)
        .map(ASSESSOR::assess)
        .forEach(
            a ->
                assertThat(a.toCollect())
                    .isSortedAccordingTo(
                        Comparator.comparingInt((Question q) -> -q.foundation())
                            .thenComparingInt(q -> -q.weight())
                            .thenComparingInt(q -> -q.decides().size())));
  }

  @Test
  void only_undecided_and_unwaived_findings_raise_questions_and_each_fact_is_asked_once() {
    RandomProfiles.seeded(4).stream()
        .limit(100)
        .forEach(
            p -> {
              Assessment a = ASSESSOR.assess(p);
              List<Question> questions = a.toCollect();
              assertThat(questions.stream().map(Question::pointer)).doesNotHaveDuplicates();
              for (Question q : questions) {
                for (String id : q.decides()) {
                  Finding f = a.finding(id).orElseThrow();
                  assertThat(f.verdict().isDecided()).as("%s decides %s", q, id).isFalse();
                }
              }
            });
  }

  @Test
  void a_certain_gap_asks_for_the_fact_that_would_settle_how_large_it_is() {
    CityProfile noPrivacyNoEthics =
        city()
            .regulation(
                Regulation.builder()
                    .putSafeguard(Safeguard.PRIVACY, false)
                    .putSafeguard(Safeguard.ETHICS, false)
                    .build())
            .build();
    Assessment a = ASSESSOR.assess(noPrivacyNoEthics);
    assertThat(a.finding("R9.3").orElseThrow().isCertainGap()).isTrue();
    assertThat(a.toCollect())
        .anySatisfy(
            q -> {
              assertThat(q.pointer()).isEqualTo("/regulation/safeguards/SECURITY");
              assertThat(q.decides()).containsExactly("R9.3");
              assertThat(q.weight()).isEqualTo(2);
            });
  }

  @Test
  void a_question_about_a_list_item_names_its_number() {
    CityProfile goal =
        city()
            .strategy(
                InnovationStrategy.builder()
                    .status(StrategyStatus.ADOPTED)
                    .addGoal(Goal.builder().description("A").indicator("days").build())
                    .addGoal(
                        Goal.builder()
                            .description("B")
                            .indicator("days")
                            .baseline(BigDecimal.TEN)
                            .target(BigDecimal.ONE)
                            .build())
                    .build())
            .build();
    assertThat(ASSESSOR.assess(goal).toCollect())
        .anySatisfy(
            q -> {
              assertThat(q.pointer()).isEqualTo("/strategy/goals/1/current");
              assertThat(q.text()).contains("goal 2").doesNotContain("{n}");
            });
    assertThat(Questions.text("/strategy/goals/0/current")).contains("goal 1");
  }

  @Test
  void a_fact_with_no_words_of_its_own_is_asked_by_its_pointer() {
    assertThat(Questions.text("/local/fact"))
        .isEqualTo("What does the profile say at /local/fact?");
  }

  @Test
  void an_assessor_without_evidence_knows_no_facts_to_ask_for() {
    assertThat(ASSESSOR.withoutEvidence().assess(unknownCity()).toCollect()).isEmpty();
  }

  @Test
  void a_waived_finding_raises_no_question() {
    Waiver waiver =
        Waiver.builder()
            .checkId("R9.3")
            .justification("Regional rules")
            .authority("Council")
            .expiresOn(LocalDate.of(2030, 1, 1))
            .build();
    assertThat(ASSESSOR.withWaivers(List.of(waiver)).assess(unknownCity()).toCollect())
        .noneMatch(q -> q.decides().contains("R9.3"));
  }
}
