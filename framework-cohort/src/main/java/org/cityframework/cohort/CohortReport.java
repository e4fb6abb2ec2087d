package org.cityframework.cohort;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Publication;
import org.cityframework.rules.Status;

/**
 * The cohort summary, and a city's place among its peers, as a report: plain text, Markdown, CSV,
 * or one self-contained HTML file (inline SVG box plots and heatmap, no scripts, nothing loaded).
 * Every figure is defined in {@code docs/cohort.md}. A figure not shown reads "fewer than k
 * cities". The peers are never named; the city's own name, cleaned of control characters and
 * escaped, appears only in its own place among its peers.
 */
public final class CohortReport {
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  private static final Status[] STATUSES = Status.values();

  private CohortReport() {}

  // ---------------------------------------------------------------- text

  /** The summary as plain text. */
  public static String text(CohortSummary s) {
    StringBuilder t = new StringBuilder();
    t.append(title(s)).append('\n');
    t.append(scope(s)).append('\n');
    if (s.isSuppressed()) {
      t.append('\n')
          .append("No figure is shown: the cohort has ")
          .append(s.suppressed())
          .append(".\n");
      t.append('\n').append(source()).append('\n');
      return t.toString();
    }
    t.append('\n').append("Scores (min, P10, P25, median, P75, P90, max; cities with a score)\n");
    for (CohortSummary.GroupFigures g : s.groups()) {
      t.append(
          String.format(Locale.ROOT, "  %-46s %s%n", g.group().label(), figures(g.score(), s)));
    }
    t.append('\n').append("Coverage (the same figures, over every city)\n");
    for (CohortSummary.GroupFigures g : s.groups()) {
      t.append(
          String.format(Locale.ROOT, "  %-46s %s%n", g.group().label(), figures(g.coverage(), s)));
    }
    t.append('\n')
        .append(
            "Most common certain gaps (cities whose practice is certainly not fully in place)\n");
    for (CohortSummary.CheckCount c : s.commonGaps()) {
      t.append(countLine(c, s));
    }
    t.append('\n')
        .append("Checks most often not assessed (cities whose facts for the check were unknown)\n");
    for (CohortSummary.CheckCount c : s.mostUnknown()) {
      t.append(countLine(c, s));
    }
    t.append('\n')
        .append(
            "Facts most often unknown: ask these next time (cities whose report lists the fact to"
                + " collect)\n");
    for (CohortSummary.FactCount f : topFacts(s)) {
      t.append(
          String.format(
              Locale.ROOT,
              "  %8d cities %6s %%  %s (%s)%n",
              f.cities(),
              tenth(share(f.cities(), s)),
              f.question(),
              f.pointer()));
    }
    t.append(factsNote(s)).append('\n');
    t.append('\n')
        .append(
            "Per check: % of cities met / partly met / not met / not assessed / not applicable;"
                + " certain gaps\n");
    for (CohortSummary.CheckFigures f : s.checks()) {
      StringBuilder shares = new StringBuilder();
      for (Status st : STATUSES) {
        shares.append(String.format(Locale.ROOT, " %5.1f", share(f.counts().get(st), s)));
      }
      t.append(
          String.format(
              Locale.ROOT,
              "  %-6s%s   %5.1f %%%n",
              f.check().id(),
              shares,
              share(f.certainGaps(), s)));
    }
    t.append('\n').append("Heatmap: mean score per recommendation by band of overall score\n");
    t.append("  band     cities");
    for (int r = 1; r <= 10; r++) {
      t.append(String.format(Locale.ROOT, " %5s", "R" + r));
    }
    t.append('\n');
    for (CohortSummary.HeatmapRow r : s.heatmap()) {
      t.append(
          String.format(
              Locale.ROOT,
              "  %-8s %6s",
              r.from() + "-" + r.to(),
              r.cities().map(String::valueOf).orElse("<" + s.k())));
      for (OptionalDouble m : r.means()) {
        t.append(String.format(Locale.ROOT, " %5s", m.isPresent() ? tenth(m.getAsDouble()) : "-"));
      }
      t.append('\n');
    }
    t.append("  (\"<")
        .append(s.k())
        .append("\" and \"-\": ")
        .append(s.suppressed())
        .append(", not shown)\n");
    t.append('\n').append(source()).append('\n');
    return t.toString();
  }

