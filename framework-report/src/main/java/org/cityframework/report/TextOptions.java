package org.cityframework.report;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a text report of an assessment shows and how wide it is: the summary (the head of the report
 * and the most urgent findings) or the full report, and the width in columns.
 *
 * <pre>{@code
 * String head = ReportFormat.TEXT.render(a, TextOptions.summary().withWidth(80));
 * String top3 = ReportFormat.TEXT.render(a, TextOptions.summary().withTop(3));
 * String all = ReportFormat.TEXT.render(a, TextOptions.full().withWidth(120));
 * }</pre>
 *
 * <p>The <b>summary</b> has the title, the overall score, the scores of the ten recommendations,
 * the roadmap (check ids by step), the questions to collect first when less than half of the weight
 * was assessed, then the first {@link #top() N} findings of the ranking, each with its first action
 * or the facts to collect, and a closing line saying how many findings are left out and how to see
 * them; it ends with the source of the checks. The <b>full</b> report is {@link
 * ReportFormat#render(org.cityframework.rules.Assessment, int)}: every section, every finding with
 * all its details. Both wrap at spaces only: no line is wider than the width, and a word is broken
 * only when it is wider than the whole width.
 *
 * <p>Immutable and thread-safe. Other formats than {@link ReportFormat#TEXT} ignore these options;
 * the progress between two assessments is always rendered in full.
 */
public final class TextOptions {
  /** How many findings a summary shows unless told otherwise. */
  public static final int DEFAULT_TOP = 10;

  private static final TextOptions FULL = new TextOptions(0, ReportFormat.DEFAULT_WIDTH, null);
  private static final TextOptions SUMMARY =
      new TextOptions(DEFAULT_TOP, ReportFormat.DEFAULT_WIDTH, null);

  /** The number of findings shown, or 0 for all of them. */
  private final int top;

  private final int width;
  private final String howToSeeAll;

  private TextOptions(int top, int width, String howToSeeAll) {
    this.top = top;
    this.width = width;
    this.howToSeeAll = howToSeeAll;
  }

  /**
   * The summary: the head of the report and the {@value #DEFAULT_TOP} most urgent findings, {@value
   * ReportFormat#DEFAULT_WIDTH} columns wide.
   */
  public static TextOptions summary() {
    return SUMMARY;
  }

  /**
   * The full report, every section and finding, {@value ReportFormat#DEFAULT_WIDTH} columns wide.
   */
  public static TextOptions full() {
    return FULL;
  }

  /**
   * A summary of the first {@code n} findings of the ranking, whatever these options were.
   *
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public TextOptions withTop(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a summary shows at least 1 finding (found " + n + ")");
    }
    return new TextOptions(n, width, howToSeeAll);
  }

  /**
   * These options at another width.
   *
   * @throws IllegalArgumentException if {@code columns} is below {@link ReportFormat#MIN_WIDTH}
   */
  public TextOptions withWidth(int columns) {
    ReportFormat.checkWidth(columns);
    return new TextOptions(top, columns, howToSeeAll);
  }

  /**
   * These options with a sentence that tells the reader of a summary how to see the rest, added
   * after the count of findings left out: an application says how it shows the full report there
   * ("Run with --full to see them all, or --top N for the first N."). Without it, the summary only
   * says that the full report has them. Untrusted text is cleaned as profile text is.
   */
  public TextOptions withHowToSeeAll(String sentence) {
    requireNonNull(sentence, "sentence");
    return new TextOptions(top, width, sentence);
  }

  /** The width in columns, at least {@link ReportFormat#MIN_WIDTH}. */
  public int width() {
    return width;
  }

  /** How many findings a summary shows; empty for the full report. */
  public OptionalInt top() {
    return top == 0 ? OptionalInt.empty() : OptionalInt.of(top);
  }

  /** Whether this is the full report. */
  public boolean isFull() {
    return top == 0;
  }

  /** The sentence telling how to see the rest of a summary, if one was given. */
  public Optional<String> howToSeeAll() {
    return Optional.ofNullable(howToSeeAll);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextOptions t
        && t.top == top
        && t.width == width
        && Objects.equals(t.howToSeeAll, howToSeeAll);
  }

  @Override
  public int hashCode() {
    return Objects.hash(top, width, howToSeeAll);
  }

  @Override
  public String toString() {
    return (isFull() ? "full" : "summary of " + top) + ", " + width + " columns";
  }
}
