package org.cityframework.report;

import java.util.List;
import java.util.OptionalDouble;
import org.cityframework.rules.Score;

/**
 * A horizontal bar chart of scores, as inline SVG: one bar per score on a 0-100 axis whose grid
 * lines are the maturity levels' lower bounds. A bar resting on less than half of its group's
 * weight (insufficient evidence) is drawn pale. A group with no score at all (nothing of it is
 * assessed) is drawn as a hatched track marked "not enough evidence", never as a bar of 0: a score
 * of 0.0 is an empty track with its value beside it.
 */
final class BarChart {
  /** English: this part of the reports is not translated yet (docs/french.md). */
  private static final int BAR_AREA = 360;

  private static final int ROW = 28;
  private static final int BAR = 16;
  private static final int TOP = 10;
  private static final int AXIS = 24;
  private static final int VALUE_AREA = 180;
  private static final int VALUE_AREA_WITH_BEFORE = 240;

  /**
   * One bar.
   *
   * @param label the label beside the bar, printed with it
   * @param name the full name, shown as the bar's tooltip
   * @param score the score
   * @param before an earlier score, marked by a tick on the bar's track; empty for none
   */
  record Bar(String label, String name, Score score, OptionalDouble before) {

    /** A bar without an earlier score. */
    Bar(String label, String name, Score score) {
      this(label, name, score, OptionalDouble.empty());
    }
  }

  private BarChart() {}

  /** Writes a chart; {@code id} names its title element and must be unique in the page. */
  static void write(
      HtmlWriter html, Words w, String id, String title, int labelWidth, List<Bar> bars) {
    int x0 = labelWidth + 8;
    boolean before = bars.stream().anyMatch(b -> b.before().isPresent());
    int width = x0 + BAR_AREA + 8 + (before ? VALUE_AREA_WITH_BEFORE : VALUE_AREA);
    int height = TOP + bars.size() * ROW + AXIS;
    html.open(
            "svg",
            "class",
            "chart",
            "viewBox",
            "0 0 " + width + " " + height,
            "role",
            "img",
            "aria-labelledby",
            id)
        .newline();
    html.element("title", title, "id", id).newline();
    if (bars.stream().anyMatch(b -> b.score().score().isEmpty())) {
      html.open("defs")
          .open(
              "pattern",
              "id",
              hatch(id),
              "width",
              "6",
              "height",
              "6",
              "patternUnits",
              "userSpaceOnUse",
              "patternTransform",
              "rotate(45)")
          .empty("line", "class", "hatch", "x1", "0", "y1", "0", "x2", "0", "y2", "6")
          .close("pattern")
          .close("defs")
          .newline();
    }
    int bottom = TOP + bars.size() * ROW;
    for (int level = 0; level <= 100; level += 20) {
      String x = Integer.toString(x0 + level * BAR_AREA / 100);
      html.empty(
          "line",
          "class",
          "grid",
          "x1",
          x,
          "y1",
          Integer.toString(TOP - 4),
          "x2",
          x,
          "y2",
          Integer.toString(bottom));
      html.element(
          "text",
          Integer.toString(level),
          "class",
          "axis",
          "x",
          x,
          "y",
          Integer.toString(bottom + 16),
          "text-anchor",
          "middle");
      html.newline();
    }
    int y = TOP;
    for (Bar bar : bars) {
      row(html, w, id, x0, y, bar);
      y += ROW;
    }
    html.close("svg").newline();
  }

  /** The id of a chart's hatch pattern, for the tracks of groups with no score. */
  private static String hatch(String id) {
    return id + "-hatch";
  }

  private static void row(HtmlWriter html, Words w, String id, int x0, int y, Bar bar) {
    Score s = bar.score();
    String baseline = Integer.toString(y + ROW / 2 + 5);
    html.open("g");
    String earlier = bar.before().isPresent() ? w.get("chart.before", w.score(bar.before())) : "";
    html.element(
        "title",
        w.labelled(
            bar.name(),
            (s.score().isPresent() ? w.get("chart.score", w.score(s.score())) : w.noScore())
                + earlier
                + w.get("chart.coverage", w.coverage(s.coverage()), w.maturity(s))));
    html.element(
        "text",
        bar.label(),
        "class",
        "label",
        "x",
        Integer.toString(x0 - 8),
        "y",
        baseline,
        "text-anchor",
        "end");
    String top = Integer.toString(y + (ROW - BAR) / 2);
    boolean scored = s.score().isPresent();
    String left = Integer.toString(x0);
    String width = Integer.toString(BAR_AREA);
    String height = Integer.toString(BAR);
    if (scored) {
      html.empty("rect", "class", "track", "x", left, "y", top, "width", width, "height", height);
    } else {
      html.empty(
          "rect",
          "class",
          "none",
          "fill",
          "url(#" + hatch(id) + ")",
          "x",
          left,
          "y",
          top,
          "width",
          width,
          "height",
          height);
    }
    if (s.score().isPresent()) {
      html.empty(
          "rect",
          "class",
          s.maturity().isPresent() ? "bar" : "bar pale",
          "x",
          Integer.toString(x0),
          "y",
          top,
          "width",
          Words.decimal(s.score().getAsDouble() * BAR_AREA / 100),
          "height",
          Integer.toString(BAR));
    }
    if (bar.before().isPresent()) {
      String x = Words.decimal(x0 + bar.before().getAsDouble() * BAR_AREA / 100);
      html.empty(
          "line",
          "class",
          "before",
          "x1",
          x,
          "y1",
          Integer.toString(y + (ROW - BAR) / 2 - 3),
          "x2",
          x,
          "y2",
          Integer.toString(y + (ROW + BAR) / 2 + 3));
    }
    String value = scored ? w.score(s.score()) : w.noScore();
    if (bar.before().isPresent()) {
      value = w.score(bar.before()) + " -> " + value;
    }
    html.element(
        "text",
        scored ? value + w.get("chart.valueCoverage", w.coverage(s.coverage())) : value,
        "class",
        scored ? "value" : "value missing",
        "x",
        Integer.toString(x0 + BAR_AREA + 8),
        "y",
        baseline);
    html.close("g").newline();
  }
}
