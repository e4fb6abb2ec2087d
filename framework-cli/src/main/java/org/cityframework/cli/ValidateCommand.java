package org.cityframework.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cityframework.core.CityProfile;
import org.cityframework.json.InvalidDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cityframework validate}: reads profiles and lists every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Check city profiles and list every problem.",
    description = {
      "Reads each city profile strictly and prints every problem as FILE: POINTER: message"
          + " (the pointer is a JSON Pointer into the document), then a summary.",
      "Exits with 1 if any profile is invalid."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE},
    footer = {
      "%nExample:",
      "  cityframework validate examples/cities/*.json examples/cities/*.yaml"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "City profiles: .json, .yaml or .yml files; - reads JSON from standard input.")
  List<String> files;

  @Override
  public Integer call() {
    if (files.stream().filter(InputDocument.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once.");
    }
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    long problems = 0;
    for (String file : files) {
      List<String> lines;
      long count;
      try {
        InputDocument document = InputDocument.read(file, root.in());
        try {
          CityProfile p = document.profile();
          out.print(
              document.name()
                  + ": valid ("
                  + Output.plain(p.name())
                  + ", "
                  + p.country()
                  + ", facts as of "
                  + p.assessedOn()
                  + ")\n");
          continue;
        } catch (InvalidDocumentException e) {
          lines = CommandFailure.lines(document.name(), e);
          count = e.problemCount(); // the last line may count those left out
        }
      } catch (CommandFailure e) {
        lines = e.lines();
        count = lines.size();
      }
      invalid++;
      problems += count;
      lines.forEach(l -> out.print(l + "\n"));
    }
    int valid = files.size() - invalid;
    out.print(
        files.size()
            + (files.size() == 1 ? " profile" : " profiles")
            + " checked: "
            + valid
            + " valid, "
            + invalid
            + " invalid"
            + (problems == 0 ? "" : " (" + problems + (problems == 1 ? " problem)" : " problems)"))
            + ".\n");
    out.flush();
    return invalid == 0 ? 0 : 1;
  }
}
