package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  /** English until this format speaks the report's language. */
  private static final Words ENGLISH = Words.of(Locale.ENGLISH);

  private static final int DETAIL = 8;
  private static final boolean[] SCORE_COLUMNS = {false, true, true, true};
  private static final boolean[] RECOMMENDATION_COLUMNS = {false, true, true, true, false};

  private TextReport() {}

  static String render(Assessment a, int width) {
    TextLayout out = new TextLayout(width);
    out.paragraph(0, 2, "Innovation and data-use capacity: " + Words.city(a));
    out.paragraph(0, 2, ENGLISH.facts(a));
    out.blank();
    out.paragraph(0, 2, ENGLISH.overall(a.scores().overall()));
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

  private static void scores(TextLayout out, Assessment a) {
    Scores s = a.scores();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Id", "Score", "Range", "Coverage", "Maturity", "Recommendation"));
    for (int r = 1; r <= 10; r++) {
      Score score = s.byRecommendation().get(r);
      if (score != null) {
        rows.add(
            List.of(
                "R" + r,
                ENGLISH.score(score.score()),
                ENGLISH.range(score),
                ENGLISH.coverage(score.coverage()),
                ENGLISH.maturity(score),
                ENGLISH.recommendation(a, r)));
      }
    }
    table(out, "Scores by recommendation", RECOMMENDATION_COLUMNS, rows);
    table(out, "Scores by element", scoreRows("Element", s.byElement(), Element.values()));
    table(
        out,
        "Scores by innovation component (recommendations 1 to 6)",
        scoreRows("Component", s.byComponent(), InnovationComponent.values()));
    table(
        out,
        "Scores by data-governance layer (recommendations 7 to 10)",
        scoreRows("Layer", s.byLayer(), GovernanceLayer.values()));
  }

  private static <E extends Enum<E>> List<List<String>> scoreRows(
      String heading, Map<E, Score> scores, E[] keys) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(heading, "Score", "Range", "Coverage", "Maturity"));
    for (E key : keys) {
      Score score = scores.get(key);
      if (score != null) {
        rows.add(
            List.of(
                ENGLISH.label(key),
                ENGLISH.score(score.score()),
                ENGLISH.range(score),
                ENGLISH.coverage(score.coverage()),
                ENGLISH.maturity(score)));
      }
    }
    return rows;
  }

  private static void table(TextLayout out, String title, List<List<String>> rows) {
    table(out, title, SCORE_COLUMNS, rows);
  }

  private static void table(
      TextLayout out, String title, boolean[] right, List<List<String>> rows) {
    out.blank();
    out.paragraph(0, 2, title);
    TextLayout.Columns columns = TextLayout.Columns.fit(2, right, rows);
    for (List<String> row : rows) {
      out.row(columns, row);
    }
  }

  private static void roadmap(TextLayout out, Roadmap roadmap) {
    out.blank();
    out.paragraph(0, 2, "Roadmap");
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : roadmap.all()) {
      rows.add(row(f));
    }
    TextLayout.Columns columns = TextLayout.Columns.fit(4, new boolean[] {false, false}, rows);
    step(out, columns, "Now", "high", roadmap.now());
    step(out, columns, "Next", "medium", roadmap.next());
    step(out, columns, "Later", "low", roadmap.later());
  }

  private static List<String> row(Finding f) {
    return List.of(Words.line(f.checkId()), ENGLISH.step(f), Words.line(f.check().summary()));
  }

  private static void step(
      TextLayout out, TextLayout.Columns columns, String step, String priority, List<Finding> fs) {
    out.paragraph(2, 4, step + ": " + plural(fs.size()) + " of " + priority + " priority");
    for (Finding f : fs) {
      out.row(columns, row(f));
    }
  }

  private static void collectFirst(TextLayout out, Assessment a) {
    if (a.toCollect().isEmpty()) {
      return;
    }
    out.blank();
    out.paragraph(0, 2, ENGLISH.collectFirstTitle(a));
    int i = 1;
    for (Question q : ENGLISH.collectFirst(a)) {
      String number = (i < 10 ? " " : "") + i++ + ". ";
      out.paragraph(2, 2 + number.length(), number + Words.line(q.text()));
      out.paragraph(
          2 + number.length(),
          4 + number.length(),
          Words.line(q.pointer()) + "; " + ENGLISH.decides(q));
    }
  }

  private static String plural(int n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  private static void findings(TextLayout out, Assessment a) {
    out.blank();
    out.paragraph(0, 2, "Findings, most urgent first");
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

  private static List<String> header(Finding f) {
    return List.of(
        f.rank() + ".",
        Words.line(f.checkId()),
        ENGLISH.status(f),
        ENGLISH.priority(f.priority()),
        Words.line(f.check().summary()));
  }

  private static void details(TextLayout out, Assessment a, Finding f) {
    out.paragraph(DETAIL, DETAIL + 2, f.placement() + ".");
    out.labelled(DETAIL, ENGLISH.whyLabel(f), Words.line(f.check().why()));
    if (Words.namesUnknowns(f)) {
      out.labelled(DETAIL, ENGLISH.unknownsLabel(f), ENGLISH.collect(f));
    }
    if (Words.showsActions(f)) {
      for (String action : f.actions()) {
        out.labelled(DETAIL, ENGLISH.actionsLabel(f), Words.line(action));
      }
    }
    String label = "Evidence: ";
    int under = DETAIL + label.length();
    for (int i = 0; i < f.evidence().size(); i++) {
      String e = ENGLISH.evidence(f.evidence().get(i));
      if (i == 0) {
        out.paragraph(DETAIL, under + 2, label + e);
      } else {
        out.paragraph(under, under + 2, e);
      }
    }
    if (f.evidence().isEmpty()) {
      out.labelled(DETAIL, "Evidence", "none read");
    }
    List<String> related = ENGLISH.related(a, f);
    if (!related.isEmpty()) {
      out.labelled(DETAIL, "Related", String.join(", ", related));
    }
    out.paragraph(
        DETAIL,
        DETAIL + 2,
        "Effort " + ENGLISH.effort(f.check().effort()) + ", weight " + f.check().weight() + ".");
    ENGLISH.waiver(f).ifPresent(w -> out.paragraph(DETAIL, DETAIL + 2, w));
    ENGLISH.expiredWaiver(f).ifPresent(w -> out.paragraph(DETAIL, DETAIL + 2, w));
  }

  private static void sources(TextLayout out, Assessment a) {
    var p = a.profile();
    if (!p.sources().isEmpty()) {
      out.blank();
      out.paragraph(0, 2, "Sources");
      for (Source s : p.sources()) {
        out.paragraph(2, 4, "- " + ENGLISH.source(s));
      }
    }
    p.notes()
        .ifPresent(
            notes -> {
              out.blank();
              out.paragraph(0, 2, "Notes");
              for (String line : Words.lines(notes)) {
                out.paragraph(2, 2, line);
              }
            });
  }

  private static void sourceNote(TextLayout out) {
    out.blank();
    out.paragraph(0, 2, ENGLISH.sourceHeading());
    for (String paragraph : ENGLISH.sourceNote()) {
      out.paragraph(2, 2, paragraph);
    }
  }

  static String render(Progress p, int width) {
    TextLayout out = new TextLayout(width);
    out.paragraph(0, 2, "Progress of " + Words.city(p));
    out.paragraph(0, 2, ENGLISH.period(p));
    out.blank();
    ScoreMove overall = p.scoreMoves().get("overall");
    if (overall != null) {
      out.paragraph(0, 2, ENGLISH.overallMove(overall));
    }
    changes(out, "Resolved gaps", p.resolved());
    changes(out, "New gaps", p.newGaps());
    changes(out, "Other changes", p.otherChanges());
    out.blank();
    out.paragraph(0, 2, "Score moves");
    List<List<String>> rows = new ArrayList<>();
    // A last, empty column: the one TextLayout wraps, so the figures never do.
    rows.add(
        List.of("Scope", "Before", "After", "Delta", "Coverage", "Range was", "Range now", ""));
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
  private static List<String> compactMoveRow(String key, ScoreMove m) {
    return List.of(
        ENGLISH.scope(key),
        ENGLISH.score(m.before()),
        ENGLISH.score(m.after()),
        ENGLISH.delta(m.delta()),
        ENGLISH.coverage(m.coverageBefore()) + " -> " + ENGLISH.coverage(m.coverageAfter()),
        ENGLISH.range(m.floorBefore(), m.ceilingBefore()).replace(" to ", "-"),
        ENGLISH.range(m.floorAfter(), m.ceilingAfter()).replace(" to ", "-"));
  }

  static List<String> moveRow(String key, ScoreMove m) {
    return List.of(
        ENGLISH.scope(key),
        ENGLISH.score(m.before()),
        ENGLISH.score(m.after()),
        ENGLISH.delta(m.delta()),
        ENGLISH.coverage(m.coverageBefore()),
        ENGLISH.coverage(m.coverageAfter()),
        ENGLISH.range(m.floorBefore(), m.ceilingBefore()),
        ENGLISH.range(m.floorAfter(), m.ceilingAfter()));
  }

  private static void changes(TextLayout out, String title, List<StatusChange> changes) {
    out.blank();
    out.paragraph(0, 2, title + ": " + changes.size());
    List<List<String>> rows = new ArrayList<>();
    for (StatusChange c : changes) {
      rows.add(
          List.of(
              Words.line(c.checkId()),
              ENGLISH.change(c),
              "priority now " + ENGLISH.priority(c.priority()),
              Words.line(c.summary())));
    }
    TextLayout.Columns columns =
        TextLayout.Columns.fit(2, new boolean[] {false, false, false}, rows);
    for (List<String> row : rows) {
      out.row(columns, row);
    }
  }
}
