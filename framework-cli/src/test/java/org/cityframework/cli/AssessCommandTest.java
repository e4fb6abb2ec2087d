package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> STATUSES =
      Set.of("MET", "PARTLY_MET", "NOT_MET", "NOT_ASSESSED", "NOT_APPLICABLE");

  static Stream<Arguments> every_city_in_every_format() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Run.CITIES)) {
      for (Path file : files.sorted().toList()) {
        for (String format : List.of("text", "markdown", "html", "json", "csv")) {
          cases.add(Arguments.of(file.getFileName().toString(), format));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("every_city_in_every_format")
  void every_example_city_is_assessed_in_every_format(String file, String format) {
    Run run = Run.of("assess", Run.city(file), "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\n");
    if (format.equals("csv")) {
      assertThat(run.out().lines().count()).as("a header and a row per finding").isGreaterThan(84);
    } else {
      String name = DocumentFormat.of(Path.of(file)).readProfile(Run.CITIES.resolve(file)).name();
      assertThat(run.out()).contains(name);
    }
  }

  @Test
  void the_json_report_is_the_assessment_document_of_the_json_module() {
    Run run = Run.of("assess", Run.city("riverton.json"), "--format", "json");

    assertThat(run.out())
        .isEqualTo(
            DocumentFormat.JSON.writeAssessment(
                Assessor.standard()
                    .assess(DocumentFormat.JSON.readProfile(Run.CITIES.resolve("riverton.json")))));
  }

  @Test
  void the_json_report_keeps_its_contract() {
    JsonNode report =
        JSON.readTree(Run.of("assess", Run.city("lakeside.json"), "-f", "json").out());

    assertThat(report.get("schemaVersion").stringValue()).isEqualTo("1.1");
    assertThat(report.get("city").get("name").stringValue()).isEqualTo("Lakeside");
    JsonNode findings = report.get("findings");
    assertThat(findings.size()).isEqualTo(84);
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      assertThat(f.get("rank").intValue()).isEqualTo(i + 1);
      assertThat(f.get("checkId").stringValue()).matches("R([1-9]|10)\\.\\d+");
      assertThat(f.get("status").stringValue()).isIn(STATUSES);
      assertThat(f.get("priority").stringValue()).isIn("HIGH", "MEDIUM", "LOW", "NONE");
      assertThat(f.get("evidence").isArray()).isTrue();
      f.get("evidence").forEach(e -> assertThat(e.get("pointer").stringValue()).startsWith("/"));
    }
    JsonNode scores = report.get("scores");
    assertThat(scores.get("overall").get("coverage").isNumber()).isTrue();
    assertThat(scores.get("byRecommendation").propertyNames())
        .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10");
    assertThat(scores.has("byElement") && scores.has("byComponent") && scores.has("byLayer"))
        .isTrue();
  }

  @Test
  void the_same_profile_gives_the_same_report_byte_for_byte() {
    assertThat(Run.of("assess", Run.city("hillcrest.json"), "-f", "markdown").out())
        .isEqualTo(Run.of("assess", Run.city("hillcrest.json"), "-f", "markdown").out());
  }

  @Test
  void the_yaml_riverton_gives_the_report_of_the_json_riverton() {
    assertThat(Run.of("assess", Run.city("riverton.yaml"), "-f", "json").out())
        .isEqualTo(Run.of("assess", Run.city("riverton.json"), "-f", "json").out());
  }

  @Test
  void a_dash_reads_the_profile_from_standard_input() throws IOException {
    String riverton = Files.readString(Run.CITIES.resolve("riverton.json"), StandardCharsets.UTF_8);

    Run run = Run.withInput(riverton, "assess", "-", "-f", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Run.of("assess", Run.city("riverton.json"), "-f", "json").out());
  }

  @Test
  void several_profiles_in_text_give_one_report_after_another() {
    Run run = Run.of("assess", Run.city("riverton.json"), Run.city("lakeside.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(Run.of("assess", Run.city("riverton.json")).out())
        .endsWith(Run.of("assess", Run.city("lakeside.json")).out());
  }

  @Test
  void several_profiles_in_json_without_an_output_folder_are_a_usage_error() {
    Run run = Run.of("assess", Run.city("riverton.json"), Run.city("lakeside.json"), "-f", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("need --output FOLDER").contains("NAME.assessment.json");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html", "csv"})
  void several_profiles_write_one_file_each_into_the_output_folder(
      String format, @TempDir Path dir) {
    Path folder = dir.resolve("reports");

    Run run =
        Run.of(
            "assess",
            Run.city("riverton.json"),
            Run.city("lakeside.json"),
            "-f",
            format,
            "-o",
            folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(folder.resolve("riverton.assessment." + format))
        .hasContent(Run.of("assess", Run.city("riverton.json"), "-f", format).out());
    assertThat(folder.resolve("lakeside.assessment." + format))
        .hasContent(Run.of("assess", Run.city("lakeside.json"), "-f", format).out());
  }

  @Test
  void two_profiles_of_the_same_name_cannot_share_a_folder(@TempDir Path dir) {
    Run run =
        Run.of(
            "assess",
            Run.city("riverton.json"),
            Run.city("riverton.yaml"),
            "-f",
            "json",
            "-o",
            dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("would both be written to riverton.assessment.json");
  }

  @Test
  void the_output_option_writes_the_report_as_utf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("riverton.md");

    Run run =
        Run.of("assess", Run.city("riverton.json"), "-f", "markdown", "--output", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Run.of("assess", Run.city("riverton.json"), "-f", "markdown").out());
  }

  @Test
  void an_invalid_profile_is_refused_with_every_problem_and_its_pointer(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"schemaVersion\": \"1.0\", \"name\": \"X\", \"country\": \"GB\","
            + " \"assessedOn\": \"2026-02-31\", \"strategy\": {\"publishd\": true}}");

    Run run = Run.of("assess", bad.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(bad + ": /assessedOn: ")
        .contains(bad + ": /strategy/publishd: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void a_text_report_is_wrapped_to_the_width_asked_for() {
    Run run = Run.of("assess", Run.city("riverton.json"), "--width", "60");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    assertThat(run.out()).isNotEqualTo(Run.of("assess", Run.city("riverton.json")).out());
  }

  @Test
  void a_width_below_40_is_a_usage_error() {
    Run run = Run.of("assess", Run.city("riverton.json"), "--width", "39");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("A text report needs at least 40 columns (--width 39).");
  }

  @Test
  void a_missing_file_is_a_plain_sentence_on_standard_error() {
    Run run = Run.of("assess", "no-such-city.json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err().strip())
        .isEqualTo("no-such-city.json: cannot read the file: there is no such file or folder");
  }

  @Test
  void a_file_of_another_kind_is_refused_by_its_name() {
    Run run = Run.of("assess", "riverton.txt");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("riverton.txt: cannot tell the format").contains(".yaml");
  }
}
