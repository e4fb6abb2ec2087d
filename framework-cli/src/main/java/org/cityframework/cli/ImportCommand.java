package org.cityframework.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cityframework.collect.ImportReport;
import org.cityframework.collect.ImportedRow;
import org.cityframework.collect.InvalidMappingException;
import org.cityframework.collect.ProfileFileNames;
import org.cityframework.collect.SurveyImport;
import org.cityframework.collect.SurveyMapping;
import org.cityframework.collect.SurveyProblem;
import org.cityframework.collect.SurveyTemplate;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cityframework import}: a survey export (CSV or XLSX) to city profiles through a mapping,
 * or, with {@code --template}, the mapping and CSV header a survey is set up from.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Import city profiles from a survey export (CSV or XLSX), through a mapping.",
    description = {
      "Reads each row of FILE (.csv in UTF-8, or the first sheet of an .xlsx workbook) as one"
          + " city's answers, turns them into facts as the mapping says (docs/survey-import.md),"
          + " and writes each row's profile: one JSON file per city in a folder (named from the"
          + " city), or one line per city in a JSON Lines file (.jsonl) for assess --batch.",
      "Every problem is printed on standard error as FILE: row N, column \"HEADER\" (POINTER):"
          + " message; rows with problems are not written, the others are. A column the"
          + " mapping neither maps nor ignores is a problem too.",
      "With --template DIR, writes DIR/mapping.yaml (one column per fact, headed by its question)"
          + " and DIR/survey-header.csv (the header of the export such a survey gives)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Success: every row imported and every column read.",
      ExitCodes.USAGE,
      "3:The mapping is invalid, or a row, a cell or the file has a problem (each is printed;"
          + " the rows without problems are still written).",
      ExitCodes.UNWRITTEN,
      ExitCodes.BUG
    },
    footer = {
      "%nExamples:",
      "  cityframework import examples/survey/survey.csv --mapping examples/survey/mapping.yaml"
          + " --output profiles/",
      "  cityframework import survey.xlsx --mapping mapping.yaml --output wave.jsonl",
      "  cityframework import --template survey-setup/"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The survey export: a .csv (UTF-8) or .xlsx file.")
  Path file;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING",
      description = "The mapping (YAML) from the export's columns to the profile's facts.")
  Path mapping;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR|FILE.jsonl",
      description =
          "Where the profiles go: a folder (one JSON file per city), or a .jsonl file (one"
              + " line per city).")
  Path output;

  @Option(
      names = "--template",
      paramLabel = "DIR",
      description = "Write mapping.yaml and survey-header.csv to this folder instead.")
  Path template;

  @Option(
      names = "--list-items",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "With --template: the items of each list (goals, budget lines, ...) given columns, 1 to"
              + " 20 (default: 3).")
  int listItems;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ReportLanguage.class,
      defaultValue = "en",
      description = "With --template: the language of the questions, en (default) or fr.")
  Locale language;

  @Override
  public Integer call() {
    if (template != null) {
      if (file != null || mapping != null || output != null) {
        throw misused("--template writes a template; it takes no FILE, --mapping or --output.");
      }
      if (listItems < 1 || listItems > SurveyTemplate.MAX_ITEMS_PER_LIST) {
        throw misused("--list-items is from 1 to " + SurveyTemplate.MAX_ITEMS_PER_LIST + ".");
      }
      return writeTemplate();
    }
    if (file == null) {
      throw misused("Missing FILE, the survey export (or --template DIR).");
    }
    if (mapping == null || output == null) {
      throw misused("Missing " + (mapping == null ? "--mapping" : "--output") + ".");
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
      throw misused("FILE is a survey export named .csv or .xlsx (found " + name + ").");
    }
    return importSurvey();
  }

  private ParameterException misused(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private int writeTemplate() {
    SurveyTemplate t = SurveyTemplate.of(listItems);
    try {
      Files.createDirectories(template);
    } catch (IOException e) {
      throw CommandFailure.writing(
          "Cannot write " + template + ": " + CommandFailure.reason(e) + ".", e);
    }
    Output.write(null, template.resolve("mapping.yaml"), t.mapping(language));
    Output.write(null, template.resolve("survey-header.csv"), t.csvHeader(language));
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        SafeText.line(
            "Wrote "
                + template.resolve("mapping.yaml")
                + " and "
                + template.resolve("survey-header.csv")
                + " ("
                + t.facts().size()
                + " columns)."));
    err.flush();
    return ExitCodes.SUCCESS;
  }

  private int importSurvey() {
    SurveyMapping m;
    try {
      m = SurveyMapping.read(mapping);
    } catch (InvalidMappingException e) {
      throw new CommandFailure(e.problems().stream().map(p -> mapping + ": " + p).toList());
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          mapping + ": cannot read the mapping: " + CommandFailure.reason(e.getCause()));
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure(
          file
              + (Files.isDirectory(file)
                  ? ": this is a folder, not a file"
                  : ": there is no such file"));
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean lines =
        output.getFileName() != null
            && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    ImportReport report;
    try (Target target = lines ? new JsonLinesTarget(output) : new FolderTarget(output)) {
      report =
          SurveyImport.of(m)
              .read(
                  file,
                  row -> {
                    row.problems().forEach(p -> err.println(line(p)));
                    row.profile().ifPresent(p -> target.write(p, row));
                  });
    } catch (UncheckedIOException e) {
      throw new CommandFailure(file + ": cannot read: " + CommandFailure.reason(e.getCause()));
    } catch (IOException e) {
      throw CommandFailure.writing(
          "Cannot write " + output + ": " + CommandFailure.reason(e) + ".", e);
    }
    report.fileProblems().forEach(p -> err.println(line(p)));
    err.println(
        SafeText.line(
            file
                + ": "
                + report.rows()
                + (report.rows() == 1 ? " row" : " rows")
                + " read, "
                + report.imported()
                + " imported to "
                + output
                + ", "
                + report.rejected()
                + " with problems"
                + (report.fileProblems().isEmpty()
                    ? ""
                    : "; "
                        + report.fileProblems().size()
                        + (report.fileProblems().size() == 1 ? " problem" : " problems")
                        + " with the file as a whole")
                + "."));
    err.flush();
    return report.isComplete() ? ExitCodes.SUCCESS : ExitCodes.INPUT;
  }

  private String line(SurveyProblem p) {
    return SafeText.line(file + ": " + p);
  }

  /** Where imported profiles are written. */
  private interface Target extends AutoCloseable {
    void write(CityProfile profile, ImportedRow row);

    @Override
    void close() throws IOException;
  }

  /** One JSON file per city in a folder, named from the city. */
  private static final class FolderTarget implements Target {
    private final Path folder;
    private final ProfileFileNames names = new ProfileFileNames();

    FolderTarget(Path folder) {
      this.folder = folder;
      try {
        Files.createDirectories(folder);
      } catch (IOException | InvalidPathException e) {
        throw CommandFailure.writing("Cannot write " + folder + ": cannot make the folder.", e);
      }
    }

    @Override
    public void write(CityProfile profile, ImportedRow row) {
      Output.write(
          null,
          folder.resolve(names.next(profile, row.row())),
          DocumentFormat.JSON.writeProfile(profile));
    }

    @Override
    public void close() {}
  }

  /** One compact profile per line, for assess --batch. */
  private static final class JsonLinesTarget implements Target {
    private final Path file;
    private final BufferedWriter out;

    JsonLinesTarget(Path file) {
      this.file = file;
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CommandFailure.writing(
            "Cannot write " + file + ": " + CommandFailure.reason(e) + ".", e);
      }
    }

    @Override
    public void write(CityProfile profile, ImportedRow row) {
      StringBuilder line = new StringBuilder();
      SyntheticProfiles.compact(DocumentFormat.JSON.writeProfile(profile), line);
      try {
        out.write(line.append('\n').toString());
      } catch (IOException e) {
        throw CommandFailure.writing(
            "Cannot write " + file + ": " + CommandFailure.reason(e) + ".", e);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
