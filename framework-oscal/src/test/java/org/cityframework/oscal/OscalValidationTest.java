package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NIST's OSCAL library finds nothing wrong with our documents: no schema or constraint finding. */
class OscalValidationTest {
  @TempDir Path folder;

  @Test
  void the_catalog_is_valid_oscal() {
    assertThat(
            NistValidation.problems(
                "catalog", OscalDocuments.catalog(Catalogue.standard()), folder))
        .isEmpty();
  }

  @Test
  void rivertons_assessment_results_are_valid_oscal() {
    Assessment riverton = Riverton.assessment();
    assertThat(NistValidation.problems("ar", OscalDocuments.assessmentResults(riverton), folder))
        .isEmpty();
  }

  @Test
  void rivertons_plan_of_action_and_milestones_is_valid_oscal() {
    Assessment riverton = Riverton.assessment();
    assertThat(
            NistValidation.problems(
                "poam", OscalDocuments.planOfActionAndMilestones(riverton), folder))
        .isEmpty();
  }

  @Test
  void the_validation_finds_a_schema_problem() {
    String catalog = OscalDocuments.catalog(Catalogue.standard());
    String broken =
        catalog.replace("\"oscal-version\": \"1.1.3\"", "\"oscal-version\": \" 1.1.3\"");
    assertThat(broken).isNotEqualTo(catalog);
    assertThat(NistValidation.problems("catalog", broken, folder))
        .anySatisfy(p -> assertThat(p).startsWith("schema "));
  }

  @Test
  void the_validation_finds_a_constraint_problem() {
    String catalog = OscalDocuments.catalog(Catalogue.standard());
    String broken = catalog.replace("\"id\": \"R1.2\"", "\"id\": \"R1.1\"");
    assertThat(broken).isNotEqualTo(catalog);
    assertThat(NistValidation.problems("catalog", broken, folder))
        .anySatisfy(p -> assertThat(p).startsWith("constraint "));
  }
}
