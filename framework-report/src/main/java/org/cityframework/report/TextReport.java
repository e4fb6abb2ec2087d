package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.Source;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Question;
import org.cityframework.rules.Score;
import org.cityframework.rules.ScoreMove;
import org.cityframework.rules.Scores;
import org.cityframework.rules.StatusChange;

/**
 * The plain-text report for a terminal: aligned columns, wrapped to a width, no colour. Profile
 * text is untrusted: its control and format characters are neutralised by {@link Words#line}.
 */
final class TextReport {
  private static final int DETAIL = 8;
  private static final boolean[] SCORE_COLUMNS = {false, true, true, true};
  private static final boolean[] RECOMMENDATION_COLUMNS = {false, true, true, true, false};

  private final Words w;

  private TextReport(Words words) {
    this.w = words;
  }

  /** The summary or the full report, as {@code options} say, in the language of {@code words}. */
  static String render(Assessment a, TextOptions options, Words words) {
    TextReport report = new TextReport(words);
    return options.isFull()
        ? report.full(a, options.width())
        : report.summary(a, options.top().getAsInt(), options);
  }

  /** A label and its text, the colon as the language writes it, wrapped under the label. */
  private void labelled(TextLayout out, String label, String text) {
    out.paragraph(DETAIL, DETAIL + 2, w.labelled(label, text));
  }

  /** The full report, in the language of {@code words}. */
  static String render(Assessment a, int width, Words words) {
    return new TextReport(words).full(a, width);
  }

  /** The progress between two assessments, in the language of {@code words}. */
  static String render(Progress p, int width, Words words) {
    return new TextReport(words).progress(p, width);
  }

