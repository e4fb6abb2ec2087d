package org.cityframework.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cityframework.core.CityProfile;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.SafeText;
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
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.USAGE,
      ExitCodes.INVALID,
      ExitCodes.UNWRITTEN,
      ExitCodes.BUG
    },
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
      Checked checked = check(file);
      if (checked.problems() == 0) {
        print(out, checked.lines().get(0));
        continue;
      }
      invalid++;
      problems += checked.problems();
      checked.lines().forEach(l -> print(out, l));
    }
    int valid = files.size() - invalid;
    print(
        out,
        files.size()
            + (files.size() == 1 ? " profile" : " profiles")
            + " checked: "
            + valid
            + " valid, "
            + invalid
            + " invalid"
            + (problems == 0 ? "" : " (" + problems + (problems == 1 ? " problem)" : " problems)"))
            + ".");
    Output.flush(out);
    return invalid == 0 ? ExitCodes.SUCCESS : ExitCodes.INPUT;
  }

  /**
   * What checking one file gives: the lines to print and how many problems they describe (those
   * left out of a long list count too, though one line stands for them); no problems and one line
   * for a valid profile.
   */
  private record Checked(List<String> lines, long problems) {}

  private Checked check(String file) {
    InputDocument document;
    try {
      document = InputDocument.read(file, root.in());
    } catch (CommandFailure e) {
      return new Checked(e.lines(), e.lines().size());
    }
    try {
      CityProfile p = document.profile();
      return new Checked(
          List.of(
              document.name()
                  + ": valid ("
                  + p.name()
                  + ", "
                  + p.country()
                  + ", facts as of "
                  + p.assessedOn()
                  + ")"),
          0);
    } catch (InvalidDocumentException e) {
      return new Checked(CommandFailure.lines(document.name(), e), e.problemCount());
    }
  }

  /** Prints a line, cleaned for a terminal: it may echo a file name or a text of a document. */
  private static void print(PrintWriter out, String line) {
    out.print(SafeText.line(line) + "\n");
  }
}
