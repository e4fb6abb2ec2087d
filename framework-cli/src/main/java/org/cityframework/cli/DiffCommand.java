package org.cityframework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.ComparisonReport;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.SafeText;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.cityframework.rules.ReportedAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code cityframework diff}: what changed between two assessments of a city. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Compare two assessments of a city.",
    description = {
      "Compares two assessments of a city: resolved gaps, new gaps, other changes of status"
          + " or of the bounds the unknown facts leave open (marked \"bounds only\" when the"
          + " status is the same), and how each score and its range moved.",
      "OLD and NEW are two city profiles (each is assessed with the 84 checks), or two"
          + " assessment documents written by assess --format json (recognised by their"
          + " findings list; statuses are compared by check id, scores by key)."
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
      "  cityframework diff riverton-2024.json riverton.json --format markdown"
    })
final class DiffCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON
  }

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description =
          "The earlier profile or assessment document: a file, or - for JSON on standard input.")
  String before;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description =
          "The later profile or assessment document: a file, or - for JSON on standard input.")
  String after;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: text).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description =
          "The width the text comparison of two profiles is wrapped to, at least "
              + ReportFormat.MIN_WIDTH
              + " (default: the terminal's width when standard output is a terminal, else "
              + TerminalWidth.UNLESS_TERMINAL
              + ").")
  Integer width;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = ReportLanguage.class,
      description =
          "The language of the text or Markdown comparison: en (English, the default) or fr"
              + " (French). The JSON document is the same in every language.")
  Locale language;

  @Override
  public Integer call() {
    if (width == null) {
      width =
          output == null && format == Format.TEXT
              ? TerminalWidth.ofStandardOutput()
              : TerminalWidth.UNLESS_TERMINAL;
    } else if (width < ReportFormat.MIN_WIDTH) {
      throw new ParameterException(
          spec.commandLine(),
          "A text report needs at least "
              + ReportFormat.MIN_WIDTH
              + " columns (--width "
              + width
              + ").");
    }
    if (before.equals(InputDocument.STDIN) && after.equals(InputDocument.STDIN)) {
      throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once.");
    }
    List<String> problems = new ArrayList<>();
    InputDocument old = read(before, problems);
    InputDocument now = read(after, problems);
    if (!problems.isEmpty()) {
      throw new CommandFailure(problems);
    }
    Optional<JsonNode> oldReport = report(old);
    Optional<JsonNode> newReport = report(now);
    if (oldReport.isPresent() != newReport.isPresent()) {
      throw new CommandFailure(
          "Cannot compare "
              + kind(oldReport)
              + " ("
              + old.name()
              + ") with "
              + kind(newReport)
              + " ("
              + now.name()
              + "): give two profiles or two assessment documents.");
    }
    String text =
        oldReport.isPresent()
            ? reports(old, oldReport.get(), now, newReport.get())
            : profiles(old, now);
    Output.write(spec.commandLine().getOut(), output, Output.ended(text));
    return 0;
  }

  private String profiles(InputDocument old, InputDocument now) {
    List<String> problems = new ArrayList<>();
    CityProfile earlier = profile(old, problems);
    CityProfile later = profile(now, problems);
    if (!problems.isEmpty()) {
      throw new CommandFailure(problems);
    }
    Assessor assessor = Assessor.standard();
    Progress progress = Progress.between(assessor.assess(earlier), assessor.assess(later));
    AssessmentComparison comparison = AssessmentComparison.of(progress);
    warn(comparison, old, now);
    return switch (format) {
      case TEXT -> ReportFormat.TEXT.render(progress, width, language);
      case MARKDOWN -> ReportFormat.MARKDOWN.render(progress, language);
      case JSON -> DocumentFormat.JSON.writeComparison(comparison);
    };
  }

  private String reports(InputDocument old, JsonNode oldTree, InputDocument now, JsonNode newTree) {
    List<String> problems = new ArrayList<>();
    ReportedAssessment earlier = reported(old, oldTree, problems);
    ReportedAssessment later = reported(now, newTree, problems);
    if (!problems.isEmpty()) {
      throw new CommandFailure(problems);
    }
    AssessmentComparison comparison = AssessmentComparison.of(earlier, later);
    warn(comparison, old, now);
    return switch (format) {
      case TEXT -> ComparisonReport.text(comparison, language);
      case MARKDOWN -> ComparisonReport.markdown(comparison, language);
      case JSON -> DocumentFormat.JSON.writeComparison(comparison);
    };
  }

  /**
   * Says on standard error when the two are of different cities, or NEW is the older: the
   * comparison is still written, but it may not be what was meant.
   */
  private void warn(AssessmentComparison comparison, InputDocument old, InputDocument now) {
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : comparison.warnings("OLD " + old.name(), "NEW " + now.name())) {
      err.println(SafeText.line("Warning: " + warning));
    }
    err.flush();
  }

  private InputDocument read(String argument, List<String> problems) {
    try {
      return InputDocument.read(argument, root.in());
    } catch (CommandFailure e) {
      problems.addAll(e.lines());
      return null;
    }
  }

  /** The document's tree when it is an assessment report; empty for anything else. */
  private static Optional<JsonNode> report(InputDocument document) {
    try {
      return JsonTrees.read(document).filter(DocumentFormat::isAssessment);
    } catch (InvalidDocumentException e) {
      return Optional.empty(); // not well-formed: reading it as a profile says where
    }
  }

  private static String kind(Optional<JsonNode> report) {
    return report.isPresent() ? "an assessment document" : "a city profile";
  }

  private static CityProfile profile(InputDocument document, List<String> problems) {
    try {
      return document.profile();
    } catch (InvalidDocumentException e) {
      problems.addAll(CommandFailure.lines(document.name(), e));
      return null;
    }
  }

  private static ReportedAssessment reported(
      InputDocument document, JsonNode tree, List<String> problems) {
    try {
      return DocumentFormat.readAssessment(tree);
    } catch (InvalidDocumentException e) {
      problems.addAll(CommandFailure.lines(document.name(), e));
      return null;
    }
  }
}
