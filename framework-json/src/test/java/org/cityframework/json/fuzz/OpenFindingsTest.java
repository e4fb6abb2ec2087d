package org.cityframework.json.fuzz;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs on which the fuzz targets found the library failing, kept as regression tests now that the
 * bugs are fixed (docs/fuzzing.md, "Findings"). Each test replays its inputs through the fuzz
 * target, whose contract is the behaviour wanted: a profile, or a refusal listing problems.
 */
class OpenFindingsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "number-exponent-beyond-int.json",
        "number-exponent-beyond-int-as-found.json",
        "amount-exponent-too-large-for-big-integer.json",
        "amount-exponent-negative-out-of-memory.json",
        "amount-exponent-slow-and-ten-megabytes.json",
        "goal-target-written-with-too-many-digits.json",
        "baseline-fraction-too-long-to-write.json"
      })
  void a_json_number_of_any_size_is_read_or_refused(String name) throws IOException {
    new JsonProfileFuzzTest().reads_a_profile_or_refuses_it(input("JsonProfileFuzzTest", name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "surrogate-pair-at-1024-characters.yaml",
        "surrogate-pair-at-1024-characters-as-found.yaml"
      })
  void a_yaml_character_beyond_the_bmp_is_read_anywhere(String name) throws IOException {
    new YamlProfileFuzzTest().reads_a_profile_or_refuses_it(input("YamlProfileFuzzTest", name));
  }

  private static byte[] input(String target, String name) throws IOException {
    String path = target + "Inputs/open-findings/" + name;
    try (InputStream in = OpenFindingsTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no input " + path);
      }
      return in.readAllBytes();
    }
  }
}
