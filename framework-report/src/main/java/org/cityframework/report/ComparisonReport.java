package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Verdict;

/**
 * Plain text and Markdown of a comparison of two assessment documents ({@link
 * AssessmentComparison#of(org.cityframework.rules.ReportedAssessment,
 * org.cityframework.rules.ReportedAssessment)}), laid out like the progress reports {@link
 * ReportFormat#render(org.cityframework.rules.Progress)} makes of two profiles from their full
 * assessments. A document says less than an assessment (no evidence, no actions), so these reports
 * list the changes of verdict and the score moves only. Text from the documents is cleaned as
 * {@link SafeText} cleans it, and never becomes Markdown markup. In English or French: the summary
 * of a built-in check is said in the report's language when the document has its standard words.
 */
public final class ComparisonReport {
  private final Words w;

  private ComparisonReport(Locale locale) {
    this.w = Words.of(locale);
  }

  /** The comparison as plain text in English, {@code \n} line breaks. */
  public static String text(AssessmentComparison c) {
    return text(c, Locale.ENGLISH);
  }

  /**
   * The comparison as plain text in the language of {@code locale} (French for a French locale,
   * else English), {@code \n} line breaks.
   */
  public static String text(AssessmentComparison c, Locale locale) {
    return new ComparisonReport(locale).text(c, new StringBuilder());
  }

  /** The comparison as Markdown in English; text from the documents is escaped, never markup. */
  public static String markdown(AssessmentComparison c) {
    return markdown(c, Locale.ENGLISH);
  }

  /** The comparison as Markdown in the language of {@code locale}, as {@link #text} chooses it. */
  public static String markdown(AssessmentComparison c, Locale locale) {
    return new ComparisonReport(locale).markdown(c, new StringBuilder());
  }