  /**
   * A city's own report with its place among its peers added, then the chapter's figures beside its
   * answers ({@link ChapterFigures}): for text and Markdown they follow the report, for HTML they
   * are sections at the end of its body.
   *
   * @param format the format {@code report} is in: text, Markdown or HTML
   * @param report the city's report, as {@code format} renders it
   * @param city the city's assessment
   * @param peers the peers (the city among them or not, as the caller chose)
   * @param k the least number of cities a figure is shown for
   * @throws IllegalArgumentException for JSON-like formats (CSV), which have no place for it, or an
   *     HTML report without a body
   */
  public static String amongPeers(
      ReportFormat format, String report, Assessment city, Cohort peers, int k) {
    PeerPosition position = peers.position(city, k);
    String among =
        switch (format) {
          case TEXT -> ended(report) + "\n" + text(position);
          case MARKDOWN -> ended(report) + "\n" + markdown(position);
          case HTML ->
              ChapterFigures.beforeEndOfBody(report, htmlSection(position, peers.summary(k)));
          case CSV ->
              throw new IllegalArgumentException(
                  "a city's place among its peers is added to text, Markdown and HTML reports, not"
                      + " to CSV");
        };
    return ChapterFigures.addedTo(format, among, city.profile());
  }

  /** How common the city's status of a check is among its peers, or that it is not shown. */
  private static String sentence(PeerPosition p, PeerPosition.CheckPosition c) {
    return c.peersWithStatus().isPresent()
        ? c.sentence()
        : c.check().id() + ": not shown (" + p.suppressed() + ")";
  }

  private static String ended(String text) {
    return ChapterFigures.ended(text);
  }

  /** The city's place among its peers as plain text, to follow its own report. */
  public static String text(PeerPosition p) {
    StringBuilder t = new StringBuilder();
    t.append("Among its peers: ").append(SafeText.line(p.city())).append('\n');
    t.append(peerScope(p)).append('\n');
    t.append('\n')
        .append("Percentile rank per group (share of peers below, half of those level)\n");
    for (PeerPosition.GroupPosition g : p.groups()) {
      t.append(
          String.format(
              Locale.ROOT,
              "  %-46s score %5s   rank %s%n",
              g.group().label(),
              g.score().isPresent() ? tenth(g.score().getAsDouble()) : "-",
              g.percentileRank().isPresent()
                  ? tenth(g.percentileRank().getAsDouble())
                  : g.score().isPresent()
                      ? "not shown (" + p.suppressed() + " with a score)"
                      : "-"));
    }
    t.append('\n').append("How common the city's status is among its peers\n");
    for (PeerPosition.CheckPosition c : p.checks()) {
      t.append("  ").append(sentence(p, c)).append('\n');
    }
    return t.toString();
  }

  // ---------------------------------------------------------------- Markdown