  /**
   * The summary: the head of the report (title, overall score, the scores of the recommendations,
   * the roadmap by check id, what to collect first when less than half of the weight was assessed),
   * the first {@code top} findings of the ranking with their first action or the facts to collect
   * (not their placement line: the priority column says it), how to see the rest, and where the
   * checks come from.
   */
  private String summary(Assessment a, int top, TextOptions options) {
    TextLayout out = new TextLayout(options.width());
    out.paragraph(0, 2, w.labelled(w.get("heading.assessment"), Words.city(a)));
    out.paragraph(0, 2, w.facts(a));
    out.blank();
    out.paragraph(0, 2, w.overall(a.scores().overall()));
    if (Words.mostlyUnknown(a)) {
      collectFirst(out, a);
    }
    recommendationScores(out, a);
    roadmapByCheck(out, Roadmap.of(a));
    List<Finding> all = a.findings();
    List<Finding> shown = all.subList(0, Math.min(top, all.size()));
    out.blank();
    out.paragraph(
        0,
        2,
        shown.size() == all.size()
            ? w.get("heading.findings")
            : w.get("summary.mostUrgent", shown.size(), w.findings(all.size())));
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : shown) {
      rows.add(header(f));
    }
    TextLayout.Columns columns =
        TextLayout.Columns.fit(0, new boolean[] {true, false, false, false}, rows);
    for (int i = 0; i < rows.size(); i++) {
      out.blank();
      out.row(columns, rows.get(i));
      brief(out, shown.get(i));
    }
    out.blank();
    out.paragraph(0, 2, w.rest(all.size() - shown.size(), options.howToSeeAll()));
    shortSourceNote(out);
    return out.toString();
  }

  /** A finding in a summary: the first thing to do, or the facts to collect. */
  private void brief(TextLayout out, Finding f) {
    if (Words.showsActions(f) && !f.actions().isEmpty()) {
      labelled(out, w.actionsLabel(f), Words.line(f.actions().get(0)));
    } else if (Words.namesUnknowns(f)) {
      labelled(out, w.unknownsLabel(f), w.collect(f));
    }
  }

  private void recommendationScores(TextLayout out, Assessment a) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            w.get("column.id"),
            w.get("column.score"),
            w.get("column.range"),
            w.get("column.coverage"),
            w.get("column.maturity"),
            w.get("column.recommendation")));
    for (int r = 1; r <= 10; r++) {
      Score score = a.scores().byRecommendation().get(r);
      if (score != null) {
        rows.add(
            List.of(
                "R" + r,
                w.score(score.score()),
                w.range(score),
                w.coverage(score.coverage()),
                w.maturity(score),
                w.recommendation(a, r)));
      }
    }
    table(out, w.get("heading.scoresByRecommendation"), RECOMMENDATION_COLUMNS, rows);
  }

  /** The roadmap of a summary: each step with the ids of its findings, in rank order. */
  private void roadmapByCheck(TextLayout out, Roadmap roadmap) {
    out.blank();
    out.paragraph(0, 2, w.get("heading.roadmap"));
    stepByCheck(out, w.get("step.now"), w.get("step.priority.HIGH"), roadmap.now());
    stepByCheck(out, w.get("step.next"), w.get("step.priority.MEDIUM"), roadmap.next());
    stepByCheck(out, w.get("step.later"), w.get("step.priority.LOW"), roadmap.later());
  }

  private void stepByCheck(TextLayout out, String step, String priority, List<Finding> fs) {
    StringBuilder ids = new StringBuilder();
    for (Finding f : fs) {
      ids.append(ids.length() == 0 ? w.colon() : ", ").append(Words.line(f.checkId()));
    }
    out.paragraph(2, 4, w.get("step.byCheck", step, w.findings(fs.size()), priority) + ids);
  }

  /**
   * The closing note of a summary: the chapter's reference and that this is not an OECD product.
   */
  private void shortSourceNote(TextLayout out) {
    out.blank();
    out.paragraph(0, 2, w.sourceHeading());
    for (String paragraph : w.shortSourceNote()) {
      out.paragraph(2, 2, paragraph);
    }
  }

  private String full(Assessment a, int width) {
    TextLayout out = new TextLayout(width);
    out.paragraph(0, 2, w.labelled(w.get("heading.assessment"), Words.city(a)));
    out.paragraph(0, 2, w.facts(a));
    out.blank();
    out.paragraph(0, 2, w.overall(a.scores().overall()));
    boolean opens = Words.collectFirstOpens(a);
    if (opens) {
      collectFirst(out, a);
    }
    scores(out, a);
    roadmap(out, Roadmap.of(a));
    if (!opens) {
      collectFirst(out, a);
    }
    findings(out, a);
    sources(out, a);
    sourceNote(out);
    return out.toString();
  }

  private void scores(TextLayout out, Assessment a) {
    Scores s = a.scores();
    recommendationScores(out, a);
    table(
        out,
        w.get("heading.scoresByElement"),
        scoreRows(w.get("column.element"), s.byElement(), Element.values()));
    table(
        out,
        w.get("heading.scoresByComponent"),
        scoreRows(w.get("column.component"), s.byComponent(), InnovationComponent.values()));
    table(
        out,
        w.get("heading.scoresByLayer"),
        scoreRows(w.get("column.layer"), s.byLayer(), GovernanceLayer.values()));
  }

  private <E extends Enum<E>> List<List<String>> scoreRows(
      String heading, Map<E, Score> scores, E[] keys) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            heading,
            w.get("column.score"),
            w.get("column.range"),
            w.get("column.coverage"),
            w.get("column.maturity")));
    for (E key : keys) {
      Score score = scores.get(key);
      if (score != null) {
        rows.add(
            List.of(
                w.label(key),
                w.score(score.score()),
                w.range(score),
                w.coverage(score.coverage()),
                w.maturity(score)));
      }
    }
    return rows;
  }

  private void table(TextLayout out, String title, List<List<String>> rows) {
    table(out, title, SCORE_COLUMNS, rows);
  }

  private void table(TextLayout out, String title, boolean[] right, List<List<String>> rows) {
    out.blank();
    out.paragraph(0, 2, title);
    TextLayout.Columns columns = TextLayout.Columns.fit(2, right, rows);
    for (List<String> row : rows) {
      out.row(columns, row);
    }
  }

  private void roadmap(TextLayout out, Roadmap roadmap) {
    out.blank();
    out.paragraph(0, 2, w.get("heading.roadmap"));
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : roadmap.all()) {
      rows.add(row(f));
    }
    TextLayout.Columns columns = TextLayout.Columns.fit(4, new boolean[] {false, false}, rows);
    step(out, columns, w.get("step.now"), w.get("step.priority.HIGH"), roadmap.now());
    step(out, columns, w.get("step.next"), w.get("step.priority.MEDIUM"), roadmap.next());
    step(out, columns, w.get("step.later"), w.get("step.priority.LOW"), roadmap.later());
  }

  private List<String> row(Finding f) {
    return List.of(Words.line(f.checkId()), w.step(f), Words.line(f.check().summary()));
  }

  private void step(
      TextLayout out, TextLayout.Columns columns, String step, String priority, List<Finding> fs) {
    out.paragraph(2, 4, w.get("step.title", step, w.findings(fs.size()), priority));
    for (Finding f : fs) {
      out.row(columns, row(f));
    }
  }

  private void collectFirst(TextLayout out, Assessment a) {
    if (a.toCollect().isEmpty()) {
      return;
    }
    out.blank();
    out.paragraph(0, 2, w.collectFirstTitle(a));
    int i = 1;
    for (Question q : w.collectFirst(a)) {
      String number = (i < 10 ? " " : "") + i++ + ". ";
      out.paragraph(2, 2 + number.length(), number + Words.line(q.text()));
      out.paragraph(
          2 + number.length(),
          4 + number.length(),
          Words.line(q.pointer()) + w.semicolon() + w.decides(q));
    }
  }

  private void findings(TextLayout out, Assessment a) {
    out.blank();
    out.paragraph(0, 2, w.get("heading.findings"));
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : a.findings()) {
      rows.add(header(f));
    }
    TextLayout.Columns columns =
        TextLayout.Columns.fit(0, new boolean[] {true, false, false, false}, rows);
    for (int i = 0; i < rows.size(); i++) {
      Finding f = a.findings().get(i);
      out.blank();
      out.row(columns, rows.get(i));
      details(out, a, f);
    }
  }

  private List<String> header(Finding f) {
    return List.of(
        f.rank() + ".",
        Words.line(f.checkId()),
        w.status(f),
        w.priority(f.priority()),
        Words.line(f.check().summary()));
  }

  private void details(TextLayout out, Assessment a, Finding f) {
    out.paragraph(DETAIL, DETAIL + 2, w.placement(f) + ".");
    labelled(out, w.whyLabel(f), Words.line(f.check().why()));
    if (Words.namesUnknowns(f)) {
      labelled(out, w.unknownsLabel(f), w.collect(f));
    }
    if (Words.showsActions(f)) {
      for (String action : f.actions()) {
        labelled(out, w.actionsLabel(f), Words.line(action));
      }
    }
    String label = w.labelled(w.get("evidence"), "");
    int under = DETAIL + label.length();
    for (int i = 0; i < f.evidence().size(); i++) {
      String e = w.evidence(f.evidence().get(i));
      if (i == 0) {
        out.paragraph(DETAIL, under + 2, label + e);
      } else {
        out.paragraph(under, under + 2, e);
      }
    }
    if (f.evidence().isEmpty()) {
      labelled(out, w.get("evidence"), w.get("evidence.none"));
    }
    List<String> related = w.related(a, f);
    if (!related.isEmpty()) {
      labelled(out, w.get("related"), String.join(", ", related));
    }
    out.paragraph(
        DETAIL,
        DETAIL + 2,
        w.get("effortLine", w.effortInLine(f.check().effort()), f.check().weight()));
    w.waiver(f).ifPresent(waiver -> out.paragraph(DETAIL, DETAIL + 2, waiver));
    w.expiredWaiver(f).ifPresent(waiver -> out.paragraph(DETAIL, DETAIL + 2, waiver));
  }

  private void sources(TextLayout out, Assessment a) {
    var p = a.profile();
    if (!p.sources().isEmpty()) {
      out.blank();
      out.paragraph(0, 2, w.get("heading.sources"));
      for (Source s : p.sources()) {
        out.paragraph(2, 4, "- " + w.source(s));
      }
    }
    p.notes()
        .ifPresent(
            notes -> {
              out.blank();
              out.paragraph(0, 2, w.get("heading.notes"));
              for (String line : Words.lines(notes)) {
                out.paragraph(2, 2, line);
              }
            });
  }

  private void sourceNote(TextLayout out) {
    out.blank();
    out.paragraph(0, 2, w.sourceHeading());
    for (String paragraph : w.sourceNote()) {
      out.paragraph(2, 2, paragraph);
    }
  }

  private String progress(Progress p, int width) {
    TextLayout out = new TextLayout(width);
    out.paragraph(0, 2, w.get("heading.progress", Words.city(p)));
    out.paragraph(0, 2, w.period(p));
    out.blank();
    ScoreMove overall = p.scoreMoves().get("overall");
    if (overall != null) {
      out.paragraph(0, 2, w.overallMove(overall));
    }
    changes(out, w.get("heading.resolved"), p.resolved());
    changes(out, w.get("heading.newGaps"), p.newGaps());
    changes(out, w.get("heading.otherChanges"), p.otherChanges());
    out.blank();
    out.paragraph(0, 2, w.get("heading.scoreMoves"));
    List<List<String>> rows = new ArrayList<>();
    // A last, empty column: the one TextLayout wraps, so the figures never do.
    rows.add(
        List.of(
            w.get("column.scope"),
            w.get("column.before"),
            w.get("column.after"),
            w.get("column.delta"),
            w.get("column.coverage"),
            w.get("column.rangeWas"),
            w.get("column.rangeNow"),
            ""));
    p.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = new ArrayList<>(compactMoveRow(key, m));
              row.add("");
              rows.add(row);
            });
    TextLayout.Columns columns =
        TextLayout.Columns.fit(2, new boolean[] {false, true, true, true, true, true, true}, rows);
    for (List<String> row : rows) {
      out.row(columns, row);
    }
    sourceNote(out);
    return out.toString();
  }

  /**
   * A score move for a terminal: the coverage as "55.6% -> 58.0%" and the ranges as "21.9-61.1", so
   * the table fits 100 columns.
   */
  private List<String> compactMoveRow(String key, ScoreMove m) {
    return List.of(
        w.scope(key),
        w.score(m.before()),
        w.score(m.after()),
        w.delta(m.delta()),
        w.coverage(m.coverageBefore()) + " -> " + w.coverage(m.coverageAfter()),
        w.compactRange(m.floorBefore(), m.ceilingBefore()),
        w.compactRange(m.floorAfter(), m.ceilingAfter()));
  }

  private void changes(TextLayout out, String title, List<StatusChange> changes) {
    out.blank();
    out.paragraph(0, 2, w.labelled(title, Integer.toString(changes.size())));
    List<List<String>> rows = new ArrayList<>();
    for (StatusChange c : changes) {
      rows.add(
          List.of(
              Words.line(c.checkId()),
              w.change(c),
              w.get("priorityNow", w.priority(c.priority())),
              Words.line(c.summary())));
    }
    TextLayout.Columns columns =
        TextLayout.Columns.fit(2, new boolean[] {false, false, false}, rows);
    for (List<String> row : rows) {
      out.row(columns, row);
    }
  }
}
