package org.cityframework.cli;

import java.util.List;
import java.util.Locale;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Publication;

/** The check catalogue as plain text or Markdown, one recommendation after another. */
final class CatalogueText {
  private CatalogueText() {}

  /** One line per check: id, weight, effort, summary and what it builds on. */
  static String text(Catalogue catalogue) {
    StringBuilder b = new StringBuilder();
    b.append(intro(catalogue)).append("\n");
    for (String paragraph : source(catalogue)) {
      b.append(paragraph).append("\n");
    }
    for (int r = 1; r <= 10; r++) {
      List<CheckInfo> checks = checks(catalogue, r);
      if (checks.isEmpty()) {
        continue;
      }
      b.append("\nRecommendation ").append(r).append(": ").append(checks.get(0).summary());
      b.append("\n");
      for (CheckInfo c : checks) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-6s weight %d  effort %-6s  %s%s\n",
                c.id(),
                c.weight(),
                c.effort(),
                c.summary(),
                c.prerequisites().isEmpty()
                    ? ""
                    : " (builds on " + String.join(", ", c.prerequisites()) + ")"));
      }
    }
    return b.toString();
  }

  /** A table per recommendation, then how each check is decided. */
  static String markdown(Catalogue catalogue) {
    StringBuilder b = new StringBuilder();
    b.append("# The check catalogue\n\n").append(intro(catalogue)).append("\n");
    for (String paragraph : source(catalogue)) {
      b.append("\n").append(paragraph).append("\n"); // the library's own words: the DOI links
    }
    for (int r = 1; r <= 10; r++) {
      List<CheckInfo> checks = checks(catalogue, r);
      if (checks.isEmpty()) {
        continue;
      }
      b.append("\n## Recommendation ")
          .append(r)
          .append(": ")
          .append(ReportFormat.MARKDOWN.text(checks.get(0).summary()))
          .append("\n\n");
      b.append("| Id | Practice | Source | Element | Effort | Weight | Builds on |\n");
      b.append("|---|---|---|---|---|---:|---|\n");
      for (CheckInfo c : checks) {
        b.append("| ")
            .append(c.id())
            .append(" | ")
            .append(ReportFormat.MARKDOWN.text(c.summary()))
            .append(" | ")
            .append(ReportFormat.MARKDOWN.text(c.citation()))
            .append(" | ")
            .append(c.element())
            .append(" | ")
            .append(c.effort())
            .append(" | ")
            .append(c.weight())
            .append(" | ")
            .append(String.join(", ", c.prerequisites()))
            .append(" |\n");
      }
      b.append("\nHow each is decided:\n\n");
      for (CheckInfo c : checks) {
        b.append("- **")
            .append(c.id())
            .append("** ")
            .append(ReportFormat.MARKDOWN.text(c.rule()))
            .append("\n");
      }
    }
    return b.toString();
  }

  private static String intro(Catalogue catalogue) {
    long headlines = catalogue.checks().stream().filter(c -> c.info().isHeadline()).count();
    return catalogue.size()
        + " checks: "
        + headlines
        + " recommendation headlines and "
        + (catalogue.size() - headlines)
        + " practices.";
  }

  /** The full reference of the chapter, how citations read, and the independence statement. */
  private static List<String> source(Catalogue catalogue) {
    Publication source = catalogue.source();
    return List.of(
        "Source: " + source.reference(), source.howCitationsRead(), source.independence());
  }

  private static List<CheckInfo> checks(Catalogue catalogue, int recommendation) {
    return catalogue.checks().stream()
        .map(Check::info)
        .filter(c -> c.recommendation() == recommendation)
        .toList();
  }
}