  /** The summary as Markdown. */
  public static String markdown(CohortSummary s) {
    StringBuilder m = new StringBuilder();
    m.append("# ").append(title(s)).append("\n\n");
    m.append(scope(s)).append("\n\n");
    if (s.isSuppressed()) {
      m.append("No figure is shown: the cohort has ").append(s.suppressed()).append(".\n\n");
      m.append(source()).append('\n');
      return m.toString();
    }
    m.append("## Scores\n\n");
    distributionTable(m, s, true);
    m.append("\n## Coverage\n\n");
    distributionTable(m, s, false);
    m.append(
        "\n## Most common certain gaps\n\n| check | cities | share | summary |\n|---|---:|---:|---|\n");
    for (CohortSummary.CheckCount c : s.commonGaps()) {
      m.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s %% | %s |%n",
              c.check().id(),
              c.cities(),
              tenth(share(c.cities(), s)),
              c.check().summary()));
    }
    m.append(
        "\n## Checks most often not assessed\n\n| check | cities | share | summary |\n|---|---:|---:|---|\n");
    for (CohortSummary.CheckCount c : s.mostUnknown()) {
      m.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s %% | %s |%n",
              c.check().id(),
              c.cities(),
              tenth(share(c.cities(), s)),
              c.check().summary()));
    }
    m.append(
        "\n## Facts most often unknown: ask these next time\n\n| fact | cities | share | question |\n|---|---:|---:|---|\n");
    for (CohortSummary.FactCount f : topFacts(s)) {
      m.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %d | %s %% | %s |%n",
              f.pointer(),
              f.cities(),
              tenth(share(f.cities(), s)),
              f.question()));
    }
    m.append('\n').append(factsNote(s).strip()).append('\n');
    m.append(
        "\n## Per check (% of cities)\n\n| check | met | partly met | not met | not assessed | not applicable | certain gap |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (CohortSummary.CheckFigures f : s.checks()) {
      m.append("| ").append(f.check().id());
      for (Status st : STATUSES) {
        m.append(" | ").append(tenth(share(f.counts().get(st), s)));
      }
      m.append(" | ").append(tenth(share(f.certainGaps(), s))).append(" |\n");
    }
    m.append(
        "\n## Heatmap: mean score per recommendation by band of overall score\n\n| band | cities |");
    for (int r = 1; r <= 10; r++) {
      m.append(" R").append(r).append(" |");
    }
    m.append("\n|---|---:|").append("---:|".repeat(10)).append('\n');
    for (CohortSummary.HeatmapRow r : s.heatmap()) {
      m.append("| ")
          .append(r.from())
          .append("-")
          .append(r.to())
          .append(" | ")
          .append(r.cities().map(String::valueOf).orElse(s.suppressed()))
          .append(" |");
      for (OptionalDouble v : r.means()) {
        m.append(' ').append(v.isPresent() ? tenth(v.getAsDouble()) : "-").append(" |");
      }
      m.append('\n');
    }
    m.append("\n\"-\": ")
        .append(s.suppressed())
        .append(", not shown.\n\n")
        .append(source())
        .append('\n');
    return m.toString();
  }

  private static void distributionTable(StringBuilder m, CohortSummary s, boolean score) {
    m.append("| group | cities | min | P10 | P25 | median | P75 | P90 | max |\n");
    m.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CohortSummary.GroupFigures g : s.groups()) {
      Optional<Distribution> d = score ? g.score() : g.coverage();
      m.append("| ").append(g.group().label()).append(" | ");
      if (d.isEmpty()) {
        m.append(s.suppressed()).append(" |").append(" |".repeat(7)).append('\n');
        continue;
      }
      Distribution x = d.get();
      m.append(x.cities());
      for (double v : values(x)) {
        m.append(" | ").append(tenth(v));
      }
      m.append(" |\n");
    }
  }

  /** The city's place among its peers as Markdown, to follow its own report. */
  public static String markdown(PeerPosition p) {
    StringBuilder m = new StringBuilder();
    m.append("## Among its peers: ").append(markdownText(p.city())).append("\n\n");
    m.append(peerScope(p)).append("\n\n");
    m.append("| group | score | percentile rank |\n|---|---:|---:|\n");
    for (PeerPosition.GroupPosition g : p.groups()) {
      m.append("| ")
          .append(g.group().label())
          .append(" | ")
          .append(g.score().isPresent() ? tenth(g.score().getAsDouble()) : "-")
          .append(" | ")
          .append(
              g.percentileRank().isPresent()
                  ? tenth(g.percentileRank().getAsDouble())
                  : g.score().isPresent() ? p.suppressed() : "-")
          .append(" |\n");
    }
    m.append("\n");
    for (PeerPosition.CheckPosition c : p.checks()) {
      m.append("- ").append(sentence(p, c)).append('\n');
    }
    return m.toString();
  }

  // ---------------------------------------------------------------- CSV

  /**
   * The summary as CSV: one row per figure, {@code section,id,figure,value}; a figure not shown has
   * an empty value. RFC 4180, CRLF line ends.
   */
  public static String csv(CohortSummary s) {
    StringBuilder c = new StringBuilder("section,id,figure,value\r\n");
    row(c, "cohort", "", "cities", String.valueOf(s.cities()));
    row(c, "cohort", "", "k", String.valueOf(s.k()));
    row(c, "cohort", "", "filter", s.filter().describe());
    for (CohortSummary.GroupFigures g : s.groups()) {
      distributionRows(c, "score", g.group().id(), g.score());
      distributionRows(c, "coverage", g.group().id(), g.coverage());
    }
    for (CohortSummary.CheckFigures f : s.checks()) {
      for (Status st : STATUSES) {
        row(c, "check", f.check().id(), st.name(), String.valueOf(f.counts().get(st)));
      }
      row(c, "check", f.check().id(), "CERTAIN_GAP", String.valueOf(f.certainGaps()));
    }
    for (CohortSummary.FactCount f : s.unknownFacts()) {
      row(c, "unknownFact", f.pointer(), "cities", String.valueOf(f.cities()));
    }
    for (CohortSummary.HeatmapRow r : s.heatmap()) {
      String band = r.from() + "-" + r.to();
      row(c, "heatmap", band, "cities", r.cities().map(String::valueOf).orElse(""));
      for (int i = 0; i < 10; i++) {
        OptionalDouble v = r.means().get(i);
        row(c, "heatmap", band, "R" + (i + 1), v.isPresent() ? tenth(v.getAsDouble()) : "");
      }
    }
    return c.toString();
  }

  /**
   * A city's place among its peers as CSV, in the same form as the summary's ({@code
   * section,id,figure,value}): the city, the peers, k and the filter, then per score group the
   * city's score and percentile rank, and per check its status and the share of peers with it. A
   * figure not shown has an empty value. The city's name is cleaned to one line and, when a
   * spreadsheet would read it as a formula, starts with a single quote.
   */
  public static String csv(PeerPosition p) {
    StringBuilder c = new StringBuilder("section,id,figure,value\r\n");
    row(c, "city", "", "name", spreadsheetSafe(p.city()));
    row(c, "peers", "", "cities", String.valueOf(p.peers()));
    row(c, "peers", "", "k", String.valueOf(p.k()));
    row(c, "peers", "", "filter", p.filter().describe());
    for (PeerPosition.GroupPosition g : p.groups()) {
      row(c, "group", g.group().id(), "score", optional(g.score()));
      row(c, "group", g.group().id(), "percentileRank", optional(g.percentileRank()));
    }
    for (PeerPosition.CheckPosition k : p.checks()) {
      row(c, "check", k.check().id(), "status", k.status().name());
      row(c, "check", k.check().id(), "peersWithStatus", optional(k.peersWithStatus()));
    }
    return c.toString();
  }

  private static String optional(OptionalDouble v) {
    return v.isPresent() ? tenth(v.getAsDouble()) : "";
  }

  /** Untrusted text on one line, with a leading quote where a spreadsheet would see a formula. */
  private static String spreadsheetSafe(String untrusted) {
    boolean formula = !untrusted.isEmpty() && "=+-@\t\r".indexOf(untrusted.charAt(0)) >= 0;
    String line = SafeText.line(untrusted);
    return formula || (!line.isEmpty() && "=+-@".indexOf(line.charAt(0)) >= 0) ? "'" + line : line;
  }

  private static void distributionRows(
      StringBuilder c, String section, String id, Optional<Distribution> d) {
    String[] names = {"cities", "min", "p10", "p25", "median", "p75", "p90", "max"};
    for (int i = 0; i < names.length; i++) {
      String v = "";
      if (d.isPresent()) {
        v = i == 0 ? String.valueOf(d.get().cities()) : tenth(values(d.get())[i - 1]);
      }
      row(c, section, id, names[i], v);
    }
  }

  private static void row(StringBuilder c, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        c.append(',');
      }
      String cell = cells[i];
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
        cell = '"' + cell.replace("\"", "\"\"") + '"';
      }
      c.append(cell);
    }
    c.append("\r\n");
  }

  // ---------------------------------------------------------------- HTML

  /** The summary as one self-contained HTML file. */
  public static String html(CohortSummary s) {
    return page(title(s), htmlBody(s, null));
  }

  /**
   * The city's place among its peers as a section of HTML, with the cohort's box plots and heatmap
   * and the city marked on them, to go inside the body of the city's own HTML report.
   */
  public static String htmlSection(PeerPosition p, CohortSummary peers) {
    return htmlBody(peers, p);
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + POLICY
        + "\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n<style>\n"
        + "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}\n"
        + "table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}\n"
        + "td:first-child,th:first-child,td:last-child,th:last-child{text-align:left}td:last-child{white-space:normal}.note{color:#555}\n"
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  private static String htmlBody(CohortSummary s, PeerPosition city) {
    StringBuilder h = new StringBuilder();
    h.append("<section class=\"cohort\">\n");
    if (city != null) {
      h.append("<h2>Among its peers: ").append(esc(SafeText.line(city.city()))).append("</h2>\n");
      h.append("<p>").append(esc(peerScope(city))).append("</p>\n");
    } else {
      h.append("<h1>").append(esc(title(s))).append("</h1>\n");
      h.append("<p>").append(esc(scope(s))).append("</p>\n");
    }
    if (s.isSuppressed()) {
      h.append("<p>No figure is shown: the cohort has ")
          .append(esc(s.suppressed()))
          .append(".</p>\n");
    } else {
      h.append(
          "<h2>Scores</h2>\n<p class=\"note\">Each box runs from P25 to P75 with the median"
              + " marked; the whiskers reach P10 and P90, the dots the minimum and maximum.");
      if (city != null) {
        h.append(" The red diamond is the city's own score.");
      }
      h.append("</p>\n");
      boxPlots(h, s, city);
      h.append(
              "<h2>Heatmap</h2>\n<p class=\"note\">Mean score per recommendation of the cities in"
                  + " each band of overall score; grey: ")
          .append(esc(s.suppressed()))
          .append(", not shown.");
      if (city != null) {
        h.append(" The city's own row is last, its band outlined.");
      }
      h.append("</p>\n");
      heatmap(h, s, city);
    }
    if (city != null) {
      h.append(
          "<h2>Percentile rank per group</h2>\n<table>\n<tr><th>group</th><th>score</th><th>percentile rank</th></tr>\n");
      for (PeerPosition.GroupPosition g : city.groups()) {
        h.append("<tr><td>")
            .append(esc(g.group().label()))
            .append("</td><td>")
            .append(g.score().isPresent() ? tenth(g.score().getAsDouble()) : "-")
            .append("</td><td>")
            .append(
                g.percentileRank().isPresent()
                    ? tenth(g.percentileRank().getAsDouble())
                    : g.score().isPresent() ? esc(city.suppressed()) : "-")
            .append("</td></tr>\n");
      }
      h.append("</table>\n<h2>How common its status is among peers</h2>\n<ul>\n");
      for (PeerPosition.CheckPosition c : city.checks()) {
        h.append("<li>")
            .append(
                esc(
                    c.peersWithStatus().isPresent()
                        ? c.sentence()
                        : c.check().id() + ": not shown (" + city.suppressed() + ")"))
            .append("</li>\n");
      }
      h.append("</ul>\n");
    } else if (!s.isSuppressed()) {
      h.append("<h2>Most common certain gaps</h2>\n");
      countTable(h, s, s.commonGaps());
      h.append("<h2>Checks most often not assessed</h2>\n");
      countTable(h, s, s.mostUnknown());
      h.append("<h2>Facts most often unknown: ask these next time</h2>\n");
      h.append("<table>\n<tr><th>fact</th><th>cities</th><th>share</th><th>question</th></tr>\n");
      for (CohortSummary.FactCount f : topFacts(s)) {
        h.append("<tr><td><code>")
            .append(esc(f.pointer()))
            .append("</code></td><td>")
            .append(f.cities())
            .append("</td><td>")
            .append(tenth(share(f.cities(), s)))
            .append(" %</td><td style=\"text-align:left\">")
            .append(esc(f.question()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n<p class=\"note\">").append(esc(factsNote(s).strip())).append("</p>\n");
    }
    h.append("<p class=\"note\">").append(esc(source())).append("</p>\n</section>\n");
    return h.toString();
  }

  private static void countTable(
      StringBuilder h, CohortSummary s, List<CohortSummary.CheckCount> counts) {
    h.append("<table>\n<tr><th>check</th><th>cities</th><th>share</th><th>summary</th></tr>\n");
    for (CohortSummary.CheckCount c : counts) {
      h.append("<tr><td>")
          .append(esc(c.check().id()))
          .append("</td><td>")
          .append(c.cities())
          .append("</td><td>")
          .append(tenth(share(c.cities(), s)))
          .append(" %</td><td style=\"text-align:left\">")
          .append(esc(c.check().summary()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void boxPlots(StringBuilder h, CohortSummary s, PeerPosition city) {
    int left = 300;
    int width = 400;
    int rowHeight = 22;
    List<CohortSummary.GroupFigures> groups = s.groups();
    int height = rowHeight * groups.size() + 30;
    h.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Score distributions per group\">%n",
            left + width + 20,
            height));
    for (int t = 0; t <= 100; t += 25) {
      int x = left + t * width / 100;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>%n",
              x,
              x,
              height - 20,
              x,
              height - 6,
              t));
    }
    for (int i = 0; i < groups.size(); i++) {
      CohortSummary.GroupFigures g = groups.get(i);
      int y = i * rowHeight + 4;
      int mid = y + rowHeight / 2 - 2;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>%n",
              mid + 4,
              esc(g.group().label())));
      if (g.score().isEmpty()) {
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#777\">%s</text>%n",
                left,
                mid + 4,
                esc(s.suppressed())));
      } else {
        Distribution d = g.score().get();
        h.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#555\"/>%n",
                x(left, width, d.p10()),
                mid,
                x(left, width, d.p90()),
                mid));
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" fill=\"#9ecae1\" stroke=\"#3182bd\"><title>%s</title></rect>%n",
                x(left, width, d.p25()),
                y + 3,
                num((d.p75() - d.p25()) * width / 100),
                rowHeight - 10,
                esc(
                    g.group().label()
                        + ": min "
                        + tenth(d.min())
                        + ", P10 "
                        + tenth(d.p10())
                        + ", P25 "
                        + tenth(d.p25())
                        + ", median "
                        + tenth(d.median())
                        + ", P75 "
                        + tenth(d.p75())
                        + ", P90 "
                        + tenth(d.p90())
                        + ", max "
                        + tenth(d.max())
                        + "; "
                        + d.cities()
                        + " cities")));
        h.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#08306b\" stroke-width=\"2\"/>%n",
                x(left, width, d.median()),
                y + 3,
                x(left, width, d.median()),
                y + rowHeight - 7));
        h.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%s\" cy=\"%d\" r=\"2\" fill=\"#555\"/><circle cx=\"%s\" cy=\"%d\" r=\"2\" fill=\"#555\"/>%n",
                x(left, width, d.min()),
                mid,
                x(left, width, d.max()),
                mid));
      }
      if (city != null) {
        OptionalDouble own = city.groups().get(i).score();
        if (own.isPresent()) {
          String cx = x(left, width, own.getAsDouble());
          h.append(
              String.format(
                  Locale.ROOT,
                  "<path d=\"M%s %d l5 6 l-5 6 l-5 -6 z\" fill=\"#cb181d\"><title>%s</title></path>%n",
                  cx,
                  mid - 6,
                  esc("the city: " + tenth(own.getAsDouble()))));
        }
      }
    }
    h.append("</svg>\n");
  }

  private static void heatmap(StringBuilder h, CohortSummary s, PeerPosition city) {
    int left = 110;
    int cell = 44;
    int rowHeight = 24;
    List<CohortSummary.HeatmapRow> rows = s.heatmap();
    int extra = city == null ? 0 : 1;
    int height = rowHeight * (rows.size() + 1 + extra) + 8;
    h.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Heatmap of score bands against recommendations\">%n",
            left + cell * 10 + 10,
            height));
    for (int r = 1; r <= 10; r++) {
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"16\" font-size=\"12\" text-anchor=\"middle\">R%d</text>%n",
              left + (r - 1) * cell + cell / 2,
              r));
    }
    OptionalDouble cityOverall =
        city == null ? OptionalDouble.empty() : city.groups().get(0).score();
    int cityBand = cityOverall.isPresent() ? Cohort.band(cityOverall.getAsDouble()) : -1;
    for (int i = 0; i < rows.size(); i++) {
      CohortSummary.HeatmapRow row = rows.get(i);
      int y = (i + 1) * rowHeight;
      String label =
          "overall "
              + row.from()
              + "-"
              + row.to()
              + " ("
              + row.cities().map(String::valueOf).orElse("<" + s.k())
              + ")";
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>%n",
              y + 16,
              esc(label)));
      boolean own = row.from() == cityBand * 100 / Cohort.BANDS;
      for (int r = 0; r < 10; r++) {
        cell(
            h,
            left + r * cell,
            y,
            cell,
            rowHeight,
            row.means().get(r),
            "R" + (r + 1) + ", overall " + row.from() + "-" + row.to(),
            s);
      }
      if (own) {
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#cb181d\" stroke-width=\"2\"/>%n",
                left,
                y,
                cell * 10,
                rowHeight - 2));
      }
    }
    if (city != null) {
      int y = (rows.size() + 1) * rowHeight;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"11\" font-weight=\"bold\">the city</text>%n",
              y + 16));
      for (int r = 0; r < 10; r++) {
        cell(
            h,
            left + r * cell,
            y,
            cell,
            rowHeight,
            city.groups().get(r + 1).score(),
            "the city, R" + (r + 1),
            s);
      }
    }
    h.append("</svg>\n");
  }

  private static void cell(
      StringBuilder h,
      int x,
      int y,
      int w,
      int rowHeight,
      OptionalDouble v,
      String what,
      CohortSummary s) {
    String fill = v.isPresent() ? colour(v.getAsDouble()) : "#e5e5e5";
    String tip =
        what + ": " + (v.isPresent() ? tenth(v.getAsDouble()) : s.suppressed() + ", not shown");
    h.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
            x,
            y,
            w - 2,
            rowHeight - 2,
            fill,
            esc(tip)));
    if (v.isPresent()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
              x + w / 2 - 1,
              y + 15,
              v.getAsDouble() > 60 ? "#fff" : "#000",
              tenth(v.getAsDouble())));
    }
    h.append('\n');
  }

  /** From pale to dark blue as the score rises. */
  private static String colour(double score) {
    int shade = (int) Math.round(score * 2.2);
    int r = 240 - shade;
    int g = 245 - (int) Math.round(score * 1.6);
    int b = 255 - (int) Math.round(score * 0.9);
    return String.format(
        Locale.ROOT, "#%02x%02x%02x", Math.max(0, r), Math.max(0, g), Math.max(0, b));
  }

  private static String x(int left, int width, double value) {
    return num(left + value * width / 100);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  // ---------------------------------------------------------------- words

  private static String title(CohortSummary s) {
    return "Cohort of " + s.cities() + (s.cities() == 1 ? " city" : " cities");
  }

  private static String scope(CohortSummary s) {
    return "Cities counted: "
        + s.filter().describe()
        + ". No figure is shown for a group of fewer than "
        + s.k()
        + " cities; no city is named.";
  }

  private static String peerScope(PeerPosition p) {
    return p.peers()
        + (p.peers() == 1 ? " peer" : " peers")
        + " ("
        + p.filter().describe()
        + "); no figure is shown for a group of fewer than "
        + p.k()
        + " cities; no peer is named.";
  }

  private static String source() {
    return "Checks and scores after " + Publication.chapter().reference();
  }

  /** The facts the text, Markdown and HTML reports list: the first {@link CohortSummary#TOP}. */
  private static List<CohortSummary.FactCount> topFacts(CohortSummary s) {
    List<CohortSummary.FactCount> all = s.unknownFacts();
    return all.subList(0, Math.min(CohortSummary.TOP, all.size()));
  }

  /** How many facts there are in all, and where they all are. */
  private static String factsNote(CohortSummary s) {
    int n = s.unknownFacts().size();
    return "  "
        + n
        + (n == 1 ? " fact" : " facts")
        + " in all were unknown for some city; the JSON and CSV reports list every one.";
  }

  private static String countLine(CohortSummary.CheckCount c, CohortSummary s) {
    return String.format(
        Locale.ROOT,
        "  %-6s %8d cities %6s %%  %s%n",
        c.check().id(),
        c.cities(),
        tenth(share(c.cities(), s)),
        c.check().summary());
  }

  private static String figures(Optional<Distribution> d, CohortSummary s) {
    if (d.isEmpty()) {
      return s.suppressed();
    }
    StringBuilder t = new StringBuilder();
    for (double v : values(d.get())) {
      t.append(String.format(Locale.ROOT, "%6s", tenth(v)));
    }
    return t.append(String.format(Locale.ROOT, "  (%d)", d.get().cities())).toString();
  }

  private static double[] values(Distribution d) {
    return new double[] {d.min(), d.p10(), d.p25(), d.median(), d.p75(), d.p90(), d.max()};
  }

  private static double share(long count, CohortSummary s) {
    return CohortSummary.share(count, s.cities());
  }

  /** A value in tenths with one decimal, the same in every locale. */
  static String tenth(double v) {
    long tenths = Math.round(v * 10);
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** Text as HTML: {@code & < > " '} escaped, in an element's text or an attribute's value. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String markdownText(String untrusted) {
    StringBuilder out = new StringBuilder();
    for (char c : SafeText.line(untrusted).toCharArray()) {
      if ("\\`*_{}[]()<>#+-.!|&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
