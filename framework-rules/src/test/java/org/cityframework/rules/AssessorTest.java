package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InnovationStaff;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.StrategyStatus;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void gives_one_finding_per_check_ranked_from_one() {
    Assessment a = ASSESSOR.assess(RandomProfiles.seeded(11).next());
    assertThat(a.findings()).hasSize(84);
    assertThat(a.findings().stream().map(Finding::checkId).distinct()).hasSize(84);
    assertThat(a.findings().stream().map(Finding::rank))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 84).boxed().toList());
  }

  @Test
  void a_profile_that_states_nothing_is_not_assessed_everywhere_and_scores_nothing() {
    Assessment a = ASSESSOR.assess(unknownCity());
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.NOT_ASSESSED));
    assertThat(a.scores().overall().score()).isEmpty();
    assertThat(a.scores().overall().coverage()).isZero();
    assertThat(a.scores().overall().maturity()).isEmpty();
  }

  @Test
  void what_if_adopting_a_published_strategy_moves_the_linchpin() {
    CityProfile before =
        city().strategy(InnovationStrategy.builder().status(StrategyStatus.NONE).build()).build();
    CityProfile after =
        before.withStrategy(
            InnovationStrategy.builder()
                .status(StrategyStatus.ADOPTED)
                .published(true)
                .statesGoals(false)
                .build());
    assertThat(ASSESSOR.assess(before).finding("R3.0").orElseThrow().status())
        .isEqualTo(Status.NOT_MET);
    assertThat(ASSESSOR.assess(after).finding("R3.0").orElseThrow().status())
        .isEqualTo(Status.PARTLY_MET);
    assertThat(before.strategy().status()).contains(StrategyStatus.NONE);
  }

  @Test
  void a_tailoring_switches_checks_off_and_reweights_them() {
    Tailoring tailoring =
        Tailoring.builder().addDisabled("R5.2", "R1.1").putWeight("R3.1", 7).build();
    Assessment a = ASSESSOR.tailoredBy(tailoring).assess(RandomProfiles.seeded(2).next());
    assertThat(a.findings()).hasSize(82);
    assertThat(a.finding("R5.2")).isEmpty();
    assertThat(a.finding("R3.1").orElseThrow().check().weight()).isEqualTo(7);
    assertThat(Catalogue.standard().check("R3.1").orElseThrow().info().weight()).isEqualTo(3);
  }

  @Test
  void a_tailoring_or_waiver_naming_unknown_checks_is_an_error_listing_them() {
    Tailoring tailoring = Tailoring.builder().addDisabled("R3.9").putWeight("R11.0", 2).build();
    assertThatThrownBy(() -> ASSESSOR.tailoredBy(tailoring))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R11.0")
        .hasMessageContaining("R3.9");
    assertThatThrownBy(() -> ASSESSOR.withWaivers(List.of(waiver("R0.1", 2030))))
        .hasMessageContaining("R0.1");
  }

  @Test
  void a_waived_finding_keeps_its_status_leaves_the_scores_and_ranks_after_open_work() {
    CityProfile noTeam =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).build()).build();
    Assessment plain = ASSESSOR.assess(noTeam);
    Assessment waived = ASSESSOR.withWaivers(List.of(waiver("R4.0", 2027))).assess(noTeam);
    Finding f = waived.finding("R4.0").orElseThrow();
    assertThat(f.status()).isEqualTo(Status.NOT_MET);
    assertThat(f.isWaived()).isTrue();
    assertThat(f.waiver().orElseThrow().authority()).isEqualTo("Chief executive");
    assertThat(f.priority()).isEqualTo(Priority.NONE);
    assertThat(plain.finding("R4.0").orElseThrow().priority()).isEqualTo(Priority.HIGH);
    assertThat(f.rank())
        .isGreaterThan(
            waived.findings(Status.NOT_ASSESSED).stream().mapToInt(Finding::rank).max().orElse(0));
    assertThat(waived.scores().byRecommendation().get(4).counts().get(Status.NOT_MET))
        .isEqualTo(plain.scores().byRecommendation().get(4).counts().get(Status.NOT_MET));
    assertThat(waived.scores().byRecommendation().get(4).coverage())
        .isNotEqualTo(plain.scores().byRecommendation().get(4).coverage());
  }

  @Test
  void without_evidence_it_gives_the_same_findings_with_no_evidence_and_keeps_it_so() {
    CityProfile noTeam =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).build()).build();
    Assessor tailored =
        ASSESSOR
            .tailoredBy(Tailoring.builder().addDisabled("R1.1").putWeight("R4.0", 5).build())
            .withWaivers(List.of(waiver("R4.0", 2027)));
    Assessor bare = tailored.withoutEvidence();
    assertThat(tailored.recordsEvidence()).isTrue();
    assertThat(bare.recordsEvidence()).isFalse();
    assertThat(bare.withoutEvidence()).isSameAs(bare);
    assertThat(bare.tailoredBy(tailored.tailoring()).recordsEvidence()).isFalse();
    assertThat(bare.withWaivers(List.of()).recordsEvidence()).isFalse();

    Assessment full = tailored.assess(noTeam);
    Assessment outcome = bare.assess(noTeam);
    assertThat(full.findings()).anySatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.evidence()).isEmpty());
    assertThat(outcome.findings())
        .isEqualTo(full.findings().stream().map(f -> f.withEvidence(List.of())).toList());
    assertThat(outcome.finding("R4.0").orElseThrow().isWaived()).isTrue();
    assertThat(outcome.scores()).isEqualTo(full.scores());
  }

  @Test
  void an_expired_waiver_no_longer_applies_but_stays_on_the_finding_as_expired() {
    CityProfile noTeam =
        city().staff(InnovationStaff.builder().dedicatedTeam(false).build()).build();
    Waiver expired = waiver("R4.0", 2025);
    Assessment a = ASSESSOR.withWaivers(List.of(expired)).assess(noTeam);
    Assessment unwaived = ASSESSOR.assess(noTeam);
    Finding f = a.finding("R4.0").orElseThrow();
    assertThat(f.isWaived()).isFalse();
    assertThat(f.expiredWaiver()).contains(expired);
    assertThat(f.withExpiredWaiver(java.util.Optional.empty()))
        .isEqualTo(unwaived.finding("R4.0").orElseThrow());
    assertThat(f.priority()).isEqualTo(unwaived.finding("R4.0").orElseThrow().priority());
    assertThat(a.scores()).isEqualTo(unwaived.scores());
    assertThat(a.findings()).filteredOn(o -> o.expiredWaiver().isPresent()).containsExactly(f);
    Waiver lastDay = waiver("R4.0", 2026).withExpiresOn(CheckTesting.ASSESSED_ON);
    assertThat(
            ASSESSOR
                .withWaivers(List.of(lastDay))
                .assess(noTeam)
                .finding("R4.0")
                .orElseThrow()
                .isWaived())
        .isTrue();
    assertThat(
            ASSESSOR
                .withWaivers(List.of(lastDay))
                .assess(noTeam)
                .finding("R4.0")
                .orElseThrow()
                .expiredWaiver())
        .isEmpty();
  }

  @Test
  void two_waivers_of_one_check_are_refused() {
    List<Waiver> twice = List.of(waiver("R4.0", 2027), waiver("R5.1", 2027), waiver("R4.0", 2028));
    assertThatThrownBy(() -> ASSESSOR.withWaivers(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a check can have one waiver; these have more: R4.0");
  }

  @Test
  void a_finding_cannot_have_a_waiver_and_an_expired_one_nor_one_of_another_check() {
    Finding f =
        ASSESSOR
            .withWaivers(List.of(waiver("R4.0", 2027)))
            .assess(city().build())
            .finding("R4.0")
            .orElseThrow();
    assertThatThrownBy(() -> f.withExpiredWaiver(waiver("R4.0", 2020)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a waiver and an expired waiver");
    assertThatThrownBy(
            () ->
                Finding.builder()
                    .from(f)
                    .waiver(java.util.Optional.empty())
                    .expiredWaiver(waiver("R5.1", 2020))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a waiver of R5.1 cannot be on a finding of R4.0");
  }

  @Test
  void checks_of_ones_own_come_in_through_the_service_loader() {
    Catalogue installed = Catalogue.installed();
    assertThat(installed.size()).isEqualTo(85);
    assertThat(installed.checks().get(84).info().id()).isEqualTo(LocalCheckProvider.ID);
    CityProfile small =
        city().staff(InnovationStaff.builder().dedicatedTeam(true).teamSize(3).build()).build();
    Finding f = Assessor.of(installed).assess(small).finding(LocalCheckProvider.ID).orElseThrow();
    assertThat(f.status()).isEqualTo(Status.NOT_MET);
    assertThat(f.evidence())
        .containsExactly(new Evidence("/staff/teamSize", java.util.Optional.of("3")));
  }

  @Test
  void the_same_profile_gives_an_equal_assessment_on_eight_threads() throws Exception {
    List<CityProfile> profiles = RandomProfiles.seeded(99).stream().limit(400).toList();
    List<Assessment> single = profiles.stream().map(ASSESSOR::assess).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Assessment>> futures = new ArrayList<>();
      for (CityProfile p : profiles) {
        futures.add(pool.submit(() -> ASSESSOR.assess(p)));
      }
      for (int i = 0; i < profiles.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(single.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Waiver waiver(String id, int year) {
    return Waiver.builder()
        .checkId(id)
        .justification("A shared service with the county covers this until the merger")
        .authority("Chief executive")
        .expiresOn(LocalDate.of(year, 12, 31))
        .build();
  }
}
