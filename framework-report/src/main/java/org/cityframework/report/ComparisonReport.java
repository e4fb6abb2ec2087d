package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.Verdict;

/**
 * Plain text and Markdown of a comparison of two assessment documents ({@link
 * AssessmentComparison#of(org.cityframework.rules.ReportedAssessment,
 * org.cityframework.rules.ReportedAssessment)}), laid out like the progress reports {@link
 * ReportFormat#render(org.cityframework.rules.Progress)} makes of two profiles from their full
 * assessments. A document says less than an assessment (no evidence, no actions), so these reports
 * list the changes of verdict and the score moves only. Text from the documents is cleaned as
 * {@link SafeText} cleans it, and never becomes Markdown markup.
 */
public final class ComparisonReport {
  /** The comparison of several cities is in English only (docs/french.md). */
  private static final Words ENGLISH = Words.of(Locale.ENGLISH);

  /** The mark of a change of bounds alone: the status is the same. */
  static final String BOUNDS_ONLY = "bounds only";

  /** The mark of a score whose range moved while the score and its coverage did not. */
  static final String RANGE_ONLY = "range only";

  private ComparisonReport() {}

  /** The comparison as plain text, {@code \n} line breaks. */
  public static String text(AssessmentComparison c) {
    StringBuilder b = new StringBuilder();
    b.append(Words.line(title(c))).append("\n");
    b.append(Words.line(dates(c))).append("\n\n");
    b.append(overall(c)).append("\n");
    section(b, "Resolved gaps", c.resolved());
    section(b, "New gaps", c.newGaps());
    section(b, "Other changes", c.otherChanges());
    b.append("\nScore moves\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "Scope",
            "Before",
            "After",
            "Delta",
            "Coverage before",
            "Coverage after",
            "Range before",
            "Range after",
            ""));
    c.scoreMoves().forEach((key, m) -> rows.add(moveRow(key, m)));
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        // the scope and the note are left-aligned, the figures right-aligned
        line.append("  ").append(i == 0 || i == widths.length - 1 ? cell + pad : pad + cell);
      }
      b.append(line.toString().stripTrailing()).append("\n");
    }
    return b.toString();
  }

  /**
   * One row of the score moves: scope, scores, delta, coverages, ranges, and "range only" when the
   * floor or ceiling moved but neither the score nor its coverage did.
   */
  private static List<String> moveRow(String key, AssessmentComparison.Move m) {
    return List.of(
        Words.line(scope(key)),
        ENGLISH.score(m.before()),
        ENGLISH.score(m.after()),
        ENGLISH.delta(m.delta()),
        ENGLISH.coverage(m.coverageBefore()),
        ENGLISH.coverage(m.coverageAfter()),
        ENGLISH.range(m.floorBefore(), m.ceilingBefore()),
        ENGLISH.range(m.floorAfter(), m.ceilingAfter()),
        m.isBoundsOnly() ? RANGE_ONLY : "");
  }

  /** The comparison as Markdown; text from the documents is escaped, never markup. */
  public static String markdown(AssessmentComparison c) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(escape(title(c))).append("\n\n");
    b.append(escape(dates(c))).append("\n\n");
    b.append("**").append(overall(c)).append("**\n");
    table(b, "Resolved gaps", c.resolved());
    table(b, "New gaps", c.newGaps());
    table(b, "Other changes", c.otherChanges());
    b.append("\n## Score moves\n\n");
    b.append(
        "| Scope | Before | After | Delta | Coverage before | Coverage after | Range before"
            + " | Range after |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    c.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = moveRow(key, m);
              String note = row.get(8);
              b.append("| ")
                  .append(escape(scope(key)))
                  .append(" | ")
                  .append(String.join(" | ", row.subList(1, 8)))
                  .append(note.isEmpty() ? "" : " (" + note + ")")
                  .append(" |\n");
            });
    return b.toString();
  }

  private static String title(AssessmentComparison c) {
    String title = "Progress of " + c.after().named();
    return c.sameCity() ? title : title + ", compared with " + c.before().named();
  }

  private static String dates(AssessmentComparison c) {
    return "From facts as of "
        + c.before().assessedOn()
        + " to facts as of "
        + c.after().assessedOn()
        + ".";
  }

  private static String overall(AssessmentComparison c) {
    AssessmentComparison.Move m = c.scoreMoves().get("overall");
    if (m == null) {
      return "No overall score";
    }
    String overall =
        String.format(
            Locale.ROOT,
            "Overall score %s -> %s (%s), coverage %.1f%% -> %.1f%%",
            ENGLISH.score(m.before()),
            ENGLISH.score(m.after()),
            ENGLISH.delta(m.delta()),
            m.coverageBefore(),
            m.coverageAfter());
    if (!m.boundsMoved()) {
      return overall;
    }
    return overall
        + ", range "
        + ENGLISH.range(m.floorBefore(), m.ceilingBefore())
        + " -> "
        + ENGLISH.range(m.floorAfter(), m.ceilingAfter());
  }

  private static void section(
      StringBuilder b, String heading, List<AssessmentComparison.Change> changes) {
    b.append("\n").append(heading).append(": ").append(changes.size()).append("\n");
    int id = changes.stream().mapToInt(c -> Words.line(c.checkId()).length()).max().orElse(0);
    int change = changes.stream().mapToInt(c -> change(c).length()).max().orElse(0);
    for (AssessmentComparison.Change c : changes) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-" + id + "s  %-" + change + "s  priority now %-6s  %s\n",
              Words.line(c.checkId()),
              change(c),
              ENGLISH.priority(c.priority()),
              Words.line(c.summary())));
    }
  }

  private static void table(
      StringBuilder b, String heading, List<AssessmentComparison.Change> changes) {
    b.append("\n## ").append(heading).append(": ").append(changes.size()).append("\n\n");
    if (changes.isEmpty()) {
      b.append("None.\n");
      return;
    }
    b.append("| Id | Change | Priority now | Practice |\n");
    b.append("|---|---|---|---|\n");
    for (AssessmentComparison.Change c : changes) {
      b.append("| ")
          .append(escape(c.checkId()))
          .append(" | ")
          .append(change(c))
          .append(" | ")
          .append(ENGLISH.priority(c.priority()))
          .append(" | ")
          .append(escape(c.summary()))
          .append(" |\n");
    }
  }

  /**
   * A change of verdict as the reports say it: "Not met -> Met", "Not assessed -> Not met or partly
   * met (bounds only)", "Absent" for a side without the check. Where both sides read the same
   * although their bounds differ (anything from not met to met, or to not applicable), each names
   * its range.
   */
  static String change(AssessmentComparison.Change c) {
    String from = side(c.was());
    String to = side(c.now());
    if (from.equals(to)) {
      from += " (" + span(c.was().orElseThrow()) + ")";
      to += " (" + span(c.now().orElseThrow()) + ")";
    }
    return from + " -> " + to + (c.isBoundsOnly() ? " (" + BOUNDS_ONLY + ")" : "");
  }

  private static String side(Optional<Verdict> v) {
    return v.map(ENGLISH::verdict).orElse("Absent");
  }

  /** The two ends of an undecided verdict: "not met to not applicable". */
  private static String span(Verdict v) {
    return ENGLISH.status(v.worstCase()).toLowerCase(Locale.ROOT)
        + " to "
        + ENGLISH.status(v.bestCase()).toLowerCase(Locale.ROOT);
  }

  /** "overall" as Overall, "R3" as is, a constant such as DATA_USE as "Data use". */
  private static String scope(String key) {
    if (key.equals("overall")) {
      return "Overall";
    }
    return key.matches("[A-Z][A-Z_]*") ? sentence(key) : key;
  }

  private static String sentence(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * Text from a document, on one line, escaped as the Markdown reports escape it: never markup, a
   * link or an autolink ({@link ReportFormat#text}).
   */
  static String escape(String text) {
    return ReportFormat.MARKDOWN.text(text);
  }
}
