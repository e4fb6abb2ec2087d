package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.CityProfileTest.city;
import static org.cityframework.core.ProfileAssertions.assertContradicts;

import org.junit.jupiter.api.Test;

/**
 * The regulation section. Contradictions between its facts are checked with the whole profile
 * ({@link Implications}), at the absolute pointer of the contradicting fact.
 */
class RegulationTest {

  /** Builds a whole profile with this regulation, which checks it against every implication. */
  static CityProfile profileWith(Regulation.Builder regulation) {
    return city().regulation(regulation.build()).build();
  }

  /** Contradictions are checked with the whole profile: the section alone builds. */
  @Test
  void builds_alone_a_public_framework_that_is_not_adopted() {
    assertThat(
            Regulation.builder()
                .frameworkAdopted(false)
                .frameworkPublic(true)
                .build()
                .frameworkPublic())
        .hasValue(true);
  }

  @Test
  void rejects_a_public_framework_that_is_not_adopted() {
    assertContradicts(
        () -> profileWith(Regulation.builder().frameworkAdopted(false).frameworkPublic(true)),
        "/regulation/frameworkPublic",
        "/regulation/frameworkAdopted",
        "a regulatory framework that is not adopted cannot be public");
  }

  @Test
  void builds_a_public_framework_that_is_adopted() {
    assertThat(
            profileWith(Regulation.builder().frameworkAdopted(true).frameworkPublic(true))
                .regulation()
                .frameworkPublic())
        .hasValue(true);
  }

  @Test
  void builds_a_framework_neither_adopted_nor_public() {
    assertThat(
            profileWith(Regulation.builder().frameworkAdopted(false).frameworkPublic(false))
                .regulation()
                .frameworkAdopted())
        .hasValue(false);
  }
}
