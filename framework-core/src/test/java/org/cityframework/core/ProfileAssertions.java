package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** How the invariant tests say "this value is rejected, for this reason, at this place". */
final class ProfileAssertions {
  private ProfileAssertions() {}

  /**
   * Asserts that building the value fails with exactly one problem, at {@code pointer}, whose
   * message contains {@code fact}.
   */
  static ProfileProblem assertRejected(ThrowingCallable build, String pointer, String fact) {
    InvalidProfileException e = rejection(build);
    assertThat(e.problems()).extracting(ProfileProblem::pointer).containsExactly(pointer);
    ProfileProblem problem = e.problems().get(0);
    assertThat(problem.message()).contains(fact);
    assertThat(e.getMessage()).contains(pointer + ": " + problem.message());
    return problem;
  }

  /**
   * Asserts that building the whole profile fails with exactly one problem, at the absolute pointer
   * of the contradicting fact, whose message says what it contradicts: it names the implying fact's
   * pointer, {@code premise} (for example {@code /staff/dedicatedTeam}), and contains every one of
   * {@code texts}.
   */
  static ProfileProblem assertContradicts(
      ThrowingCallable build, String pointer, String premise, String... texts) {
    ProfileProblem problem = assertRejected(build, pointer, premise);
    assertThat(problem.message()).startsWith("contradicts " + premise + " = ");
    for (String text : texts) {
      assertThat(problem.message()).contains(text);
    }
    return problem;
  }

  /** The exception that building the value throws; fails when it builds. */
  static InvalidProfileException rejection(ThrowingCallable build) {
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, build);
    assertThat(e).as("an InvalidProfileException").isNotNull();
    return e;
  }
}
