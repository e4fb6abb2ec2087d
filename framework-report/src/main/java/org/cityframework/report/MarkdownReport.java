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

  private MarkdownReport() {}

  static String render(Assessment a) {
    MarkdownReport md = new MarkdownReport();
    md.assessment(a);
    md.sourceNote();
    return md.out.toString();
  }

  static String render(Progress p) {
    MarkdownReport md = new MarkdownReport();
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
    line("# Innovation and data-use capacity: ", t(Words.city(a))).blank();
    line(t(Words.facts(a))).blank();
    Score overall = a.scores().overall();
    line("**", Words.overall(overall), ".**").blank();
    summary(Summary.of(a));
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
    line("## ", Summary.TITLE).blank();
    line(t(String.join(" ", summary.position()))).blank();
    if (summary.actions().isEmpty()) {
      return;
    }
    line("### ", Summary.ACTIONS_TITLE).blank();
    int i = 1;
    for (Summary.Action action : summary.actions()) {
      line(Integer.toString(i++), ". **", t(action.what()), "** For ", t(action.check()), ".");
    }
    blank();
  }

  private void scores(Assessment a) {
    Scores s = a.scores();
    line("## Scores by recommendation").blank();
    line("| Id | Recommendation | Score | Range | Coverage | Maturity |");
    line("|---|---|---:|---:|---:|---|");
    for (int r = 1; r <= 10; r++) {
      Score score = s.byRecommendation().get(r);
      if (score != null) {
        line("| R", Integer.toString(r), " | ", t(Words.recommendation(a, r)), " | ", cells(score));
      }
    }
    blank();
    line("## Scores by element").blank();
    scoreTable("Element", s.byElement(), Element.values());
    line("### By innovation component (recommendations 1 to 6)").blank();
    scoreTable("Component", s.byComponent(), InnovationComponent.values());
    line("### By data-governance layer (recommendations 7 to 10)").blank();
    scoreTable("Layer", s.byLayer(), GovernanceLayer.values());
  }

  private static String cells(Score score) {
    return Words.score(score.score())
        + " | "
        + Words.range(score)
        + " | "
        + Words.coverage(score.coverage())
        + " | "
        + Words.maturity(score)
        + " |";
  }

  private <E extends Enum<E>> void scoreTable(String heading, Map<E, Score> scores, E[] keys) {
    line("| ", heading, " | Score | Range | Coverage | Maturity |");
    line("|---|---:|---:|---:|---|");
    for (E key : keys) {
      Score score = scores.get(key);
      if (score != null) {
        line("| ", Words.label(key), " | ", cells(score));
      }
    }
    blank();
  }

  private void roadmap(Roadmap roadmap) {
    line("## Roadmap").blank();
    step("Now", "high", roadmap.now());
    step("Next", "medium", roadmap.next());
    step("Later", "low", roadmap.later());
  }

  private void step(String step, String priority, List<Finding> findings) {
    int n = findings.size();
    String count = n + (n == 1 ? " finding" : " findings");
    line("### ", step, ": ", count, " of ", priority, " priority").blank();
    if (findings.isEmpty()) {
      line("Nothing.").blank();
      return;
    }
    int i = 1;
    for (Finding f : findings) {
      line(
          Integer.toString(i++),
          ". **",
          t(f.checkId()),
          "** ",
          t(Words.step(f)),
          ": ",
          t(f.check().summary()));
    }
    blank();
  }

  private void collectFirst(Assessment a) {
    if (a.toCollect().isEmpty()) {
      return;
    }
    line("## ", Words.collectFirstTitle(a)).blank();
    int i = 1;
    for (Question q : Words.collectFirst(a)) {
      line(
          Integer.toString(i++),
          ". ",
          t(q.text()),
          " (",
          t(q.pointer() + "; " + Words.decides(q)),
          ")");
    }
    blank();
  }

  private void findings(Assessment a) {
    line("## Findings, most urgent first").blank();
    for (Finding f : a.findings()) {
      line("### ", Integer.toString(f.rank()), ". ", t(f.checkId()), ": ", t(f.check().summary()))
          .blank();
      line(
              t(Words.status(f)),
              ", priority ",
              Words.priority(f.priority()),
              ", effort ",
              Words.effort(f.check().effort()),
              ", weight ",
              Integer.toString(f.check().weight()),
              ".")
          .blank();
      line("*", t(f.placement()), ".*").blank();
      line("**", t(Words.whyLabel(f)), ":** ", t(f.check().why())).blank();
      if (Words.namesUnknowns(f)) {
        line("**", Words.unknownsLabel(f), ":** ", t(Words.collect(f))).blank();
      }
      if (Words.showsActions(f)) {
        line("**", Words.actionsLabel(f), ":**").blank();
        for (String action : f.actions()) {
          line("- ", t(action));
        }
        blank();
      }
      line("**Evidence:**").blank();
      for (Evidence e : f.evidence()) {
        line("- ", t(Words.evidence(e)));
      }
      if (f.evidence().isEmpty()) {
        line("- none read");
      }
      blank();
      List<String> related = Words.related(a, f);
      if (!related.isEmpty()) {
        line("**Related:** ", t(String.join(", ", related))).blank();
      }
      Words.waiver(f).ifPresent(w -> line("**", t(w), "**").blank());
      Words.expiredWaiver(f).ifPresent(w -> line("**", t(w), "**").blank());
    }
  }

  private void sources(Assessment a) {
    var p = a.profile();
    if (!p.sources().isEmpty()) {
      line("## Sources").blank();
      for (Source s : p.sources()) {
        line("- ", t(Words.source(s)));
      }
      blank();
    }
    p.notes()
        .ifPresent(
            notes -> {
              line("## Notes").blank();
              for (String l : Words.lines(notes)) {
                line(t(l)).blank();
              }
            });
  }

  private void sourceNote() {
    if (!out.toString().endsWith("\n\n")) {
      blank();
    }
    line("## ", Words.SOURCE_HEADING).blank();
    // The note is the library's own text, not the profile's: its DOI stays a link.
    for (String paragraph : Words.sourceNote()) {
      line(paragraph).blank();
    }
  }

  private void progress(Progress p) {
    line("# Progress of ", t(Words.city(p))).blank();
    line(t(Words.period(p))).blank();
    ScoreMove overall = p.scoreMoves().get("overall");
    if (overall != null) {
      line("**", Words.overallMove(overall), "**").blank();
    }
    changes("Resolved gaps", p.resolved());
    changes("New gaps", p.newGaps());
    changes("Other changes", p.otherChanges());
    line("## Score moves").blank();
    line(
        "| Scope | Before | After | Delta | Coverage before | Coverage after | Range before"
            + " | Range after |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    p.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = TextReport.moveRow(key, m);
              line("| ", t(row.get(0)), " | ", String.join(" | ", row.subList(1, 8)), " |");
            });
    blank();
  }

  private void changes(String title, List<StatusChange> changes) {
    line("## ", title, ": ", Integer.toString(changes.size())).blank();
    if (changes.isEmpty()) {
      line("None.").blank();
      return;
    }
    line("| Id | Change | Priority now | Practice |");
    line("|---|---|---|---|");
    for (StatusChange c : changes) {
      line(
          "| ",
          t(c.checkId()),
          " | ",
          Words.change(c),
          " | ",
          Words.priority(c.priority()),
          " | ",
          t(c.summary()),
          " |");
    }
    blank();
  }
}