  private String text(AssessmentComparison c, StringBuilder b) {
    b.append(Words.line(title(c))).append("\n");
    b.append(Words.line(dates(c))).append("\n\n");
    b.append(overall(c)).append("\n");
    section(b, w.get("heading.resolved"), c.resolved());
    section(b, w.get("heading.newGaps"), c.newGaps());
    section(b, w.get("heading.otherChanges"), c.otherChanges());
    b.append("\n").append(w.get("heading.scoreMoves")).append("\n");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(columns());
    header.add("");
    rows.add(header);
    c.scoreMoves().forEach((key, m) -> rows.add(moveRow(key, m)));
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], Words.width(row.get(i)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - Words.width(cell));
        // the scope and the note are left-aligned, the figures right-aligned
        line.append("  ").append(i == 0 || i == widths.length - 1 ? cell + pad : pad + cell);
      }
      b.append(line.toString().stripTrailing()).append("\n");
    }
    return b.toString();
  }

  /** The headings of the score moves' columns. */
  private List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (String column :
        List.of(
            "scope",
            "before",
            "after",
            "delta",
            "coverageBefore",
            "coverageAfter",
            "rangeBefore",
            "rangeAfter")) {
      columns.add(w.get("column." + column));
    }
    return columns;
  }

  /**
   * One row of the score moves: scope, scores, delta, coverages, ranges, and "range only" when the
   * floor or ceiling moved but neither the score nor its coverage did.
   */
  private List<String> moveRow(String key, AssessmentComparison.Move m) {
    return List.of(
        Words.line(w.scope(key)),
        w.score(m.before()),
        w.score(m.after()),
        w.delta(m.delta()),
        w.coverage(m.coverageBefore()),
        w.coverage(m.coverageAfter()),
        w.range(m.floorBefore(), m.ceilingBefore()),
        w.range(m.floorAfter(), m.ceilingAfter()),
        m.isBoundsOnly() ? w.get("comparison.rangeOnly") : "");
  }

  private String markdown(AssessmentComparison c, StringBuilder b) {
    b.append("# ").append(escape(title(c))).append("\n\n");
    b.append(escape(dates(c))).append("\n\n");
    b.append("**").append(overall(c)).append("**\n");
    table(b, w.get("heading.resolved"), c.resolved());
    table(b, w.get("heading.newGaps"), c.newGaps());
    table(b, w.get("heading.otherChanges"), c.otherChanges());
    b.append("\n## ").append(w.get("heading.scoreMoves")).append("\n\n");
    b.append("| ").append(String.join(" | ", columns())).append(" |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    c.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = moveRow(key, m);
              String note = row.get(8);
              b.append("| ")
                  .append(escape(w.scope(key)))
                  .append(" | ")
                  .append(String.join(" | ", row.subList(1, 8)))
                  .append(note.isEmpty() ? "" : " (" + note + ")")
                  .append(" |\n");
            });
    return b.toString();
  }

  private String title(AssessmentComparison c) {
    return c.sameCity()
        ? w.get("heading.progress", c.after().named())
        : w.get("comparison.title", c.after().named(), c.before().named());
  }

  private String dates(AssessmentComparison c) {
    return w.get("period", c.before().assessedOn(), c.after().assessedOn());
  }

  private String overall(AssessmentComparison c) {
    AssessmentComparison.Move m = c.scoreMoves().get("overall");
    if (m == null) {
      return w.get("comparison.noOverall");
    }
    String overall =
        w.get(
            "overallMove",
            w.score(m.before()),
            w.score(m.after()),
            w.delta(m.delta()),
            w.coverage(m.coverageBefore()),
            w.coverage(m.coverageAfter()));
    if (!m.boundsMoved()) {
      return overall;
    }
    return overall
        + w.get(
            "comparison.range",
            w.range(m.floorBefore(), m.ceilingBefore()),
            w.range(m.floorAfter(), m.ceilingAfter()));
  }

  private void section(StringBuilder b, String heading, List<AssessmentComparison.Change> changes) {
    b.append("\n").append(heading).append(w.colon()).append(changes.size()).append("\n");
    int id = changes.stream().mapToInt(c -> Words.width(Words.line(c.checkId()))).max().orElse(0);
    int change = changes.stream().mapToInt(c -> Words.width(verdictChange(c))).max().orElse(0);
    int priority =
        changes.stream().mapToInt(c -> Words.width(w.priority(c.priority()))).max().orElse(0);
    for (AssessmentComparison.Change c : changes) {
      b.append("  ")
          .append(padded(Words.line(c.checkId()), id))
          .append("  ")
          .append(padded(verdictChange(c), change))
          .append("  ")
          .append(w.get("priorityNow", padded(w.priority(c.priority()), Math.max(6, priority))))
          .append("  ")
          .append(Words.line(summary(c)))
          .append("\n");
    }
  }

  private static String padded(String text, int width) {
    return text + " ".repeat(Math.max(0, width - Words.width(text)));
  }

  private void table(StringBuilder b, String heading, List<AssessmentComparison.Change> changes) {
    b.append("\n## ").append(heading).append(w.colon()).append(changes.size()).append("\n\n");
    if (changes.isEmpty()) {
      b.append(w.get("none")).append("\n");
      return;
    }
    b.append("| ")
        .append(w.get("column.id"))
        .append(" | ")
        .append(w.get("column.change"))
        .append(" | ")
        .append(w.get("column.priorityNow"))
        .append(" | ")
        .append(w.get("column.practice"))
        .append(" |\n");
    b.append("|---|---|---|---|\n");
    for (AssessmentComparison.Change c : changes) {
      b.append("| ")
          .append(escape(c.checkId()))
          .append(" | ")
          .append(verdictChange(c))
          .append(" | ")
          .append(w.priority(c.priority()))
          .append(" | ")
          .append(escape(summary(c)))
          .append(" |\n");
    }
  }

  /**
   * The summary of the changed check: the document's words, or, for a built-in check whose document
   * has its standard English words, those of the report's language.
   */
  private String summary(AssessmentComparison.Change c) {
    Optional<String> standard =
        Catalogue.standard().check(c.checkId()).map(Check::info).map(i -> i.summary());
    if (standard.isEmpty() || !standard.get().equals(c.summary())) {
      return c.summary();
    }
    return Catalogue.standard(w.language())
        .check(c.checkId())
        .map(check -> check.info().summary())
        .orElse(c.summary());
  }

  /**
   * A change of verdict as the reports say it: "Not met -> Met", "Not assessed -> Not met or partly
   * met (bounds only)", "Absent" for a side without the check. Where both sides read the same
   * although their bounds differ (anything from not met to met, or to not applicable), each names
   * its range.
   */
  private String verdictChange(AssessmentComparison.Change c) {
    String from = side(c.was());
    String to = side(c.now());
    if (from.equals(to)) {
      from += " (" + span(c.was().orElseThrow()) + ")";
      to += " (" + span(c.now().orElseThrow()) + ")";
    }
    return from
        + " -> "
        + to
        + (c.isBoundsOnly() ? " (" + w.get("comparison.boundsOnly") + ")" : "");
  }

  /** The change of verdict of {@link #verdictChange} in English. */
  static String change(AssessmentComparison.Change c) {
    return new ComparisonReport(Locale.ENGLISH).verdictChange(c);
  }

  private String side(Optional<Verdict> v) {
    return v.map(w::verdict).orElse(w.get("comparison.absent"));
  }

  /** The two ends of an undecided verdict: "not met to not applicable". */
  private String span(Verdict v) {
    return w.get(
        "comparison.span",
        w.status(v.worstCase()).toLowerCase(w.language()),
        w.status(v.bestCase()).toLowerCase(w.language()));
  }

  /**
   * Text from a document, on one line, escaped as the Markdown reports escape it: never markup, a
   * link or an autolink ({@link ReportFormat#text}).
   */
  static String escape(String text) {
    return ReportFormat.MARKDOWN.text(text);
  }
}
