package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.Roadmap;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Tailoring;
import org.cityframework.rules.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OSCAL needs an item or a control where we have none: the documents say so and stay valid. */
class EmptyDocumentsTest {
  @TempDir Path folder;

  private static final CityProfile RIVERTON =
      DocumentFormat.JSON.readProfile(Riverton.CITIES.resolve("riverton.json"));

  private static List<String> ids() {
    return Catalogue.standard().checks().stream().map(Check::info).map(i -> i.id()).toList();
  }

  @Test
  void a_roadmap_with_nothing_to_do_is_a_plan_with_one_item_that_says_so() {
    List<Waiver> waivers =
        ids().stream()
            .map(
                id ->
                    Waiver.builder()
                        .checkId(id)
                        .justification("covered by the national programme")
                        .authority("city council")
                        .expiresOn(LocalDate.of(2030, 1, 1))
                        .build())
            .toList();
    Assessment waived = Assessor.standard().withWaivers(waivers).assess(RIVERTON);
    assertThat(Roadmap.of(waived).all()).isEmpty();

    String plan = OscalDocuments.planOfActionAndMilestones(waived);

    assertThat(plan).contains("\"title\": \"Nothing on the roadmap\"");
    assertThat(NistValidation.problems("poam", plan, folder)).isEmpty();
  }

  @Test
  void an_assessment_with_every_check_switched_off_is_valid_assessment_results() {
    Tailoring none = Tailoring.builder().addAllDisabled(ids()).build();
    Assessment nothing = Assessor.standard().tailoredBy(none).assess(RIVERTON);
    assertThat(nothing.findings()).isEmpty();

    String results = OscalDocuments.assessmentResults(nothing);

    assertThat(results).contains("No check is active");
    assertThat(NistValidation.problems("ar", results, folder)).isEmpty();
    assertThat(
            NistValidation.problems(
                "poam", OscalDocuments.planOfActionAndMilestones(nothing), folder))
        .isEmpty();
  }
}
