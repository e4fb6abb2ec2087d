package org.cityframework.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cityframework.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code cityframework questionnaire}: the questionnaire page a city fills in in its browser. */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Write a questionnaire a city fills in in its browser, saved as a profile.",
    description = {
      "Writes one self-contained HTML page (no network, no external script or font) that asks for"
          + " every fact of a city profile in plain words, checks the answers as they are typed,"
          + " keeps them in the browser between visits, loads a profile (JSON or YAML) and saves"
          + " the answers as a JSON profile that validate and assess read.",
      "The page is generated from the profile's JSON Schema and the check catalogue; the same"
          + " language gives the same bytes."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN, ExitCodes.BUG},
    footer = {"%nExample:", "  cityframework questionnaire --output questionnaire.html"})
final class QuestionnaireCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the page to this file (UTF-8) instead of standard output.")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Language.class,
      description = "The language of the page: ${COMPLETION-CANDIDATES} (default: en).",
      completionCandidates = Language.Names.class)
  Locale language = Locale.ENGLISH;

  @Override
  public Integer call() {
    Output.write(spec.commandLine().getOut(), output, Questionnaire.standard(language).html());
    return 0;
  }

  /** The {@code --lang} option: one of {@link Questionnaire#languages()} by its two-letter code. */
  static final class Language implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      for (Locale language : Questionnaire.languages()) {
        if (language.getLanguage().equals(value)) {
          return language;
        }
      }
      throw new TypeConversionException(
          "no questionnaire language '" + value + "'; the languages are " + names());
    }

    static String names() {
      return Questionnaire.languages().stream()
          .map(Locale::getLanguage)
          .collect(Collectors.joining(", "));
    }

    /** The languages' codes, for the help. */
    static final class Names implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return Questionnaire.languages().stream().map(Locale::getLanguage).iterator();
      }
    }
  }
}
