package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cohort and assess --cohort: the cohort's figures, its inputs, its exit codes. */
class CohortCommandTest {
  private static final String PROFILES = Run.of("generate", "40", "--seed", "4").out();

  @TempDir Path dir;

  private Path lines() throws IOException {
    Path file = dir.resolve("wave.jsonl");
    Files.writeString(file, PROFILES, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void summarises_a_json_lines_file() throws IOException {
    Run run = Run.of("cohort", lines().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Cohort of 40 cities\n");
    assertThat(run.out()).contains("Most common certain gaps").contains("Facts most often unknown");
    assertThat(run.err()).contains("40 profiles read: 40 in the cohort");
  }

  @Test
  void reads_standard_input_as_json_lines_and_gives_the_same_document() throws IOException {
    Run file = Run.of("cohort", lines().toString(), "--format", "json");
    Run stdin = Run.withInput(PROFILES, "cohort", "-", "--format", "json");

    assertThat(stdin.exitCode()).as(stdin.toString()).isZero();
    assertThat(stdin.out()).isEqualTo(file.out());
    assertThat(file.out()).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"cities\": 40,");
  }

  @Test
  void the_same_bytes_on_any_number_of_threads_locale_and_time_zone() throws IOException {
    String file = lines().toString();
    Run one = Run.of("cohort", file, "--format", "json", "--threads", "1");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      for (String format : new String[] {"json", "text", "csv", "html", "markdown"}) {
        Run a = Run.of("cohort", file, "--format", format, "--threads", "1");
        Run b = Run.of("cohort", file, "--format", format, "--threads", "3");
        assertThat(b.out()).as(format).isEqualTo(a.out());
      }
      assertThat(Run.of("cohort", file, "--format", "json", "--threads", "4").out())
          .isEqualTo(one.out());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void reads_folders_and_single_profiles_too() {
    Run run = Run.of("cohort", Run.CITIES.toString(), "--min-cities", "2");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    long files;
    try (var list = Files.list(Run.CITIES)) {
      files = list.filter(p -> p.toString().matches(".*\\.(json|ya?ml)")).count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(run.out()).startsWith("Cohort of " + files + " cities");
  }

  @Test
  void a_bad_line_is_reported_left_out_and_exits_3() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, PROFILES + "{\"name\": 3}\n", StandardCharsets.UTF_8);

    Run run = Run.of("cohort", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).startsWith("Cohort of 40 cities");
    assertThat(run.err())
        .contains(file + ":41: ")
        .contains("41 profiles read")
        .contains("1 failed");
  }

  @Test
  void a_missing_file_exits_3() {
    Run run = Run.of("cohort", dir.resolve("none.jsonl").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("cannot read the file");
  }

  @Test
  void fewer_cities_than_k_show_no_figure() throws IOException {
    Run run = Run.of("cohort", lines().toString(), "--min-cities", "41");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No figure is shown: the cohort has fewer than 41 cities.");
    assertThat(run.out()).doesNotContain("Recommendation 1 ");
  }

  @Test
  void the_filters_count_only_the_cities_they_let_through() throws IOException {
    Run run =
        Run.of("cohort", lines().toString(), "--population-band", "medium", "--min-cities", "1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Cities counted: population band medium.");
    assertThat(run.err()).containsPattern("40 profiles read: \\d+ in the cohort, \\d+ left out");
  }

  @Test
  void wrong_options_are_usage_errors() throws IOException {
    String file = lines().toString();
    assertThat(Run.of("cohort", file, "--population-band", "huge").exitCode())
        .isEqualTo(ExitCodes.MISUSED);
    assertThat(Run.of("cohort", file, "--country", "GBR").exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(Run.of("cohort", file, "--min-cities", "0").exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(Run.of("cohort").exitCode()).isEqualTo(ExitCodes.MISUSED);
  }

  @Test
  void names_no_city() throws IOException {
    Run run = Run.of("cohort", lines().toString(), "--format", "html");

    for (String line : PROFILES.split("\n")) {
      String name = line.replaceAll(".*?\"name\":\"([^\"]*)\".*", "$1");
      assertThat(run.out()).doesNotContain(name);
    }
  }

  @Test
  void assess_with_cohort_adds_the_city_place_among_its_peers() throws IOException {
    Run run = Run.of("assess", Run.city("riverton.json"), "--cohort", lines().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Among its peers: Riverton").contains("40 peers (every city)");
    assertThat(run.out()).containsPattern("Overall +score +[0-9.]+ +rank [0-9.]+");
    assertThat(run.out()).containsPattern("[0-9.]+ % of peers have (not |partly )?met R3.0");
  }

  @Test
  void assess_with_cohort_in_html_marks_the_city_in_one_page() throws IOException {
    Run run =
        Run.of("assess", Run.city("riverton.json"), "--cohort", lines().toString(), "-f", "html");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).containsOnlyOnce("</html>").contains("Among its peers: Riverton");
    assertThat(run.out()).contains("the city: ");
    assertThat(run.out().indexOf("Among its peers")).isLessThan(run.out().indexOf("</body>"));
  }

  @Test
  void assess_with_cohort_in_json_writes_the_peer_position_document() throws IOException {
    Run run =
        Run.of("assess", Run.city("riverton.json"), "--cohort", lines().toString(), "-f", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"city\": \"Riverton\",\n  \"peers\": 40,")
        .contains("\"percentileRank\": ")
        .contains("\"peersWithStatus\": ")
        .doesNotContain("\"findings\"");
  }

  @Test
  void assess_with_cohort_in_csv_writes_the_peer_position_rows() throws IOException {
    Run run =
        Run.of("assess", Run.city("riverton.json"), "--cohort", lines().toString(), "-f", "csv");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("section,id,figure,value\r\ncity,,name,Riverton\r\npeers,,cities,40\r\n")
        .containsPattern("group,overall,percentileRank,[0-9.]+\r\n")
        .contains("check,R3.0,status,");
  }

  @Test
  void several_cities_among_peers_in_json_are_written_as_name_peers_json() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Run run =
        Run.of(
            "assess",
            Run.city("riverton.json"),
            Run.city("lakeside.json"),
            "--cohort",
            lines().toString(),
            "-f",
            "json",
            "-o",
            out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("riverton.peers.json")).content().contains("\"city\": \"Riverton\"");
    assertThat(out.resolve("lakeside.peers.json")).exists();
  }

  @Test
  void peer_options_without_cohort_are_a_usage_error() {
    assertThat(Run.of("assess", Run.city("riverton.json"), "--country", "GB").exitCode())
        .isEqualTo(ExitCodes.MISUSED);
  }
}
