package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cityframework.cohort.ChapterFigures;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.SafeText;
import org.cityframework.report.TextOptions;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Priority;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cityframework assess}: assesses profiles and writes their reports. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Assess city profiles and write their reports.",
    description = {
      "Assesses each city profile against the 84 checks and writes its report: findings"
          + " in rank order with their evidence, and scores. In text, the report is a summary"
          + " (the scores of the recommendations, the roadmap and the 10 most urgent findings)"
          + " unless --full or --top N says otherwise, wrapped to the terminal's width, or to 80"
          + " columns when standard output is not a terminal (--width to choose).",
      "Several profiles in text or markdown give one report after another. In json, html"
          + " or csv each report is a file of its own: --output names a folder, where the"
          + " report of NAME.json (or .yaml, .yml) is written as NAME.assessment.EXT; the"
          + " report of - is stdin.assessment.EXT. The same naming applies whenever --output"
          + " is an existing folder.",
      "With --batch FILE, FILE holds one JSON profile per line (JSON Lines; - for standard"
          + " input), and one summary line per profile is written, in input order, as JSON Lines"
          + " (the default) or csv. A bad line is reported with its line number and the batch"
          + " goes on; the exit code is then 3. A summary goes to standard error."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_NO_FINDINGS,
      ExitCodes.FAILED_ON,
      ExitCodes.USAGE,
      ExitCodes.INVALID,
      ExitCodes.UNWRITTEN,
      ExitCodes.BUG
    },
    footer = {
      "%nExamples:",
      "  cityframework assess examples/cities/riverton.json",
      "  cityframework assess examples/cities/riverton.json --full --width 100",
      "  cityframework assess examples/cities/*.json --format html --output reports",
      "  cityframework assess riverton.yaml --tailoring programme.yaml --fail-on HIGH",
      "  cityframework assess --batch wave.jsonl --format csv --output wave.csv"
    })
