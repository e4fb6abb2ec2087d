package org.cityframework.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cityframework.core.InvalidProfileException;
import org.cityframework.core.ProfileProblem;
import org.cityframework.json.BlankProfile;
import org.cityframework.json.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cityframework init}: a blank city profile to fill in ({@link BlankProfile}). */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Write a blank city profile to fill in.",
    description = {
      "Writes a city profile with every fact unknown, which validate and assess accept as it is."
          + " In YAML (the default) every fact of the profile is there, commented out, after the"
          + " question that collects it, the answers it takes and the checks that read it (with"
          + " their place in the OECD chapter); to answer, remove the # and write the answer."
          + " JSON has no comments: in JSON the profile holds every section, yes/no object and"
          + " list, empty (docs/blank-profile.md).",
      "The city's name, country and date are the facts every profile states: give them with"
          + " --name, --country and --assessed-on, or change them in the file."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN_OR_KEPT, ExitCodes.BUG},
    footer = {
      "%nExamples:",
      "  cityframework init --name Riverton --country GB --output riverton.yaml",
      "  cityframework init --lang fr --format json --output ville.json"
    })
final class InitCommand implements Callable<Integer> {

  /** The formats a blank profile is written in. */
  enum Format {
    YAML(DocumentFormat.YAML),
    JSON(DocumentFormat.JSON);

    private final DocumentFormat format;

    Format(DocumentFormat format) {
      this.format = format;
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "yaml (every fact after its question; the default) or json (the outline).")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = ReportLanguage.class,
      description =
          "The language of the questions and comments: en (English, the default) or fr (French)."
              + " The facts' names and constants are not translated.")
  Locale language;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "City",
      description = "The city's name (default: City).")
  String name;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      defaultValue = "GB",
      description = "The city's country, an ISO 3166-1 alpha-2 code such as FR (default: GB).")
  String country;

  @Option(
      names = "--assessed-on",
      paramLabel = "DATE",
      description =
          "The date the facts will describe, as YYYY-MM-DD (default: today, in UTC). No fact"
              + " may be dated after it.")
  String assessedOn;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite the --output file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    if (output != null && !force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      throw CommandFailure.writing(
          output + " exists already; add --force to overwrite it, or choose another --output.",
          null);
    }
    BlankProfile blank;
    try {
      blank = BlankProfile.forCity(name, country, date()).in(language);
    } catch (InvalidProfileException e) {
      StringBuilder message = new StringBuilder("Not a city to start a profile for:");
      for (ProfileProblem p : e.problems()) {
        message.append(' ').append(p.message()).append('.');
      }
      throw new ParameterException(spec.commandLine(), message.toString());
    }
    Output.write(spec.commandLine().getOut(), output, blank.write(format.format));
    return 0;
  }

  private LocalDate date() {
    if (assessedOn == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      if (assessedOn.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(assessedOn);
      }
    } catch (DateTimeParseException e) {
      // Said below, as for any other text that is not a date.
    }
    throw new ParameterException(
        spec.commandLine(),
        "--assessed-on is a date as YYYY-MM-DD, such as 2026-03-31 (found '" + assessedOn + "').");
  }
}
