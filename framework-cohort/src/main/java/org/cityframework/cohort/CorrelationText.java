package org.cityframework.cohort;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How a {@link CorrelationTable} reads: as plain text, as Markdown and as a JSON tree. */
final class CorrelationText {
  /** The width the text's sentences are wrapped to. */
  private static final int WIDTH = 100;

  private CorrelationText() {}

  static String text(CorrelationTable table) {
    StringBuilder out = new StringBuilder("Capacity against outcomes\n\n");
    for (String line : preamble(table)) {
      out.append(wrap(line)).append('\n');
    }
    out.append('\n');
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"score", "outcome", "n", "rho", "95% interval", "p", "adjusted p", ""});
    for (Correlation c : table.correlations()) {
      cells.add(cells(c));
    }
    int[] widths = new int[8];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        boolean right = i >= 2 && i != 4 && i != 7;
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(right ? pad + cell : cell + pad).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String markdown(CorrelationTable table) {
    StringBuilder out = new StringBuilder("## Capacity against outcomes\n\n");
    for (String line : preamble(table)) {
      out.append(line).append("\n\n");
    }
    out.append("| score | outcome | n | rho | 95% interval | p | adjusted p | |\n");
    out.append("|---|---|--:|--:|---|--:|--:|---|\n");
    for (Correlation c : table.correlations()) {
      StringBuilder row = new StringBuilder("|");
      for (String cell : cells(c)) {
        row.append(' ').append(cell.replace("_", "\\_")).append(" |");
      }
      out.append(row).append('\n');
    }
    return out.toString();
  }

  static ObjectNode json(CorrelationTable table) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("notACause", CorrelationTable.NOT_A_CAUSE);
    root.put("method", CorrelationTable.METHOD);
    root.put("minimumCities", table.minimumCities());
    root.put("cohortSize", table.cohortSize());
    root.put("citiesWithOutcomes", table.citiesWithOutcomes());
    root.put("rowsWithoutCity", table.rowsWithoutCity());
    root.put("pairsTested", table.pairsTested());
    root.put("findings", table.findings());
    ArrayNode rows = root.putArray("correlations");
    for (Correlation c : table.correlations()) {
      ObjectNode row = rows.addObject();
      row.put("score", c.score());
      row.put("scoreName", c.scoreName());
      row.put("outcome", c.outcome());
      row.put("n", c.n());
      if (c.noFigure().isPresent()) {
        row.put("noFigure", c.noFigure().get());
        continue;
      }
      row.put("rho", decimals(c.rho().getAsDouble()));
      ArrayNode interval = row.putArray("interval95");
      interval.add(decimals(c.low().getAsDouble()));
      interval.add(decimals(c.high().getAsDouble()));
      row.put("p", digits(c.p().getAsDouble()));
      row.put("adjustedP", digits(c.adjustedP().getAsDouble()));
      row.put("significant", c.significant());
    }
    return root;
  }

  private static List<String> preamble(CorrelationTable table) {
    List<String> lines = new ArrayList<>();
    lines.add(CorrelationTable.NOT_A_CAUSE);
    lines.add(
        "Cohort: "
            + table.cohortSize()
            + plural(table.cohortSize(), " city", " cities")
            + ", "
            + table.citiesWithOutcomes()
            + " with a row in the outcomes file; "
            + table.rowsWithoutCity()
            + plural(table.rowsWithoutCity(), " row of the file matches", " rows of the file match")
            + " no city of the cohort.");
    lines.add(CorrelationTable.METHOD);
    lines.add(
        "No figure for a pair with fewer than "
            + table.minimumCities()
            + " cities. "
            + table.findings()
            + " of "
            + table.pairsTested()
            + plural(table.pairsTested(), " pair", " pairs")
            + " tested "
            + (table.findings() == 1 ? "has" : "have")
            + " an adjusted p below 0.05 (marked *).");
    return lines;
  }

  private static String[] cells(Correlation c) {
    if (c.noFigure().isPresent()) {
      return new String[] {
        c.scoreName(), c.outcome(), Integer.toString(c.n()), "", c.noFigure().get(), "", "", ""
      };
    }
    return new String[] {
      c.scoreName(),
      c.outcome(),
      Integer.toString(c.n()),
      signed(c.rho().getAsDouble()),
      signed(c.low().getAsDouble()) + " to " + signed(c.high().getAsDouble()),
      pText(c.p().getAsDouble()),
      pText(c.adjustedP().getAsDouble()),
      c.significant() ? "*" : ""
    };
  }

  private static String signed(double x) {
    String text = String.format(Locale.ROOT, "%+.2f", x);
    return text.equals("-0.00") || text.equals("+0.00") ? "0.00" : text;
  }

  private static String pText(double p) {
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static BigDecimal decimals(double x) {
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP);
  }

  private static BigDecimal digits(double x) {
    return new BigDecimal(x).round(new MathContext(4, RoundingMode.HALF_UP));
  }

  /** A sentence wrapped at spaces to {@link #WIDTH} columns (a longer word stays whole). */
  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  private static String plural(int count, String one, String many) {
    return count == 1 ? one : many;
  }
}
