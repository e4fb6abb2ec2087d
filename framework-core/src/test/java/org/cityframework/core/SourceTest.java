package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void rejects_a_source_with_a_blank_title() {
    assertRejected(() -> Source.builder().title("  ").build(), "/title", "a source's title");
  }

  @Test
  void builds_a_source_with_a_title_and_nothing_else() {
    Source source = Source.builder().title("OECD/Bloomberg survey 2020").build();

    assertThat(source.url()).isEmpty();
    assertThat(source.accessedOn()).isEmpty();
  }
}
