package org.cityframework.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.cityframework.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang} option: the language a report is written in, one of {@link
 * ReportFormat#languages()} by its two-letter code ({@code en}, {@code fr}).
 */
final class ReportLanguage implements ITypeConverter<Locale> {
  /** The option's description, naming the languages. */
  static final String DESCRIPTION =
      "The language of the report: en (English, the default) or fr (French). The check texts,"
          + " headings and sentences are in that language; ids, pointers, dates and the JSON"
          + " and CSV column names are not translated.";

  @Override
  public Locale convert(String value) {
    for (Locale language : ReportFormat.languages()) {
      if (language.getLanguage().equals(value)) {
        return language;
      }
    }
    throw new TypeConversionException(
        "no report language '"
            + value
            + "'; the languages are "
            + ReportFormat.languages().stream()
                .map(Locale::getLanguage)
                .collect(Collectors.joining(", ")));
  }

  /** The summary's closing hint, in the report's language. */
  static String howToSeeAll(Locale language) {
    return language.getLanguage().equals("fr")
        ? "Lancez la commande avec --full pour le voir, ou avec --top N pour les N constats les"
            + " plus urgents."
        : "Run with --full to see it, or with --top N for the N most urgent findings.";
  }
}
