package org.cityframework.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Progress;

/**
 * A format a consultant or a mayor reads an assessment in, or the progress between two.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(profile);
 * String page = ReportFormat.HTML.render(a);        // one self-contained page
 * String text = ReportFormat.TEXT.render(a, 80);    // for an 80-column terminal
 * String head = ReportFormat.TEXT.render(a, TextOptions.summary().withWidth(80)); // top 10
 * String rows = ReportFormat.CSV.render(Progress.between(before, a));
 * }</pre>
 *
 * <p>An assessment report has a title (city, country, date of the facts), the overall score with
 * its coverage and maturity, the scores of the ten recommendations and the three elements (and, but
 * in CSV, of the innovation components and governance layers), the {@link Roadmap}, then every
 * finding in rank order with its status, priority, why it matters (with its seed lines), what to
 * do, the evidence read and related checks. A progress report lists resolved gaps, new gaps, other
 * changes and how every score moved.
 *
 * <p>Profile text is untrusted: in every format, control and format characters are neutralised, and
 * in Markdown and HTML it is escaped so it never becomes markup. The same input always gives the
 * same output, byte for byte, on any thread.
 */
public enum ReportFormat {
  /**
   * Plain text for a terminal: aligned columns wrapped at spaces to a width (100 by default), no
   * colour; the full report, or a summary ({@link #render(Assessment, TextOptions)}).
   */
  TEXT("txt"),

  /** Markdown with headings and tables, profile text escaped. */
  MARKDOWN("md"),

  /**
   * One self-contained HTML5 page with inline style and inline SVG charts; no scripts, nothing
   * loaded from anywhere, readable on a phone and in print.
   */
  HTML("html"),

  /**
   * CSV (RFC 4180, CRLF line ends): one row per finding in rank order, or one per change of a
   * progress. Cells that a spreadsheet would run as a formula start with a single quote.
   */
  CSV("csv");

  /** The width of a text report when none is given. */
  public static final int DEFAULT_WIDTH = 100;

  /** The narrowest text report. */
  public static final int MIN_WIDTH = 40;

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file name extension, without the dot: {@code txt}, {@code md}, ... */
  public String extension() {
    return extension;
  }

  /** Renders an assessment, in English. */
  public String render(Assessment assessment) {
    return render(assessment, DEFAULT_WIDTH);
  }

  /**
   * Renders an assessment, in English; {@code width} is the terminal width of {@link #TEXT}, which
   * other formats ignore.
   *
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public String render(Assessment assessment, int width) {
    return render(assessment, width, Locale.ENGLISH);
  }

  /**
   * Renders an assessment in the language of {@code locale}: French for {@link Locale#FRENCH} (or
   * any French locale), English for any other ({@link #languages()}). Every word is in that
   * language: the report's own, and those of the checks of the standard catalogue ({@link
   * Assessment#inLanguage}), whatever catalogue language the assessment was made with, so that
   *
   * <pre>{@code
   * String rapport = ReportFormat.HTML.render(Assessor.standard().assess(profile), Locale.FRENCH);
   * }</pre>
   *
   * <p>is a report in French from end to end. Checks of one's own keep their words. Numbers follow
   * the language ({@code 57.1} and {@code 312,000} in English, {@code 57,1} and {@code 312 000} in
   * French); dates stay ISO 8601; ids, seed lines and JSON Pointers stay as they are. The JVM's
   * default locale plays no part.
   */
  public String render(Assessment assessment, Locale locale) {
    return render(assessment, DEFAULT_WIDTH, locale);
  }

  /**
   * Renders an assessment in the language of {@code locale} ({@link #render(Assessment, Locale)});
   * {@code width} is the terminal width of {@link #TEXT}, which other formats ignore.
   *
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public String render(Assessment assessment, int width, Locale locale) {
    requireNonNull(assessment, "assessment");
    requireNonNull(locale, "locale");
    checkWidth(width);
    Words words = Words.of(locale);
    Assessment a = assessment.inLanguage(words.language());
    return switch (this) {
      case TEXT -> TextReport.render(a, width, words);
      case MARKDOWN -> MarkdownReport.render(a, words);
      case HTML -> HtmlReport.render(a, words);
      case CSV -> CsvReport.render(a, words);
    };
  }

  /**
   * Renders an assessment, in English; for {@link #TEXT}, the summary or the full report at the
   * width {@code options} give ({@link TextOptions}), which other formats ignore.
   */
  public String render(Assessment assessment, TextOptions options) {
    return render(assessment, options, Locale.ENGLISH);
  }

  /**
   * Renders an assessment in the language of {@code locale} ({@link #render(Assessment, Locale)});
   * for {@link #TEXT}, the summary or the full report at the width {@code options} give ({@link
   * TextOptions}), which other formats ignore.
   */
  public String render(Assessment assessment, TextOptions options, Locale locale) {
    requireNonNull(assessment, "assessment");
    requireNonNull(options, "options");
    requireNonNull(locale, "locale");
    if (this != TEXT) {
      return render(assessment, locale);
    }
    Words words = Words.of(locale);
    return TextReport.render(assessment.inLanguage(words.language()), options, words);
  }

  /** Renders the progress between two assessments, in English. */
  public String render(Progress progress) {
    return render(progress, DEFAULT_WIDTH);
  }

  /**
   * Renders the progress between two assessments, in English; {@code width} is the terminal width
   * of {@link #TEXT}, which other formats ignore.
   *
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public String render(Progress progress, int width) {
    return render(progress, width, Locale.ENGLISH);
  }

  /**
   * Renders the progress between two assessments in the language of {@code locale}, as {@link
   * #render(Assessment, Locale)} renders an assessment.
   */
  public String render(Progress progress, Locale locale) {
    return render(progress, DEFAULT_WIDTH, locale);
  }

  /**
   * Renders the progress between two assessments in the language of {@code locale}; {@code width}
   * is the terminal width of {@link #TEXT}, which other formats ignore.
   *
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public String render(Progress progress, int width, Locale locale) {
    requireNonNull(progress, "progress");
    requireNonNull(locale, "locale");
    checkWidth(width);
    Words words = Words.of(locale);
    Progress p = progress.inLanguage(words.language());
    return switch (this) {
      case TEXT -> TextReport.render(p, width, words);
      case MARKDOWN -> MarkdownReport.render(p, words);
      case HTML -> HtmlReport.render(p, words);
      case CSV -> CsvReport.render(p, words);
    };
  }

  /**
   * The languages reports are written in: English ({@code en}), the default, and French ({@code
   * fr}). A locale of another language gives English.
   */
  public static List<Locale> languages() {
    return Catalogue.languages();
  }

  /**
   * Untrusted text as this format writes it, on one line, with the escaping its reports use: for
   * {@link #TEXT} cleaned of control and format characters, for {@link #MARKDOWN} escaped so that
   * it is never markup, a link or an autolink, for {@link #HTML} escaped as a text node, for {@link
   * #CSV} as one cell that no spreadsheet runs as a formula. For tools that write their own
   * documents in these formats around untrusted text, such as {@code cityframework diff}.
   */
  public String text(String untrusted) {
    requireNonNull(untrusted, "untrusted");
    return switch (this) {
      case TEXT -> Words.line(untrusted);
      case MARKDOWN -> Markdown.text(untrusted);
      case HTML -> new HtmlWriter().text(Words.line(untrusted)).toString();
      case CSV -> CsvReport.cell(untrusted);
    };
  }

  static void checkWidth(int width) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "a text report needs at least " + MIN_WIDTH + " columns (found " + width + ")");
    }
  }
}
