package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoneWhenTest {
  private static final List<Evidence> EVIDENCE =
      List.of(
          new Evidence("/a", Optional.of("true")),
          new Evidence("/b", Optional.of("false")),
          new Evidence("/n", Optional.of("80")),
          new Evidence("/u", Optional.empty()),
          new Evidence("/t", Optional.of("text")));

  @Test
  void a_term_holds_when_the_evidence_read_that_value() {
    assertThat(DoneWhen.of("/a=true").holds(EVIDENCE)).isTrue();
    assertThat(DoneWhen.of("/b=true").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("/u=true").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("/missing=true").holds(EVIDENCE)).isFalse();
  }

  @Test
  void all_terms_of_one_alternative_or_any_alternative() {
    assertThat(DoneWhen.of("/a=true & /b=false").holds(EVIDENCE)).isTrue();
    assertThat(DoneWhen.of("/a=true & /b=true").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("/b=true | /a=true").holds(EVIDENCE)).isTrue();
    assertThat(DoneWhen.of("/b=true | /a=false").holds(EVIDENCE)).isFalse();
  }

  @Test
  void a_number_is_compared_as_a_number() {
    assertThat(DoneWhen.of("/n>=80").holds(EVIDENCE)).isTrue();
    assertThat(DoneWhen.of("/n>=80.5").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("/n>=3").holds(EVIDENCE)).isTrue();
    assertThat(DoneWhen.of("/t>=3").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("/u>=3").holds(EVIDENCE)).isFalse();
  }

  @Test
  void the_empty_condition_is_never_done() {
    assertThat(DoneWhen.of("").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.of("  ").holds(EVIDENCE)).isFalse();
    assertThat(DoneWhen.problem("")).isNull();
  }

  @Test
  void a_malformed_condition_is_refused_with_its_term() {
    assertThat(DoneWhen.problem("a=true")).contains("\"a=true\"");
    assertThat(DoneWhen.problem("/a")).contains("pointer=value");
    assertThat(DoneWhen.problem("/a=")).contains("pointer=value");
    assertThat(DoneWhen.problem("/n>=many")).contains("no number");
    assertThat(DoneWhen.problem("/a=true | /b=false")).isNull();
    assertThatThrownBy(() -> DoneWhen.of("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_check_whose_conditions_do_not_parse_or_match_its_actions_cannot_be_built() {
    CheckInfo.Builder b =
        CheckInfo.builder()
            .id("X.1")
            .recommendation(1)
            .element(org.cityframework.core.Element.VISION)
            .summary("A practice")
            .why("Because")
            .rule("Rule")
            .addActions("Act", "Act again")
            .effort(Effort.LOW)
            .weight(1);
    assertThatThrownBy(() -> b.actionsDoneWhen(List.of("/a=true")).build())
        .hasMessageContaining("one entry per action");
    assertThatThrownBy(() -> b.actionsDoneWhen(List.of("", "oops")).build())
        .hasMessageContaining("\"oops\"");
    assertThat(b.actionsDoneWhen(List.of("", "/a=true")).build().actionsDoneWhen()).hasSize(2);
  }
}
