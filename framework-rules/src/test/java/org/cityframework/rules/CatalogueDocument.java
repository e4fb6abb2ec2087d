package org.cityframework.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Renders {@code docs/catalogue.md} from the registry, so the page cannot drift from the code. */
final class CatalogueDocument {
  private CatalogueDocument() {}

  static String render(Catalogue catalogue) {
    StringBuilder md = new StringBuilder();
    md.append("# The check catalogue\n\n");
    md.append("<!-- Generated from the registry by CatalogueDocumentTest; do not edit by hand.\n");
    md.append("     Regenerate: ./mvnw -pl framework-rules test -Dtest=CatalogueDocumentTest")
        .append(" -Dcatalogue.update=true -->\n\n");
    long headlines = catalogue.checks().stream().filter(c -> c.info().isHeadline()).count();
    md.append(catalogue.size())
        .append(" checks: ")
        .append(headlines)
        .append(" recommendation headlines (`Rn.0`) and ")
        .append(catalogue.size() - headlines)
        .append(" practices (`Rn.m`, in the order the chapter lists them). Weights run from 1 to")
        .append(" 3; effort is what closing the gap usually takes. *Builds on* lists")
        .append(" prerequisites, which rank first ([prioritisation](prioritisation.md)).\n\n");
    Publication source = catalogue.source();
    md.append("Source: ").append(source.reference()).append("\n\n");
    md.append(source.howCitationsRead())
        .append(" A check's first citation is its own bullet (`R7.4`: Rec. 7, bullet 4), or its")
        .append(" recommendation's title for a headline.\n\n");
    md.append(source.independence()).append("\n");
    for (int r = 1; r <= 10; r++) {
      int rec = r;
      List<CheckInfo> checks =
          catalogue.checks().stream()
              .map(Check::info)
              .filter(c -> c.recommendation() == rec)
              .toList();
      if (checks.isEmpty()) {
        continue;
      }
      CheckInfo headline = checks.get(0);
      md.append("\n## Recommendation ")
          .append(r)
          .append(": ")
          .append(headline.summary())
          .append("\n\n");
      md.append(
              "| Id | Practice | Source | Element | Component / layer | Effort | Weight | Related |")
          .append(" Builds on |\n");
      md.append("|---|---|---|---|---|---|---|---|---|\n");
      for (CheckInfo c : checks) {
        md.append("| ")
            .append(c.id())
            .append(" | ")
            .append(cell(c.summary()))
            .append(" | ")
            .append(cell(c.citation()))
            .append(" | ")
            .append(title(c.element().name()))
            .append(" | ")
            .append(area(c))
            .append(" | ")
            .append(title(c.effort().name()))
            .append(" | ")
            .append(c.weight())
            .append(" | ")
            .append(String.join(", ", c.related()))
            .append(" | ")
            .append(String.join(", ", c.prerequisites()))
            .append(" |\n");
      }
      md.append("\nHow each is decided:\n\n");
      for (CheckInfo c : checks) {
        md.append("- **").append(c.id()).append("** ").append(cell(c.rule())).append('\n');
      }
    }
    return md.toString();
  }

  /** The start and end markers of the generated weighting table in docs/prioritisation.md. */
  static final String TABLE_START =
      "<!-- Weighting table: generated from the registry by CatalogueDocumentTest. -->\n";

  static final String TABLE_END = "<!-- End of the weighting table. -->\n";

  /**
   * The table of every built-in check's weight, effort, element and prerequisites, with how many
   * checks build on it and why, in the chapter's words ({@code <id>.weighting}), and the total
   * weight per innovation component and governance layer.
   */
  static String weighting(Catalogue catalogue) {
    ResourceBundle words = ResourceBundle.getBundle(CheckTexts.BUNDLE, Locale.ROOT);
    List<CheckInfo> infos = catalogue.checks().stream().map(Check::info).toList();
    Ranking ranking = new Ranking(infos);
    StringBuilder md = new StringBuilder(TABLE_START).append('\n');
    md.append("| Id | Weight | Effort | Element | Builds on | Foundation of | Why |\n");
    md.append("|---|---:|---|---|---|---:|---|\n");
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (int i = 0; i < infos.size(); i++) {
      CheckInfo c = infos.get(i);
      String key = c.id() + ".weighting";
      md.append("| ")
          .append(c.id())
          .append(" | ")
          .append(c.weight())
          .append(" | ")
          .append(title(c.effort().name()))
          .append(" | ")
          .append(title(c.element().name()))
          .append(" | ")
          .append(String.join(", ", c.prerequisites()))
          .append(" | ")
          .append(ranking.dependents(i))
          .append(" | ")
          .append(
              words.containsKey(key)
                  ? cell(Publication.chapter().citeIn(words.getString(key)))
                  : "")
          .append(" |\n");
      String area =
          c.component()
              .map(x -> title(x.name()))
              .orElse(c.layer().map(x -> title(x.name()) + " layer").orElse(null));
      if (area != null) {
        totals.merge(area, c.weight(), Integer::sum);
      }
    }
    md.append("\nTotal weight per innovation component and governance layer: ");
    md.append(
        totals.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    md.append(".\n\n").append(TABLE_END);
    return md.toString();
  }

  private static String area(CheckInfo c) {
    if (c.component().isPresent()) {
      return title(c.component().get().name());
    }
    if (c.layer().isPresent()) {
      return title(c.layer().get().name()) + " layer";
    }
    return "Leadership and culture (cross-cutting)";
  }

  private static String title(String constant) {
    String words = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
