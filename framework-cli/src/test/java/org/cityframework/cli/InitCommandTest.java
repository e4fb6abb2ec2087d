package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.cityframework.json.BlankProfile;
import org.cityframework.json.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code init}: the blank profile of the library, written where asked, accepted as it is. */
class InitCommandTest {
  private static final LocalDate ON = LocalDate.of(2026, 3, 31);

  @ParameterizedTest
  @CsvSource({"yaml, en, YAML", "yaml, fr, YAML", "json, en, JSON", "json, fr, JSON"})
  void writes_the_library_s_blank_profile(String format, String lang, DocumentFormat expected) {
    Run run =
        Run.of(
            "init",
            "--format",
            format,
            "--lang",
            lang,
            "--name",
            "Riverton",
            "--country",
            "GB",
            "--assessed-on",
            "2026-03-31");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            BlankProfile.forCity("Riverton", "GB", ON)
                .in(Locale.forLanguageTag(lang))
                .write(expected));
  }

  @Test
  void writes_yaml_in_english_for_today_by_default() {
    Run run = Run.of("init");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            BlankProfile.forCity("City", "GB", LocalDate.now(ZoneOffset.UTC))
                .write(DocumentFormat.YAML));
  }

  @Test
  void the_file_it_writes_validates_and_assesses_as_it_is(@TempDir Path dir) {
    for (String format : new String[] {"yaml", "json"}) {
      Path file = dir.resolve("nested").resolve("blank." + format);

      Run init =
          Run.of(
              "init",
              "--format",
              format,
              "--name",
              "Riverton",
              "--assessed-on",
              "2026-03-31",
              "--output",
              file.toString());
      Run validate = Run.of("validate", file.toString());
      Run assess = Run.of("assess", file.toString(), "--full");

      assertThat(init.exitCode()).as(init.toString()).isZero();
      assertThat(init.out()).isEmpty();
      assertThat(validate.exitCode()).as(validate.toString()).isZero();
      assertThat(validate.out()).contains("valid (Riverton, GB, facts as of 2026-03-31)");
      assertThat(assess.exitCode()).as(assess.toString()).isZero();
      assertThat(assess.out()).contains("coverage 0.0%");
    }
  }

  @Test
  void refuses_to_overwrite_a_file_unless_forced(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("riverton.yaml");
    Files.writeString(file, "answers a city took a week to collect\n", StandardCharsets.UTF_8);

    Run refused = Run.of("init", "--output", file.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(refused.err()).contains(file + " exists already; add --force");
    assertThat(Files.readString(file)).isEqualTo("answers a city took a week to collect\n");

    Run forced = Run.of("init", "--output", file.toString(), "--force");

    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(file)).startsWith("# A blank city profile");
  }

  @Test
  void a_city_that_is_not_one_is_a_usage_error() {
    Run blank = Run.of("init", "--name", " ", "--country", "XX");

    assertThat(blank.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(blank.out()).isEmpty();
    assertThat(blank.err()).contains("Not a city to start a profile for:").contains("XX");
    assertThat(Run.of("init", "--assessed-on", "+12026-03-31").err())
        .contains("--assessed-on is a date as YYYY-MM-DD");
  }
}
