package org.cityframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cityframework.cohort.Cohort;
import org.cityframework.cohort.CohortDocument;
import org.cityframework.cohort.CohortReport;
import org.cityframework.cohort.CohortSummary;
import org.cityframework.cohort.CorrelationTable;
import org.cityframework.cohort.OutcomeTable;
import org.cityframework.cohort.PeerFilter;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Assessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cityframework cohort}: what a cohort of cities looks like, in one streaming pass. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Summarise many cities at once.",
    description = {
      "Assesses every profile and reports the cohort: how many cities; per check the share of"
          + " cities in each status and with a certain gap; per recommendation, element,"
          + " component and layer the spread of scores and coverage (min, P10, P25, median, P75,"
          + " P90, max); the most common certain gaps; the facts most often unknown; a heatmap"
          + " of score bands against recommendations (docs/cohort.md).",
      "PROFILES are JSON Lines files (.jsonl, .ndjson; - reads JSON Lines from standard input),"
          + " single profiles (.json, .yaml, .yml) and folders of them. One pass, in bounded"
          + " memory, on several threads. No city is named, and no figure is shown for a group"
          + " of fewer than --min-cities cities.",
      "A bad profile is reported on standard error and left out; the cohort of the others is"
          + " still written, and the exit code is then 3."
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
      "  cityframework cohort wave.jsonl",
      "  cityframework cohort examples/cohort/cities.jsonl --format html --output cohort.html",
      "  cityframework cohort wave.jsonl --country GB,FR --population-band medium --format json"
    })
final class CohortCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON,
    CSV
  }

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  @Parameters(
      arity = "1..*",
      paramLabel = "PROFILES",
      description =
          "JSON Lines files, profiles and folders of them; - reads JSON Lines from standard input.")
  List<String> profiles;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text, markdown, html, json or csv (default: text).")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to this file (UTF-8) instead of standard output.")
  Path output;

  @Option(
      names = "--tailoring",
      paramLabel = "FILE",
      description = "A tailoring (JSON or YAML) applied to every city (docs/cli.md).")
  String tailoring;

  @Option(
      names = "--outcomes",
      paramLabel = "FILE",
      description =
          "A CSV of outcome indicators per city (a city column, an optional country column, one"
              + " column per outcome): adds capacity against outcomes to a text, markdown or json"
              + " report, Spearman's rank correlation of each score and outcome, with its 95%%"
              + " interval and Benjamini-Hochberg adjusted p-value (docs/cohort.md). A"
              + " correlation is not a cause.")
  Path outcomes;

  @Mixin PeerOptions peers;

  @Mixin WorkOptions work;

  @Override
  public Integer call() {
    PeerFilter filter = peers.filter();
    int k = peers.minCities();
    if (profiles.stream().filter(InputDocument.STDIN::equals).count()
            + (InputDocument.STDIN.equals(tailoring) ? 1 : 0)
        > 1) {
      throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once.");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output names a folder: " + output + ".");
    }
    if (outcomes != null && (format == Format.HTML || format == Format.CSV)) {
      throw new ParameterException(
          spec.commandLine(),
          "--outcomes adds to text, markdown and json reports, not to "
              + format.name().toLowerCase(Locale.ROOT)
              + ".");
    }
    Optional<CorrelationTable.Collector> collector =
        Optional.ofNullable(outcomes)
            .map(
                file ->
                    CorrelationTable.collector(
                        readOutcomes(file), Math.max(CorrelationTable.MINIMUM_CITIES, k)));
    Assessor assessor = AssessCommand.assessor(tailoring, root.in());
    PrintWriter err = spec.commandLine().getErr();
    CohortReading.Result read =
        new CohortReading(assessor, () -> Cohort.of(assessor.catalogue(), filter), work.threads())
            .alsoEach(a -> collector.ifPresent(c -> c.add(a)))
            .read(profiles, root.in(), err, work.showProgress());
    CohortSummary summary = read.cohort().summary(k);
    Output.write(
        spec.commandLine().getOut(),
        output,
        render(summary, collector.map(CorrelationTable.Collector::table)));
    err.print(
        String.format(
            Locale.ROOT,
            "%d %s read: %d in the cohort, %d left out by the filter, %d failed.%n",
            read.read(),
            read.read() == 1 ? "profile" : "profiles",
            summary.cities(),
            read.read() - read.failed() - summary.cities(),
            read.failed()));
    err.flush();
    return read.failed() > 0 ? ExitCodes.INPUT : ExitCodes.SUCCESS;
  }

  private String render(CohortSummary summary, Optional<CorrelationTable> correlations) {
    String report =
        switch (format) {
          case TEXT -> CohortReport.text(summary);
          case MARKDOWN -> CohortReport.markdown(summary);
          case HTML -> CohortReport.html(summary);
          case JSON -> CohortDocument.write(summary);
          case CSV -> CohortReport.csv(summary);
        };
    if (correlations.isEmpty()) {
      return Output.ended(report);
    }
    CorrelationTable table = correlations.get();
    return switch (format) {
      case TEXT -> Output.ended(report) + "\n" + Output.ended(table.text());
      case MARKDOWN -> Output.ended(report) + "\n" + Output.ended(table.markdown());
      case JSON -> Output.ended(OutcomeDocument.envelope(report, table));
      case HTML, CSV -> throw new IllegalStateException("--outcomes does not add to " + format);
    };
  }

  /** The outcomes table, or a failure (exit code 3) listing every problem with its place. */
  private static OutcomeTable readOutcomes(Path file) {
    try {
      return OutcomeTable.read(file);
    } catch (InvalidDocumentException e) {
      throw new CommandFailure(CommandFailure.lines(file.toString(), e));
    } catch (IOException e) {
      throw new CommandFailure(
          "cannot read the outcomes file "
              + SafeText.line(file.toString())
              + ": "
              + CommandFailure.reason(e),
          e);
    }
  }
}
