package org.cityframework.report;

import java.util.List;
import java.util.stream.Collectors;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Progress;
import org.cityframework.rules.StatusChange;
import org.cityframework.rules.Verdict;

/**
 * The CSV report (RFC 4180): a header row, then one row per finding in rank order (or per change of
 * a progress), CRLF line ends. Cells a spreadsheet would read as a formula are neutralised.
 */
final class CsvReport {
  private static final List<String> FINDING_HEADER =
      List.of(
          "rank",
          "checkId",
          "recommendation",
          "status",
          "worstCase",
          "bestCase",
          "priority",
          "effort",
          "weight",
          "summary",
          "evidence",
          "actions",
          "placement");
  private static final List<String> CHANGE_HEADER =
      List.of("change", "checkId", "summary", "from", "to", "priority", "fromBounds", "toBounds");

  private final StringBuilder out = new StringBuilder();
  private final Words w;

  private CsvReport(Words words) {
    this.w = words;
  }

  static String render(Assessment a, Words words) {
    CsvReport csv = new CsvReport(words);
    csv.row(FINDING_HEADER);
    for (Finding f : a.findings()) {
      csv.row(
          List.of(
              Integer.toString(f.rank()),
              f.checkId(),
              Integer.toString(f.check().recommendation()),
              f.status().name(),
              f.worstCase().name(),
              f.bestCase().name(),
              f.priority().name(),
              f.check().effort().name(),
              Integer.toString(f.check().weight()),
              f.check().summary(),
              f.evidence().stream().map(csv::evidence).collect(Collectors.joining("; ")),
              String.join(" | ", f.actions()),
              csv.w.placement(f)));
    }
    return csv.out.toString();
  }

  private String evidence(Evidence e) {
    return e.pointer()
        + "="
        + e.value().map(w::value).orElse(w.unknown())
        + e.impliedBy().map(because -> " " + w.get("csv.impliedBy", w.because(because))).orElse("");
  }

  static String render(Progress p, Words words) {
    CsvReport csv = new CsvReport(words);
    csv.row(CHANGE_HEADER);
    for (StatusChange c : p.changes()) {
      String kind = c.isResolved() ? "RESOLVED" : c.isNewGap() ? "NEW_GAP" : "OTHER";
      csv.row(
          List.of(
              kind,
              c.checkId(),
              c.summary(),
              c.from().map(Enum::name).orElse(""),
              c.to().map(Enum::name).orElse(""),
              c.priority().name(),
              c.was().map(Verdict::toString).orElse(""),
              c.now().map(Verdict::toString).orElse("")));
    }
    return csv.out.toString();
  }

  private void row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One cell: a value starting with {@code = + - @}, a tab or a carriage return gets a leading
   * single quote, so no spreadsheet runs it as a formula (also when cleaning leaves it starting
   * so); the value is cleaned to one line ({@link Words#line}) and quoted when it holds a comma or
   * a double quote.
   */
  static String cell(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String text = Words.line(value);
    if (formula || (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
