package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.rules.CheckTesting.city;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStrategy;
import org.cityframework.core.StaffRoleElement;
import org.junit.jupiter.api.Test;

class FactsTest {
  private static final CityProfile CITY =
      city()
          .population(120_000)
          .strategy(
              InnovationStrategy.builder()
                  .published(true)
                  .putStaffRole(StaffRoleElement.values()[0], false)
                  .addGoals(Goal.builder().description("Fewer empty homes").build())
                  .build())
          .build();

  /** Every kind of read, each fact read twice: the values it gives. */
  private static List<Object> readAll(Facts facts) {
    StaffRoleElement first = StaffRoleElement.values()[0];
    StaffRoleElement second = StaffRoleElement.values()[1];
    List<Object> values =
        List.of(
            facts.read("/strategy/published", p -> p.strategy().published()),
            facts.read("/strategy/published", p -> p.strategy().published()),
            facts.readInt("/population", CityProfile::population),
            facts.readInt("/population", CityProfile::population),
            facts.entry("/strategy/staffRoles", p -> p.strategy().staffRoles(), first),
            facts.entries("/strategy/staffRoles", p -> p.strategy().staffRoles(), first, second),
            facts.list("/strategy/goals", p -> p.strategy().goals()),
            facts.list("/strategy/goals", p -> p.strategy().goals()));
    return values;
  }

  @Test
  void records_each_fact_read_once_in_reading_order() {
    Facts facts = new Facts(CITY);
    List<Object> values = readAll(facts);
    assertThat(values.get(0)).isEqualTo(Optional.of(true));
    assertThat(values.get(2)).isEqualTo(OptionalInt.of(120_000));
    assertThat(values.get(4)).isEqualTo(Optional.of(false));
    assertThat(values.get(5)).isEqualTo(List.of(Optional.of(false), Optional.empty()));
    String firstRole = "/strategy/staffRoles/" + StaffRoleElement.values()[0].name();
    String secondRole = "/strategy/staffRoles/" + StaffRoleElement.values()[1].name();
    assertThat(facts.evidence())
        .containsExactly(
            new Evidence("/strategy/published", Optional.of("true")),
            new Evidence("/population", Optional.of("120000")),
            new Evidence(firstRole, Optional.of("false")),
            new Evidence(secondRole, Optional.empty()),
            new Evidence("/strategy/goals", Optional.of("[1 items]")));
    facts.nextCheck();
    assertThat(facts.evidence()).isEmpty();
  }

  /** A city with no dedicated team, whose team facts the model's implications decide. */
  private static final CityProfile NO_TEAM =
      city()
          .staff(org.cityframework.core.InnovationStaff.builder().dedicatedTeam(false).build())
          .build();

  @Test
  void reads_a_fact_the_profile_leaves_out_through_the_implications_and_says_so() {
    Facts facts = new Facts(NO_TEAM);
    assertThat(facts.read("/staff/stableTeamResources", p -> p.staff().stableTeamResources()))
        .contains(false);
    assertThat(facts.readInt("/staff/teamSize", p -> p.staff().teamSize())).hasValue(0);
    assertThat(facts.read("/staff/reportsTo", p -> p.staff().reportsTo())).isEmpty();
    assertThat(
            facts.entry(
                "/staff/embeddingPractices",
                p -> p.staff().embeddingPractices(),
                org.cityframework.core.EmbeddingPractice.STAFF_SWAPS))
        .contains(false);
    assertThat(
            facts.entries(
                "/staff/embeddingPractices",
                p -> p.staff().embeddingPractices(),
                org.cityframework.core.EmbeddingPractice.JOINT_REVIEWS))
        .containsExactly(Optional.of(false));
    String because = "/staff/dedicatedTeam = false";
    assertThat(facts.evidence())
        .containsExactly(
            new Evidence("/staff/stableTeamResources", Optional.of("false"), Optional.of(because)),
            new Evidence("/staff/teamSize", Optional.of("0"), Optional.of(because)),
            new Evidence("/staff/reportsTo", Optional.of("none"), Optional.of(because)),
            new Evidence(
                "/staff/embeddingPractices/STAFF_SWAPS",
                Optional.of("false"),
                Optional.of(because)),
            new Evidence(
                "/staff/embeddingPractices/JOINT_REVIEWS",
                Optional.of("false"),
                Optional.of(because)));
    assertThat(facts.evidence()).allSatisfy(e -> assertThat(e.isImplied()).isTrue());
    assertThat(facts.evidence().get(0))
        .hasToString("/staff/stableTeamResources = false (implied by " + because + ")");
  }

  @Test
  void an_implied_read_gives_the_same_value_without_recording() {
    Facts bare = new Facts(NO_TEAM, false);
    assertThat(bare.read("/staff/stableTeamResources", p -> p.staff().stableTeamResources()))
        .contains(false);
    assertThat(bare.readInt("/staff/teamSize", p -> p.staff().teamSize())).hasValue(0);
    assertThat(
            bare.entry(
                "/staff/embeddingPractices",
                p -> p.staff().embeddingPractices(),
                org.cityframework.core.EmbeddingPractice.STAFF_SWAPS))
        .contains(false);
    assertThat(bare.evidence()).isEmpty();
  }

  @Test
  void a_stated_fact_is_read_as_stated_and_an_undecided_one_stays_unknown() {
    Facts facts = new Facts(NO_TEAM);
    assertThat(facts.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam())).contains(false);
    assertThat(facts.read("/staff/staffFeedbackLoops", p -> p.staff().staffFeedbackLoops()))
        .isEmpty();
    assertThat(facts.evidence())
        .containsExactly(
            new Evidence("/staff/dedicatedTeam", Optional.of("false")),
            new Evidence("/staff/staffFeedbackLoops", Optional.empty()));
    assertThat(facts.evidence()).noneMatch(Evidence::isImplied);
  }

  @Test
  void without_recording_gives_the_same_values_and_no_evidence() {
    Facts recording = new Facts(CITY, true);
    Facts bare = new Facts(CITY, false);
    assertThat(readAll(bare)).isEqualTo(readAll(recording));
    assertThat(recording.evidence()).hasSize(5);
    assertThat(bare.evidence()).isEmpty();
  }
}
