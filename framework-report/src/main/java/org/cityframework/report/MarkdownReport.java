package org.cityframework.report;

import java.util.List;
import java.util.Map;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.Source;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Question;
import org.cityframework.rules.Score;
import org.cityframework.rules.ScoreMove;
import org.cityframework.rules.Scores;
import org.cityframework.rules.StatusChange;

/**
 * The Markdown report: headings and tables (GitHub's dialect). Every piece of text that is not a
 * constant of this class goes through {@link Markdown#text}.
 */
final class MarkdownReport {
  private final StringBuilder out = new StringBuilder();
  private final Words w;

  private MarkdownReport(Words words) {
    this.w = words;
  }

  static String render(Assessment a, Words words) {
    MarkdownReport md = new MarkdownReport(words);
    md.assessment(a);
    md.sourceNote();
    return md.out.toString();
  }

  static String render(Progress p, Words words) {
    MarkdownReport md = new MarkdownReport(words);
    md.progress(p);
    md.sourceNote();
    return md.out.toString();
  }

  private MarkdownReport line(String... parts) {
    for (String part : parts) {
      out.append(part);
    }
    out.append('\n');
    return this;
  }

  private MarkdownReport blank() {
    out.append('\n');
    return this;
  }

  private static String t(String untrusted) {
    return Markdown.text(untrusted);
  }

  private void assessment(Assessment a) {
    line("# ", w.labelled(w.get("heading.assessment"), t(Words.city(a)))).blank();
    line(t(w.facts(a))).blank();
    Score overall = a.scores().overall();
    line("**", w.overall(overall), ".**").blank();
    summary(Summary.of(a, w));
    boolean opens = Words.collectFirstOpens(a);
    if (opens) {
      collectFirst(a);
    }
    scores(a);
    roadmap(Roadmap.of(a));
    if (!opens) {
      collectFirst(a);
    }
    findings(a);
    sources(a);
  }

  /** The executive summary: the city's position in plain sentences, the three actions now. */
  private void summary(Summary summary) {
    line("## ", summary.title()).blank();
    line(t(String.join(" ", summary.position()))).blank();
    if (summary.actions().isEmpty()) {
      return;
    }
    line("### ", summary.actionsTitle()).blank();
    int i = 1;
    for (Summary.Action action : summary.actions()) {
      line(
          Integer.toString(i++),
          ". **",
          t(action.what()),
          "** ",
          w.get("summary.for"),
          " ",
          t(action.check()),
          ".");
    }
    blank();
  }

  private void scores(Assessment a) {
    Scores s = a.scores();
    line("## ", w.get("heading.scoresByRecommendation")).blank();
    line(
        "| ",
        w.get("column.id"),
        " | ",
        w.get("column.recommendation"),
        " | ",
        w.get("column.score"),
        " | ",
        w.get("column.range"),
        " | ",
        w.get("column.coverage"),
        " | ",
        w.get("column.maturity"),
        " |");
    line("|---|---|---:|---:|---:|---|");
    for (int r = 1; r <= 10; r++) {
      Score score = s.byRecommendation().get(r);
      if (score != null) {
        line("| R", Integer.toString(r), " | ", t(w.recommendation(a, r)), " | ", cells(score));
      }
    }
    blank();
    line("## ", w.get("heading.scoresByElement")).blank();
    scoreTable(w.get("column.element"), s.byElement(), Element.values());
    line("### ", w.get("heading.byComponent")).blank();
    scoreTable(w.get("column.component"), s.byComponent(), InnovationComponent.values());
    line("### ", w.get("heading.byLayer")).blank();
    scoreTable(w.get("column.layer"), s.byLayer(), GovernanceLayer.values());
  }

  private String cells(Score score) {
    return w.score(score.score())
        + " | "
        + w.range(score)
        + " | "
        + w.coverage(score.coverage())
        + " | "
        + w.maturity(score)
        + " |";
  }

  private <E extends Enum<E>> void scoreTable(String heading, Map<E, Score> scores, E[] keys) {
    line(
        "| ",
        heading,
        " | ",
        w.get("column.score"),
        " | ",
        w.get("column.range"),
        " | ",
        w.get("column.coverage"),
        " | ",
        w.get("column.maturity"),
        " |");
    line("|---|---:|---:|---:|---|");
    for (E key : keys) {
      Score score = scores.get(key);
      if (score != null) {
        line("| ", w.label(key), " | ", cells(score));
      }
    }
    blank();
  }

  private void roadmap(Roadmap roadmap) {
    line("## ", w.get("heading.roadmap")).blank();
    step(w.get("step.now"), w.get("step.priority.HIGH"), roadmap.now());
    step(w.get("step.next"), w.get("step.priority.MEDIUM"), roadmap.next());
    step(w.get("step.later"), w.get("step.priority.LOW"), roadmap.later());
  }

