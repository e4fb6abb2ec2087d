package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class EngagementTest {

  static Engagement.Builder noFeedback() {
    return Engagement.builder().residentFeedbackCollected(false);
  }

  @Test
  void rejects_feedback_in_budget_decisions_when_none_is_collected() {
    assertRejected(
        () -> noFeedback().feedbackInBudgetDecisions(true).build(),
        "/residentFeedbackCollected",
        "no resident feedback is said to be collected");
  }

  @Test
  void rejects_feedback_in_policy_decisions_when_none_is_collected() {
    assertRejected(
        () -> noFeedback().feedbackInPolicyDecisions(true).build(),
        "/residentFeedbackCollected",
        "no resident feedback is said to be collected");
  }

  @Test
  void builds_no_feedback_that_informs_no_decision() {
    assertThat(
            noFeedback()
                .feedbackInBudgetDecisions(false)
                .feedbackInPolicyDecisions(false)
                .build()
                .residentFeedbackCollected())
        .hasValue(false);
  }

  @Test
  void builds_collected_feedback_that_informs_budget_and_policy() {
    assertThat(
            Engagement.builder()
                .residentFeedbackCollected(true)
                .feedbackInBudgetDecisions(true)
                .feedbackInPolicyDecisions(true)
                .build()
                .feedbackInBudgetDecisions())
        .hasValue(true);
  }
}
