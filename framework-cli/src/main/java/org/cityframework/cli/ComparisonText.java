package org.cityframework.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;

/**
 * Plain text and Markdown of a comparison of two assessment documents, laid out like the report
 * module's progress reports (which compare two profiles, from their full assessments).
 */
final class ComparisonText {
  private ComparisonText() {}

  /** The comparison as plain text. */
  static String text(Comparison c) {
    StringBuilder b = new StringBuilder();
    b.append(Output.plain(title(c))).append("\n");
    b.append(Output.plain(dates(c))).append("\n\n");
    b.append(overall(c)).append("\n");
    section(b, "Resolved gaps", c.resolved());
    section(b, "New gaps", c.newGaps());
    section(b, "Other changes", c.otherChanges());
    b.append("\nScore moves\n");
    int width =
        Math.max(
            5, c.scoreMoves().keySet().stream().mapToInt(k -> scope(k).length()).max().orElse(0));
    b.append(
        String.format(
            Locale.ROOT,
            "  %-" + width + "s  %6s  %6s  %6s  %15s  %14s\n",
            "Scope",
            "Before",
            "After",
            "Delta",
            "Coverage before",
            "Coverage after"));
    for (Map.Entry<String, Comparison.Move> e : c.scoreMoves().entrySet()) {
      Comparison.Move m = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "  %-" + width + "s  %6s  %6s  %6s  %14.1f%%  %13.1f%%\n",
              Output.plain(scope(e.getKey())),
              number(m.before()),
              number(m.after()),
              delta(m.delta()),
              m.coverageBefore(),
              m.coverageAfter()));
    }
    return b.toString();
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
    b.append("| Scope | Before | After | Delta | Coverage before | Coverage after |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Comparison.Move> e : c.scoreMoves().entrySet()) {
      Comparison.Move m = e.getValue();
      b.append("| ")
          .append(escape(scope(e.getKey())))
          .append(" | ")
          .append(number(m.before()))
          .append(" | ")
          .append(number(m.after()))
          .append(" | ")
          .append(delta(m.delta()))
          .append(
              String.format(
                  Locale.ROOT, " | %.1f%% | %.1f%% |\n", m.coverageBefore(), m.coverageAfter()));
    }
    return b.toString();
  }

  private static String title(Comparison c) {
    Comparison.City before = c.before();
    Comparison.City after = c.after();
    String title = "Progress of " + after.name() + " (" + after.country() + ")";
    if (before.name().equals(after.name()) && before.country().equals(after.country())) {
      return title;
    }
    return title + ", compared with " + before.name() + " (" + before.country() + ")";
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
    return String.format(
        Locale.ROOT,
        "Overall score %s -> %s (%s), coverage %.1f%% -> %.1f%%",
        number(m.before()),
        number(m.after()),
        delta(m.delta()),
        m.coverageBefore(),
        m.coverageAfter());
  }

  private static void section(StringBuilder b, String heading, List<Comparison.Change> changes) {
    b.append("\n").append(heading).append(": ").append(changes.size()).append("\n");
    int id = changes.stream().mapToInt(c -> c.checkId().length()).max().orElse(0);
    int change = changes.stream().mapToInt(c -> change(c).length()).max().orElse(0);
    for (Comparison.Change c : changes) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-" + id + "s  %-" + change + "s  priority now %-6s  %s\n",
              Output.plain(c.checkId()),
              change(c),
              words(c.priority()),
              Output.plain(c.summary())));
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

  private static String change(Comparison.Change c) {
    return status(c.from()) + " -> " + status(c.to());
  }

  private static String status(Optional<Status> s) {
    return s.map(ComparisonText::words).orElse("Absent");
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

  /** Markdown-escapes text from a document, on one line. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char ch : Output.plain(text).toCharArray()) {
      switch (ch) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> b.append('\\').append(ch);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