  private void step(String step, String priority, List<Finding> findings) {
    line("### ", w.get("step.title", step, w.findings(findings.size()), priority)).blank();
    if (findings.isEmpty()) {
      line(w.get("nothing")).blank();
      return;
    }
    int i = 1;
    for (Finding f : findings) {
      line(
          Integer.toString(i++),
          ". **",
          t(f.checkId()),
          "** ",
          t(w.step(f)),
          w.colon(),
          t(f.check().summary()));
    }
    blank();
  }

  private void collectFirst(Assessment a) {
    if (a.toCollect().isEmpty()) {
      return;
    }
    line("## ", w.collectFirstTitle(a)).blank();
    int i = 1;
    for (Question q : w.collectFirst(a)) {
      line(
          Integer.toString(i++),
          ". ",
          t(q.text()),
          " (",
          t(q.pointer() + w.semicolon() + w.decides(q)),
          ")");
    }
    blank();
  }

  private void findings(Assessment a) {
    line("## ", w.get("heading.findings")).blank();
    for (Finding f : a.findings()) {
      line(
              "### ",
              Integer.toString(f.rank()),
              ". ",
              t(f.checkId()),
              w.colon(),
              t(f.check().summary()))
          .blank();
      line(w.findingLine(t(w.status(f)), f)).blank();
      line("*", t(w.placement(f)), ".*").blank();
      line("**", t(w.whyLabel(f)), w.colonMark(), "** ", t(f.check().why())).blank();
      if (Words.namesUnknowns(f)) {
        line("**", w.unknownsLabel(f), w.colonMark(), "** ", t(w.collect(f))).blank();
      }
      if (Words.showsActions(f)) {
        line("**", w.actionsLabel(f), w.colonMark(), "**").blank();
        for (String action : f.actions()) {
          line("- ", t(action));
        }
        blank();
      }
      line("**", w.get("evidence"), w.colonMark(), "**").blank();
      for (Evidence e : f.evidence()) {
        line("- ", t(w.evidence(e)));
      }
      if (f.evidence().isEmpty()) {
        line("- ", w.get("evidence.none"));
      }
      blank();
      List<String> related = w.related(a, f);
      if (!related.isEmpty()) {
        line("**", w.get("related"), w.colonMark(), "** ", t(String.join(", ", related))).blank();
      }
      w.waiver(f).ifPresent(waiver -> line("**", t(waiver), "**").blank());
      w.expiredWaiver(f).ifPresent(waiver -> line("**", t(waiver), "**").blank());
    }
  }

  private void sources(Assessment a) {
    var p = a.profile();
    if (!p.sources().isEmpty()) {
      line("## ", w.get("heading.sources")).blank();
      for (Source s : p.sources()) {
        line("- ", t(w.source(s)));
      }
      blank();
    }
    p.notes()
        .ifPresent(
            notes -> {
              line("## ", w.get("heading.notes")).blank();
              for (String l : Words.lines(notes)) {
                line(t(l)).blank();
              }
            });
  }

  private void sourceNote() {
    if (!out.toString().endsWith("\n\n")) {
      blank();
    }
    line("## ", w.sourceHeading()).blank();
    // The note is the library's own text, not the profile's: its DOI stays a link.
    for (String paragraph : w.sourceNote()) {
      line(paragraph).blank();
    }
  }

  private void progress(Progress p) {
    line("# ", w.get("heading.progress", t(Words.city(p)))).blank();
    line(t(w.period(p))).blank();
    ScoreMove overall = p.scoreMoves().get("overall");
    if (overall != null) {
      line("**", w.overallMove(overall), "**").blank();
    }
    changes(w.get("heading.resolved"), p.resolved());
    changes(w.get("heading.newGaps"), p.newGaps());
    changes(w.get("heading.otherChanges"), p.otherChanges());
    line("## ", w.get("heading.scoreMoves")).blank();
    line(
        "| ",
        String.join(
            " | ",
            w.get("column.scope"),
            w.get("column.before"),
            w.get("column.after"),
            w.get("column.delta"),
            w.get("column.coverageBefore"),
            w.get("column.coverageAfter"),
            w.get("column.rangeBefore"),
            w.get("column.rangeAfter")),
        " |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    p.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = w.moveRow(key, m);
              line("| ", t(row.get(0)), " | ", String.join(" | ", row.subList(1, 8)), " |");
            });
    blank();
  }

  private void changes(String title, List<StatusChange> changes) {
    line("## ", w.labelled(title, Integer.toString(changes.size()))).blank();
    if (changes.isEmpty()) {
      line(w.get("none")).blank();
      return;
    }
    line(
        "| ",
        String.join(
            " | ",
            w.get("column.id"),
            w.get("column.change"),
            w.get("column.priorityNow"),
            w.get("column.practice")),
        " |");
    line("|---|---|---|---|");
    for (StatusChange c : changes) {
      line(
          "| ",
          t(c.checkId()),
          " | ",
          w.change(c),
          " | ",
          w.priority(c.priority()),
          " | ",
          t(c.summary()),
          " |");
    }
    blank();
  }
}
