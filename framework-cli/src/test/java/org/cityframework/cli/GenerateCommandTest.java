package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** generate: synthetic profiles as JSON Lines, the same bytes for the same seed. */
class GenerateCommandTest {

  @Test
  void the_same_seed_gives_the_same_bytes() {
    Run first = Run.of("generate", "30", "--seed", "7");
    Run again = Run.of("generate", "30", "--seed", "7");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(Run.of("generate", "30", "--seed", "8").out()).isNotEqualTo(first.out());
  }

  @Test
  void the_number_of_threads_does_not_change_the_bytes() {
    int count = SyntheticProfiles.BLOCK + 250;

    Run one = Run.of("generate", "" + count, "--seed", "3", "--threads", "1");
    Run three = Run.of("generate", "" + count, "--seed", "3", "--threads", "3");

    assertThat(three.out()).isEqualTo(one.out());
    assertThat(one.out().lines().count()).isEqualTo(count);
  }

  @Test
  void a_shorter_run_is_the_start_of_a_longer_one() {
    String longer = Run.of("generate", "40", "--seed", "5").out();

    assertThat(longer).startsWith(Run.of("generate", "25", "--seed", "5").out());
  }

  @Test
  void every_line_is_a_valid_profile_in_canonical_compact_form() {
    Run run = Run.of("generate", "60", "--seed", "2");

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(60);
    assertThat(run.out()).endsWith("\n").doesNotContain("\r");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      CityProfile p = DocumentFormat.JSON.readProfile(line);
      StringBuilder canonical = new StringBuilder();
      SyntheticProfiles.compact(DocumentFormat.JSON.writeProfile(p), canonical);
      assertThat(line).isEqualTo(canonical.toString()).startsWith("{\"schemaVersion\":\"1.1\",");
      assertThat(p.name()).startsWith("City " + (i + 1) + " ");
    }
  }

  @Test
  void the_unknown_share_sets_how_much_is_left_unknown() {
    String none = Run.of("generate", "20", "--unknown-share", "0").out();
    String all = Run.of("generate", "20", "--unknown-share", "1").out();

    assertThat(none.length()).isGreaterThan(3 * all.length());
    all.lines().forEach(DocumentFormat.JSON::readProfile);
    none.lines().forEach(DocumentFormat.JSON::readProfile);
  }

  @Test
  void output_writes_the_profiles_to_a_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("waves/first.jsonl");

    Run run = Run.of("generate", "12", "--output", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("12 profiles written in ");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Run.of("generate", "12").out());
  }

  @Test
  void zero_profiles_give_an_empty_output() {
    Run run = Run.of("generate", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void what_it_writes_assess_batch_reads() {
    String profiles = Run.of("generate", "15", "--seed", "9").out();

    Run run = Run.withInput(profiles, "assess", "--batch", "-");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines()).hasSize(15);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "generate",
        "generate -1",
        "generate many",
        "generate 5 --unknown-share 1.5",
        "generate 5 --unknown-share NaN",
        "generate 5 --threads 0",
        "generate 5 --seed x"
      })
  void misuse_is_a_usage_error(String line) {
    Run run = Run.of(line.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: cityframework generate");
  }
}
