package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityframework.json.DocumentFormat;
import org.cityframework.oscal.OscalDocuments;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private static final String RIVERTON = Run.city("riverton.json");

  @Test
  void export_oscal_catalog_writes_the_catalogue_as_the_library_does() {
    Run run = Run.of("export", "--oscal", "catalog");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(OscalDocuments.catalog(Catalogue.standard()));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void export_oscal_assessment_results_and_poam_write_the_assessment_of_the_profile() {
    var riverton = Assessor.standard().assess(DocumentFormat.JSON.readProfile(Path.of(RIVERTON)));

    Run results = Run.of("export", "--oscal", "assessment-results", RIVERTON);
    Run poam = Run.of("export", "--oscal", "poam", Run.city("riverton.yaml"));

    assertThat(results.exitCode()).as(results.toString()).isZero();
    assertThat(results.out()).isEqualTo(OscalDocuments.assessmentResults(riverton));
    assertThat(poam.exitCode()).as(poam.toString()).isZero();
    assertThat(poam.out()).isEqualTo(OscalDocuments.planOfActionAndMilestones(riverton));
  }

  @Test
  void the_profile_can_come_from_standard_input(@TempDir Path folder) throws IOException {
    String json = Files.readString(Path.of(RIVERTON), StandardCharsets.UTF_8);
    Path file = folder.resolve("out").resolve("poam.json");

    Run run = Run.withInput(json, "export", "--oscal", "poam", "-", "--output", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Run.of("export", "--oscal", "poam", RIVERTON).out());
  }

  @Test
  void a_wrong_model_or_a_missing_or_extra_profile_is_a_usage_error() {
    Run unknown = Run.of("export", "--oscal", "ssp", RIVERTON);
    Run missing = Run.of("export", "--oscal", "assessment-results");
    Run extra = Run.of("export", "--oscal", "catalog", RIVERTON);
    Run noModel = Run.of("export", RIVERTON);

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(unknown.err()).contains("'ssp' is not one of catalog, assessment-results, poam");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(missing.err()).contains("Missing the profile to export as assessment-results");
    assertThat(extra.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(extra.err()).contains("The catalog takes no profile");
    assertThat(noModel.exitCode()).isEqualTo(ExitCodes.MISUSED);
    assertThat(noModel.err()).contains("--oscal");
  }

  @Test
  void an_invalid_or_missing_profile_exits_3_and_says_why(@TempDir Path folder) throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.json"), "{\"name\": 3}");

    Run invalid = Run.of("export", "--oscal", "poam", bad.toString());
    Run absent = Run.of("export", "--oscal", "assessment-results", "missing.json");

    assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(invalid.err()).contains(bad.toString()).contains("/name");
    assertThat(invalid.out()).isEmpty();
    assertThat(absent.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(absent.err()).contains("missing.json: cannot read the file");
  }

  @Test
  void an_unwritable_output_exits_4(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("file"), "");

    Run run = Run.of("export", "--oscal", "catalog", "--output", file.resolve("x.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(run.err()).startsWith("Cannot write ");
  }

  @Test
  void help_lists_the_models_and_the_exit_codes() {
    Run run = Run.of("export", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--oscal=MODEL", "catalog", "assessment-results", "poam", "OSCAL 1.1.3")
        .contains("Exit codes", "3   An input is invalid", "4   The output cannot be written");
  }
}
