package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;

import org.junit.jupiter.api.Test;

/**
 * The engagement section. Contradictions between its facts are checked with the whole profile
 * ({@link Implications}), at the absolute pointer of the contradicting fact.
 */
class EngagementTest {

  static Engagement.Builder noFeedback() {
    return Engagement.builder().residentFeedbackCollected(false);
  }

  /** Builds a whole profile with this engagement, which checks it against every implication. */
  static CityProfile profileWith(Engagement.Builder engagement) {
    return city().engagement(engagement.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_feedback_in_decisions_when_none_is_collected() {
    assertThat(noFeedback().feedbackInBudgetDecisions(true).build().feedbackInBudgetDecisions())
        .hasValue(true);
  }

  @Test
  void rejects_feedback_in_budget_decisions_when_none_is_collected() {
    assertContradicts(
        () -> profileWith(noFeedback().feedbackInBudgetDecisions(true)),
        "/engagement/feedbackInBudgetDecisions",
        "/engagement/residentFeedbackCollected",
        "feedback that is not collected cannot inform budget or policy decisions");
  }

  @Test
  void rejects_feedback_in_policy_decisions_when_none_is_collected() {
    assertContradicts(
        () -> profileWith(noFeedback().feedbackInPolicyDecisions(true)),
        "/engagement/feedbackInPolicyDecisions",
        "/engagement/residentFeedbackCollected",
        "feedback that is not collected cannot inform budget or policy decisions");
  }

  @Test
  void builds_no_feedback_that_informs_no_decision() {
    assertThat(
            profileWith(
                    noFeedback().feedbackInBudgetDecisions(false).feedbackInPolicyDecisions(false))
                .engagement()
                .residentFeedbackCollected())
        .hasValue(false);
  }

  @Test
  void builds_collected_feedback_that_informs_budget_and_policy() {
    assertThat(
            profileWith(
                    Engagement.builder()
                        .residentFeedbackCollected(true)
                        .feedbackInBudgetDecisions(true)
                        .feedbackInPolicyDecisions(true))
                .engagement()
                .feedbackInBudgetDecisions())
        .hasValue(true);
  }
}
