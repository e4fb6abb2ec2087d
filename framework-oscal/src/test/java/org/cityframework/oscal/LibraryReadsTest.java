package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.PlanOfActionAndMilestones;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cityframework.report.Roadmap;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NIST's library reads our documents into its own OSCAL model and finds what we wrote. */
class LibraryReadsTest {
  @TempDir Path folder;

  @Test
  void reads_ten_groups_and_84_controls_from_the_catalog() throws IOException {
    Path file =
        NistValidation.write(
            folder.resolve("catalog.json"), OscalDocuments.catalog(Catalogue.standard()));

    Catalog catalog = OscalBindingContext.instance().loadCatalog(file);

    assertThat(catalog.getMetadata().getOscalVersion()).isEqualTo(OscalDocuments.OSCAL_VERSION);
    assertThat(catalog.getGroups()).hasSize(10);
    assertThat(catalog.getGroups().get(6).getId()).isEqualTo("R7");
    List<Control> r7 = catalog.getGroups().get(6).getControls();
    assertThat(r7).extracting(Control::getId).contains("R7.0", "R7.4");
    Control r74 = r7.stream().filter(c -> c.getId().equals("R7.4")).findFirst().orElseThrow();
    assertThat(r74.getProps())
        .anySatisfy(
            p -> {
              assertThat(p.getName()).isEqualTo("layer");
              assertThat(p.getNs().toString()).isEqualTo(OscalDocuments.NAMESPACE);
              assertThat(p.getValue()).isEqualTo("strategic");
            });
    assertThat(r74.getLinks().get(0).getText().toMarkdown()).startsWith("Rec. 7, bullet 4");
    assertThat(catalog.getGroups().stream().mapToInt(g -> g.getControls().size()).sum())
        .isEqualTo(84);
    assertThat(catalog.getBackMatter().getResources().get(0).getCitation().getText().toMarkdown())
        .contains("https://doi.org/10.1787/9f53286f-en");
  }

  @Test
  void reads_a_finding_per_decided_check_and_an_item_per_roadmap_step() throws IOException {
    Assessment riverton = Riverton.assessment();
    Path results =
        NistValidation.write(folder.resolve("ar.json"), OscalDocuments.assessmentResults(riverton));
    Path poam =
        NistValidation.write(
            folder.resolve("poam.json"), OscalDocuments.planOfActionAndMilestones(riverton));

    AssessmentResults ar = OscalBindingContext.instance().loadAssessmentResults(results);
    PlanOfActionAndMilestones plan =
        OscalBindingContext.instance().loadPlanOfActionAndMilestones(poam);

    long decided =
        riverton.findings().stream()
            .filter(f -> f.status() == Status.MET || f.isCertainGap())
            .count();
    assertThat(ar.getResults()).hasSize(1);
    assertThat(ar.getResults().get(0).getFindings()).hasSize((int) decided);
    assertThat(ar.getResults().get(0).getObservations()).hasSize(riverton.findings().size());
    assertThat(plan.getPoamItems()).hasSize(Roadmap.of(riverton).all().size());
  }
}
