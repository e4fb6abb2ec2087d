package org.cityframework.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      List<String> lines = new ArrayList<>();
      long[] count = {0};
      Optional<InputDocument> document = read(file, lines);
      Optional<CityProfile> profile = document.flatMap(d -> profile(d, lines, count));
      if (profile.isPresent()) {
        CityProfile p = profile.get();
        print(
            out,
            document.get().name()
                + ": valid ("
                + p.name()
                + ", "
                + p.country()
                + ", facts as of "
                + p.assessedOn()
                + ")");
        continue;
      }
      invalid++;
      problems += document.isEmpty() ? lines.size() : count[0];
      lines.forEach(l -> print(out, l));
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
    return invalid == 0 ? 0 : 1;
  }

  /** The document a file names, or empty after adding why it cannot be read to {@code problems}. */
  private Optional<InputDocument> read(String file, List<String> problems) {
    try {
      return Optional.of(InputDocument.read(file, root.in()));
    } catch (CommandFailure e) {
      problems.addAll(e.lines());
      return Optional.empty();
    }
  }

  /**
   * The document's profile, or empty after adding its problems to {@code problems} and their number
   * to {@code count[0]}: those left out of a long list count too, though one line stands for them.
   */
  private static Optional<CityProfile> profile(
      InputDocument document, List<String> problems, long[] count) {
    try {
      return Optional.of(document.profile());
    } catch (InvalidDocumentException e) {
      problems.addAll(CommandFailure.lines(document.name(), e));
      count[0] = e.problemCount();
      return Optional.empty();
    }
  }

  /** Prints a line, cleaned for a terminal: it may echo a file name or a text of a document. */
  private static void print(PrintWriter out, String line) {
    out.print(SafeText.line(line) + "\n");
  }
}
