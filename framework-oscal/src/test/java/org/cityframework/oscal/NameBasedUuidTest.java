package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameBasedUuidTest {
  /** OSCAL's UUID pattern: RFC 4122, version 4 or 5. */
  private static final String OSCAL_UUID =
      "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$";

  @Test
  void gives_the_version_5_uuid_of_rfc_4122() {
    // Python's uuid.uuid5(UUID("83a10c37-058b-428f-9f54-f6452b9d4bfd"), name), another
    // implementation of the same algorithm.
    assertThat(NameBasedUuid.of("resource:publication"))
        .isEqualTo("36083118-b078-54cf-93bb-352456cbef5b");
    assertThat(NameBasedUuid.of("Riverton \u00e9"))
        .isEqualTo("e51b7ba9-8f45-5263-8530-3afdb87ad5f0");
  }

  @Test
  void matches_oscals_uuid_pattern() {
    for (int i = 0; i < 200; i++) {
      assertThat(NameBasedUuid.of("name " + i)).matches(OSCAL_UUID);
    }
  }
}
