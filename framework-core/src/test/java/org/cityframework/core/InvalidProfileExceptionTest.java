package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.cityframework.core.ProfileAssertions.rejection;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidProfileExceptionTest {

  static final ProfileProblem PUBLISHED =
      new ProfileProblem("/published", "a strategy that is not adopted cannot be published");
  static final ProfileProblem ADOPTED_ON =
      new ProfileProblem("/adoptedOn", "a strategy that is not adopted has no adoption date");

  @Test
  void under_prefixes_every_pointer_with_the_enclosing_section() {
    InvalidProfileException e = new InvalidProfileException(List.of(PUBLISHED, ADOPTED_ON));

    InvalidProfileException seenFromProfile = e.under("/strategy");

    assertThat(seenFromProfile.problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/strategy/published", "/strategy/adoptedOn");
  }

  @Test
  void under_keeps_the_messages_and_leaves_the_original_unchanged() {
    InvalidProfileException e = new InvalidProfileException(List.of(PUBLISHED));

    InvalidProfileException seenFromProfile = e.under("/strategy");

    assertThat(seenFromProfile.problems())
        .extracting(ProfileProblem::message)
        .containsExactly(PUBLISHED.message());
    assertThat(seenFromProfile.getMessage()).contains("/strategy/published: ");
    assertThat(e.problems()).containsExactly(PUBLISHED);
  }

  @Test
  void under_nests_sections_from_the_inside_out() {
    InvalidProfileException e =
        new InvalidProfileException(List.of(new ProfileProblem("/dataTeam", "no steward")));

    assertThat(e.under("/stewardship").under("/dataGovernance").problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/dataGovernance/stewardship/dataTeam");
  }

  @Test
  void the_message_counts_and_lists_every_problem() {
    InvalidProfileException e = new InvalidProfileException(List.of(PUBLISHED, ADOPTED_ON));

    assertThat(e.getMessage())
        .startsWith("2 problems in the city profile:")
        .contains("\n  /published: " + PUBLISHED.message())
        .contains("\n  /adoptedOn: " + ADOPTED_ON.message());
  }

  @Test
  void the_message_speaks_of_one_problem_in_the_singular() {
    assertThat(new InvalidProfileException(List.of(PUBLISHED)).getMessage())
        .startsWith("1 problem in the city profile:");
  }

  @Test
  void rejects_an_exception_without_problems() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidProfileException(List.of()))
        .withMessageContaining("at least one problem");
  }

  @Test
  void is_an_illegal_argument_so_callers_of_a_builder_need_no_new_catch() {
    assertThat(rejection(() -> Source.builder().title(" ").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_problem_needs_a_pointer_and_a_message() {
    assertThatNullPointerException().isThrownBy(() -> new ProfileProblem(null, "message"));
    assertThatNullPointerException().isThrownBy(() -> new ProfileProblem("/name", null));
  }

  @Test
  void a_problem_with_the_whole_profile_reads_as_the_root() {
    assertThat(new ProfileProblem("", "empty profile"))
        .hasToString("(the whole profile): empty profile");
  }

  @Test
  void the_problems_survive_java_serialisation() throws Exception {
    InvalidProfileException e =
        new InvalidProfileException(java.util.List.of(new ProfileProblem("/name", "blank")));
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((InvalidProfileException) in.readObject()).problems()).isEqualTo(e.problems());
    }
  }
}
