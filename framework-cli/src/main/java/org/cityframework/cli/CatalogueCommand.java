package org.cityframework.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cityframework catalogue}: the 84 checks. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Print the check catalogue.",
    description =
        "Prints the check catalogue: the publication the checks come from, then every check"
            + " with its id, recommendation, weight, effort and what it builds on (markdown adds"
            + " where each comes from in the publication, as \"Rec. 7, bullet 4\"; json and yaml:"
            + " the full catalogue document of docs/json.md).",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN, ExitCodes.BUG})
final class CatalogueCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown, json or yaml (default: text).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    Catalogue catalogue = Catalogue.standard();
    String text =
        switch (format) {
          case TEXT -> CatalogueText.text(catalogue);
          case MARKDOWN -> CatalogueText.markdown(catalogue);
          case JSON -> DocumentFormat.JSON.writeCatalogue(catalogue);
          case YAML -> DocumentFormat.YAML.writeCatalogue(catalogue);
        };
    Output.write(spec.commandLine().getOut(), output, Output.ended(text));
    return 0;
  }
}
