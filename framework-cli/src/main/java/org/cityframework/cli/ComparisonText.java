package org.cityframework.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import org.cityframework.rules.Verdict;

/**
 * Plain text and Markdown of a comparison of two assessment documents, laid out like the report
 * module's progress reports (which compare two profiles, from their full assessments).
 */
final class ComparisonText {
  /** The mark of a change of bounds alone: the status is the same. */
  static final String BOUNDS_ONLY = "bounds only";

  /** The mark of a score whose range moved while the score and its coverage did not. */
  static final String RANGE_ONLY = "range only";

  private ComparisonText() {}

  /** The comparison as plain text. */
  static String text(Comparison c) {
    StringBuilder b = new StringBuilder();
    b.append(SafeText.line(title(c))).append("\n");
    b.append(SafeText.line(dates(c))).append("\n\n");
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
  private static List<String> moveRow(String key, Comparison.Move m) {
    return List.of(
        SafeText.line(scope(key)),
        number(m.before()),
        number(m.after()),
        delta(m.delta()),
        coverage(m.coverageBefore()),
        coverage(m.coverageAfter()),
        range(m.floorBefore(), m.ceilingBefore()),
        range(m.floorAfter(), m.ceilingAfter()),
        m.isBoundsOnly() ? RANGE_ONLY : "");
  }

  /** The comparison as Markdown; text from the documents is escaped, never markup. */
  static String markdown(Comparison c) {
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

  private static String title(Comparison c) {
    String title = "Progress of " + c.after().named();
    return c.sameCity() ? title : title + ", compared with " + c.before().named();
  }

  private static String dates(Comparison c) {
    return "From facts as of "
        + c.before().assessedOn()
        + " to facts as of "
        + c.after().assessedOn()
        + ".";
  }

  private static String overall(Comparison c) {
    Comparison.Move m = c.scoreMoves().get("overall");
    if (m == null) {
      return "No overall score";
    }
    String overall =
        String.format(
            Locale.ROOT,
            "Overall score %s -> %s (%s), coverage %.1f%% -> %.1f%%",
            number(m.before()),
            number(m.after()),
            delta(m.delta()),
            m.coverageBefore(),
            m.coverageAfter());
    if (!m.boundsMoved()) {
      return overall;
    }
    return overall
        + ", range "
        + range(m.floorBefore(), m.ceilingBefore())
        + " -> "
        + range(m.floorAfter(), m.ceilingAfter());
  }

  private static void section(StringBuilder b, String heading, List<Comparison.Change> changes) {
    b.append("\n").append(heading).append(": ").append(changes.size()).append("\n");
    int id = changes.stream().mapToInt(c -> SafeText.line(c.checkId()).length()).max().orElse(0);
    int change = changes.stream().mapToInt(c -> change(c).length()).max().orElse(0);
    for (Comparison.Change c : changes) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-" + id + "s  %-" + change + "s  priority now %-6s  %s\n",
              SafeText.line(c.checkId()),
              change(c),
              words(c.priority()),
              SafeText.line(c.summary())));
    }
  }

  private static void table(StringBuilder b, String heading, List<Comparison.Change> changes) {
    b.append("\n## ").append(heading).append(": ").append(changes.size()).append("\n\n");
    if (changes.isEmpty()) {
      b.append("None.\n");
      return;
    }
    b.append("| Id | Change | Priority now | Practice |\n");
    b.append("|---|---|---|---|\n");
    for (Comparison.Change c : changes) {
      b.append("| ")
          .append(escape(c.checkId()))
          .append(" | ")
          .append(change(c))
          .append(" | ")
          .append(words(c.priority()))
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
  static String change(Comparison.Change c) {
    String from = side(c.was());
    String to = side(c.now());
    if (from.equals(to)) {
      from += " (" + span(c.was().orElseThrow()) + ")";
      to += " (" + span(c.now().orElseThrow()) + ")";
    }
    return from + " -> " + to + (c.isBoundsOnly() ? " (" + BOUNDS_ONLY + ")" : "");
  }

  private static String side(Optional<Verdict> v) {
    return v.map(ComparisonText::verdict).orElse("Absent");
  }

  /**
   * A verdict as a reader says it (as the report module's formats do): its status when decided; the
   * two ends of the range the unknown facts leave open ("Not met or partly met", "Partly met or
   * met"); "Not assessed" when they leave anything from not met to met.
   */
  static String verdict(Verdict v) {
    if (v.isDecided()) {
      return words(v.status());
    }
    Status worst = v.worstCase();
    Status best = v.bestCase();
    if (worst == Status.NOT_MET && (best == Status.MET || best == Status.NOT_APPLICABLE)) {
      return words(Status.NOT_ASSESSED);
    }
    return words(worst) + " or " + words(best).toLowerCase(Locale.ROOT);
  }

  /** The two ends of an undecided verdict: "not met to not applicable". */
  private static String span(Verdict v) {
    return words(v.worstCase()).toLowerCase(Locale.ROOT)
        + " to "
        + words(v.bestCase()).toLowerCase(Locale.ROOT);
  }

  private static String words(Status s) {
    return sentence(s.name());
  }

  private static String words(Priority p) {
    return sentence(p.name());
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
   * The range a score can take once every fact is known: "41.0 to 78.3", one figure when the facts
   * decide it, "n/a" when nothing can be in scope or the document does not say.
   */
  private static String range(OptionalDouble floor, OptionalDouble ceiling) {
    if (floor.isEmpty() || ceiling.isEmpty()) {
      return "n/a";
    }
    String low = number(floor);
    String high = number(ceiling);
    return low.equals(high) ? low : low + " to " + high;
  }

  private static String coverage(double coverage) {
    return String.format(Locale.ROOT, "%.1f%%", coverage);
  }

  private static String number(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : "n/a";
  }

  private static String delta(OptionalDouble d) {
    if (d.isEmpty()) {
      return "n/a";
    }
    double v = d.getAsDouble();
    return v == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", v);
  }

  /**
   * Text from a document, on one line, escaped as the Markdown reports escape it: never markup, a
   * link or an autolink ({@link ReportFormat#text}).
   */
  static String escape(String text) {
    return ReportFormat.MARKDOWN.text(text);
  }
}
