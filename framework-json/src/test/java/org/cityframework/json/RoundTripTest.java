package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {
  private static final int PROFILES = 1_000;

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void every_valid_profile_reads_back_equal_and_writes_the_same_bytes(DocumentFormat format) {
    List<CityProfile> profiles = RandomProfiles.seeded(2026).stream().limit(PROFILES).toList();
    for (CityProfile profile : profiles) {
      String written = format.writeProfile(profile);
      CityProfile read = format.readProfile(written);
      assertThat(read).isEqualTo(profile);
      assertThat(format.writeProfile(read)).isEqualTo(written);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void a_profile_stating_nothing_writes_only_its_identity(DocumentFormat format) {
    CityProfile empty = RandomProfiles.seeded(1).withUnknownShare(1).next();
    String written = DocumentFormat.JSON.writeProfile(empty);
    assertThat(written)
        .startsWith("{\n  \"schemaVersion\": \"1.1\",\n")
        .contains("\"assessedOn\"", "\"country\"", "\"name\"")
        .doesNotContain("strategy", "leadership");
    assertThat(format.readProfile(format.writeProfile(empty))).isEqualTo(empty);
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void json_and_yaml_describe_the_same_profile(DocumentFormat format) {
    CityProfile p = RandomProfiles.seeded(5).next();
    assertThat(DocumentFormat.YAML.readProfile(DocumentFormat.YAML.writeProfile(p)))
        .isEqualTo(DocumentFormat.JSON.readProfile(DocumentFormat.JSON.writeProfile(p)));
    assertThat(format.readProfile(format.writeProfile(p))).isEqualTo(p);
  }
}