final class AssessCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html"),
    JSON("json"),
    CSV("csv");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    String render(Assessment a, TextOptions text, Locale language) {
      return Output.ended(
          switch (this) {
            case TEXT -> ReportFormat.TEXT.render(a, text, language);
            case MARKDOWN -> ReportFormat.MARKDOWN.render(a, language);
            case HTML -> ReportFormat.HTML.render(a, language);
            case CSV -> ReportFormat.CSV.render(a, language);
            case JSON -> DocumentFormat.JSON.writeAssessment(a);
          });
    }

    /** Whether several reports can follow one another in one output. */
    boolean joins() {
      return this == TEXT || this == MARKDOWN;
    }

    String separator() {
      return this == MARKDOWN ? "\n---\n\n" : "\n";
    }
  }

  /** The priorities --fail-on accepts. */
  enum Threshold {
    HIGH,
    MEDIUM,
    LOW
  }

  @Spec CommandSpec spec;

  @ParentCommand RootCommand root;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "City profiles: .json, .yaml or .yml files; - reads JSON from standard input.")
  List<String> files = List.of();

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description =
          "Assess every profile of a JSON Lines file (one JSON profile per line; - reads"
              + " standard input) and write one summary line per profile (docs/cli.md).")
  String batch;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text, markdown, html, json or csv (default: text); with --batch, json (JSON Lines,"
              + " the default) or csv.")
  Format format;

  @Mixin WorkOptions work;

  @Option(
      names = "--cohort",
      arity = "1..*",
      paramLabel = "PROFILES",
      description =
          "Add to each report where the city stands among these peers (JSON Lines files,"
              + " profiles, folders; as cohort reads them): its percentile rank per group and how"
              + " common its status is per check. In text, markdown and html it follows the"
              + " report; in json and csv the report is the city's place among its peers alone"
              + " (peer-position document, written as NAME.peers.EXT in a folder).")
  List<String> cohort;

  @Mixin PeerOptions peers;

  @Option(
      names = "--reference",
      description =
          "Add the chapter's own figures for the cities it surveyed (39%% say data plays a"
              + " significant role, two-thirds have a data scientist, ...), each cited by"
              + " recommendation and seed line, beside the city's answers; no cohort needed."
              + " Text, markdown or html; --cohort adds them too.")
  boolean reference;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to this file (UTF-8) instead of standard output; a folder for"
              + " several profiles in json, html or csv; the summaries' file with --batch.")
  Path output;

  @Option(
      names = "--tailoring",
      paramLabel = "FILE",
      description =
          "A tailoring (JSON or YAML): checks switched off, weights changed, findings waived"
              + " (docs/cli.md).")
  String tailoring;

  @Option(
      names = "--fail-on",
      paramLabel = "PRIORITY",
      description =
          "Exit with 1 when any finding has this priority or a more urgent one: HIGH, MEDIUM"
              + " or LOW.")
  Threshold failOn;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description =
          "The width a text report is wrapped to, at least "
              + ReportFormat.MIN_WIDTH
              + " (default: the terminal's width when standard output is a terminal, else "
              + TerminalWidth.UNLESS_TERMINAL
              + ", so a report written to a file or a pipe is always the same).")
  Integer width;

  @Option(
      names = "--full",
      description =
          "Write the full text report: every finding with why it matters, its evidence and"
              + " related checks, and every score. By default a text report is a summary: the"
              + " scores of the recommendations, the roadmap and the "
              + TextOptions.DEFAULT_TOP
              + " most urgent findings. Markdown, html, json and csv are always in full.")
  boolean full;

  @Option(
      names = "--top",
      paramLabel = "N",
      description =
          "A text summary with the N most urgent findings (at least 1; default: "
              + TextOptions.DEFAULT_TOP
              + ").")
  Integer top;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = ReportLanguage.class,
      description = ReportLanguage.DESCRIPTION)
  Locale language;

  /** The hint a summary in English ends with. */
  static final String HOW_TO_SEE_ALL = ReportLanguage.howToSeeAll(Locale.ENGLISH);

  @Override
  public Integer call() {
    if (batch != null) {
      return assessBatch();
    }
    if (files.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing a profile: give FILE... or --batch FILE.");
    }
    if (work.given() && cohort == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads and --progress apply only with --batch FILE or --cohort PROFILES.");
    }
    if (format == null) {
      format = Format.TEXT;
    }
    if (cohort == null && peerOptionGiven()) {
      throw new ParameterException(
          spec.commandLine(),
          "--country, --population-band, --wave and --min-cities apply only with --cohort.");
    }
    if (reference && !(format.joins() || format == Format.HTML)) {
      throw new ParameterException(
          spec.commandLine(),
          "--reference adds the chapter's figures to text, markdown and html reports, not to "
              + format.name().toLowerCase(Locale.ROOT)
              + ".");
    }
    TextOptions text = textOptions();
    List<Path> targets = targets();
    Assessor assessor = assessor();
    List<Assessment> assessments = assess(assessor);
    Function<Assessment, String> render =
        reference
            ? a ->
                ChapterFigures.addedTo(
                    ReportFormat.valueOf(format.name()),
                    format.render(a, text, language),
                    a.profile())
            : a -> format.render(a, text, language);
    int code = 0;
    if (cohort != null) {
      Peers among =
          Peers.read(assessor, cohort, peers, work, root.in(), spec.commandLine().getErr());
      render = among.render(format, text, language);
      code = among.failed() ? ExitCodes.INPUT : 0;
    }
    write(assessments, targets, render);
    if (code != 0) {
      return code;
    }
    return failOn == null ? 0 : checkPriorities(assessments);
  }

  private int assessBatch() {
    CommandLine cli = spec.commandLine();
    if (!files.isEmpty()) {
      throw new ParameterException(
          cli,
          "--batch reads its profiles from FILE; give no other profile (found "
              + files.get(0)
              + ").");
    }
    for (String option : List.of("--width", "--full", "--top", "--lang", "--reference")) {
      if (cli.getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(cli, option + " applies to text reports, not to --batch.");
      }
    }
    SummaryFormat summary =
        switch (format == null ? Format.JSON : format) {
          case JSON -> SummaryFormat.JSON;
          case CSV -> SummaryFormat.CSV;
          default ->
              throw new ParameterException(
                  cli,
                  "--batch writes json (JSON Lines, the default) or csv, not "
                      + format.name().toLowerCase(Locale.ROOT)
                      + ".");
        };
    if (InputDocument.STDIN.equals(batch) && InputDocument.STDIN.equals(tailoring)) {
      throw new ParameterException(cli, "Standard input (-) can be read only once.");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new ParameterException(cli, "--batch writes one file; " + output + " is a folder.");
    }
    int threads = work.threads();
    boolean progress = work.showProgress();
    Assessor assessor = assessor();
    Priority threshold = failOn == null ? null : Priority.valueOf(failOn.name());
    BatchAssessment run = new BatchAssessment(assessor, summary, threshold, threads);
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    if (InputDocument.STDIN.equals(batch)) {
      return run.run("<stdin>", root.in(), null, output, out, err, progress);
    }
    Path file = batchFile();
    try (InputStream in = Files.newInputStream(file)) {
      return run.run(batch, in, file, output, out, err, progress);
    } catch (IOException e) {
      throw new CommandFailure(batch + ": cannot read the file: " + CommandFailure.reason(e), e);
    }
  }

  private Path batchFile() {
    Path file;
    try {
      file = Path.of(batch);
    } catch (InvalidPathException e) {
      throw new CommandFailure(batch + ": this is not a valid file name");
    }
    if (Files.isDirectory(file)) {
      throw new CommandFailure(batch + ": this is a folder, not a file");
    }
    return file;
  }

  /** Where each report goes: one file per report, or empty when they share the output. */
  private List<Path> targets() {
    long stdin = files.stream().filter(InputDocument.STDIN::equals).count();
    if (stdin + (InputDocument.STDIN.equals(tailoring) ? 1 : 0) > 1) {
      throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once.");
    }
    boolean folder = output != null && Files.isDirectory(output);
    if (files.size() > 1 && !format.joins()) {
      if (output == null) {
        throw new ParameterException(
            spec.commandLine(),
            "Several profiles in "
                + format.name().toLowerCase(Locale.ROOT)
                + " need --output FOLDER: each report is written there as"
                + " NAME."
                + kind()
                + "."
                + format.extension
                + ".");
      }
      folder = true;
    }
    if (!folder) {
      return List.of();
    }
    Map<String, String> byName = new LinkedHashMap<>();
    List<Path> targets = new ArrayList<>();
    for (String file : files) {
      String name = InputDocument.baseName(file) + "." + kind() + "." + format.extension;
      String other = byName.putIfAbsent(name, file);
      if (other != null) {
        throw new ParameterException(
            spec.commandLine(),
            other
                + " and "
                + file
                + " would both be written to "
                + name
                + "; assess them one at a time.");
      }
      targets.add(output.resolve(name));
    }
    return targets;
  }

  private Assessor assessor() {
    return assessor(tailoring, root.in());
  }

  /**
   * The standard assessor, or the one the tailoring file (null for none) makes of it.
   *
   * @throws CommandFailure when the tailoring cannot be read or is invalid
   */
  static Assessor assessor(String tailoring, InputStream stdin) {
    if (tailoring == null) {
      return Assessor.standard();
    }
    InputDocument document = InputDocument.read(tailoring, stdin);
    try {
      return document
          .format()
          .readTailoring(document.bytes(), Assessor.standard().catalogue())
          .applyTo(Assessor.standard());
    } catch (InvalidDocumentException e) {
      throw new CommandFailure(CommandFailure.lines(document.name(), e));
    }
  }

  private List<Assessment> assess(Assessor assessor) {
    List<String> problems = new ArrayList<>();
    List<CityProfile> profiles = new ArrayList<>();
    for (String file : files) {
      try {
        InputDocument document = InputDocument.read(file, root.in());
        try {
          profiles.add(document.profile());
        } catch (InvalidDocumentException e) {
          problems.addAll(CommandFailure.lines(document.name(), e));
        }
      } catch (CommandFailure e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new CommandFailure(problems);
    }
    return profiles.stream().map(assessor::assess).toList();
  }

  /**
   * The summary or the full report, and the width: --width, else the terminal's when the report
   * goes to a terminal, else 80 (TerminalWidth).
   */
  private TextOptions textOptions() {
    CommandLine cli = spec.commandLine();
    if (full && top != null) {
      throw new ParameterException(
          cli, "--full shows every finding and --top N the first N: give one of them.");
    }
    if (top != null && top < 1) {
      throw new ParameterException(
          cli, "--top needs a number of findings of at least 1 (--top " + top + ").");
    }
    if (width != null && width < ReportFormat.MIN_WIDTH) {
      throw new ParameterException(
          cli,
          "A text report needs at least "
              + ReportFormat.MIN_WIDTH
              + " columns (--width "
              + width
              + ").");
    }
    int columns;
    if (width != null) {
      columns = width;
    } else if (output == null && format == Format.TEXT) {
      columns = TerminalWidth.ofStandardOutput();
    } else {
      columns = TerminalWidth.UNLESS_TERMINAL;
    }
    TextOptions text =
        full
            ? TextOptions.full()
            : TextOptions.summary().withHowToSeeAll(ReportLanguage.howToSeeAll(language));
    if (top != null) {
      text = text.withTop(top);
    }
    return text.withWidth(columns);
  }

  private void write(
      List<Assessment> assessments, List<Path> targets, Function<Assessment, String> render) {
    if (!targets.isEmpty()) {
      for (int i = 0; i < assessments.size(); i++) {
        Output.write(spec.commandLine().getOut(), targets.get(i), render.apply(assessments.get(i)));
      }
      return;
    }
    StringBuilder joined = new StringBuilder();
    for (Assessment a : assessments) {
      if (joined.length() > 0) {
        joined.append(format.separator());
      }
      joined.append(render.apply(a));
    }
    Output.write(spec.commandLine().getOut(), output, joined.toString());
  }

  /**
   * What each file holds: the city's assessment report, or with --cohort in json or csv its place
   * among its peers alone.
   */
  private String kind() {
    return cohort != null && !format.joins() && format != Format.HTML ? "peers" : "assessment";
  }

  /** Whether an option of the peers (filters, --min-cities) was given. */
  private boolean peerOptionGiven() {
    CommandLine cli = spec.commandLine();
    for (String name : List.of("--country", "--population-band", "--wave", "--min-cities")) {
      if (cli.getParseResult().hasMatchedOption(name)) {
        return true;
      }
    }
    return false;
  }

  private int checkPriorities(List<Assessment> assessments) {
    Priority threshold = Priority.valueOf(failOn.name());
    int code = 0;
    for (Assessment a : assessments) {
      long count = a.findings().stream().filter(f -> f.priority().isAtLeast(threshold)).count();
      if (count > 0) {
        spec.commandLine()
            .getErr()
            .println(
                SafeText.line(a.profile().name())
                    + " has "
                    + count
                    + (count == 1 ? " finding" : " findings")
                    + " of priority "
                    + threshold
                    + (threshold == Priority.HIGH ? "" : " or more urgent")
                    + " (--fail-on "
                    + threshold
                    + ").");
        code = ExitCodes.FINDINGS;
      }
    }
    spec.commandLine().getErr().flush();
    return code;
  }
}
