package org.cityframework.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cityframework.core.CityProfile;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.oscal.OscalDocuments;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cityframework export}: the catalogue or an assessment as an OSCAL document. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Write the catalogue or an assessment as an OSCAL document.",
    description = {
      "Writes a NIST OSCAL "
          + OscalDocuments.OSCAL_VERSION
          + " document (JSON), for compliance"
          + " and assessment tools (docs/oscal.md):",
      "  catalog: the check catalogue (no profile);",
      "  assessment-results: the assessment of PROFILE, a finding per check the facts decide,"
          + " with the evidence;",
      "  poam: the roadmap of PROFILE (now, next, later) as a plan of action and milestones.",
      "Assessment-results refer to the catalog as "
          + OscalDocuments.CATALOG_FILE
          + " beside them: export the catalog there too."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.USAGE,
      ExitCodes.INVALID,
      ExitCodes.UNWRITTEN,
      ExitCodes.BUG
    },
    footer = {
      "%nExamples:",
      "  cityframework export --oscal catalog --output " + OscalDocuments.CATALOG_FILE,
      "  cityframework export --oscal assessment-results examples/cities/riverton.json"
          + " --output riverton-assessment-results.json",
      "  cityframework export --oscal poam riverton.yaml"
    })
final class ExportCommand implements Callable<Integer> {
  /** The OSCAL documents, by the name --oscal takes. */
  private static final List<String> MODELS = List.of("catalog", "assessment-results", "poam");

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  @Option(
      names = "--oscal",
      required = true,
      paramLabel = "MODEL",
      description = "catalog, assessment-results or poam.")
  String model;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PROFILE",
      description =
          "The city profile (JSON or YAML; - reads JSON from standard input), for"
              + " assessment-results and poam.")
  String profile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (!MODELS.contains(model)) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--oscal': '"
              + model
              + "' is not one of catalog, assessment-results, poam.");
    }
    boolean catalog = model.equals("catalog");
    if (catalog && profile != null) {
      throw new ParameterException(
          spec.commandLine(), "The catalog takes no profile: remove " + profile + ".");
    }
    if (!catalog && profile == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing the profile to export as " + model + ".");
    }
    String text =
        switch (model) {
          case "catalog" -> OscalDocuments.catalog(Catalogue.standard());
          case "assessment-results" -> OscalDocuments.assessmentResults(assessment());
          default -> OscalDocuments.planOfActionAndMilestones(assessment());
        };
    Output.write(spec.commandLine().getOut(), output, text);
    return ExitCodes.SUCCESS;
  }

  private Assessment assessment() {
    InputDocument document = InputDocument.read(profile, root.in());
    CityProfile city;
    try {
      city = document.profile();
    } catch (InvalidDocumentException e) {
      throw new CommandFailure(CommandFailure.lines(document.name(), e));
    }
    return Assessor.standard().assess(city);
  }
}
