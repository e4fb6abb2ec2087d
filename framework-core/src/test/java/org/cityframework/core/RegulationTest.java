package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class RegulationTest {

  @Test
  void rejects_a_public_framework_that_is_not_adopted() {
    assertRejected(
        () -> Regulation.builder().frameworkAdopted(false).frameworkPublic(true).build(),
        "/frameworkPublic",
        "a regulatory framework that is not adopted cannot be public");
  }

  @Test
  void builds_a_public_framework_that_is_adopted() {
    assertThat(
            Regulation.builder()
                .frameworkAdopted(true)
                .frameworkPublic(true)
                .build()
                .frameworkPublic())
        .hasValue(true);
  }

  @Test
  void builds_a_framework_neither_adopted_nor_public() {
    assertThat(
            Regulation.builder()
                .frameworkAdopted(false)
                .frameworkPublic(false)
                .build()
                .frameworkAdopted())
        .hasValue(false);
  }
}
