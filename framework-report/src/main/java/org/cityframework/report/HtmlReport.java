package org.cityframework.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.Source;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Question;
import org.cityframework.rules.Score;
import org.cityframework.rules.ScoreMove;
import org.cityframework.rules.Scores;
import org.cityframework.rules.StatusChange;

/**
 * The HTML report: one self-contained page (inline style sheet, inline SVG charts, no scripts, no
 * fetches) for a screen, a phone or paper. Every text goes through {@link HtmlWriter}, which
 * escapes it; a Content-Security-Policy forbids scripts and loads.
 */
final class HtmlReport {
  /** English: this part of the reports is not translated yet (docs/french.md). */
  static final String POLICY;

  private static final String CSS =
      """
      :root{color-scheme:light}
      body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
      color:#1b1f24;background:#fff}
      main{max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:break-word}
      h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
      h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
      h3{font-size:1.05rem;line-height:1.35;margin:1.25rem 0 .25rem}
      .overall{font-size:1.1rem}
      .overall strong{font-size:2rem}
      .summary{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem .5rem}
      .summary h2{margin-top:.75rem;border:0}
      .summary ol{padding-left:1.5rem}
      .summary li{margin:.35rem 0}
      .serves{display:block;color:#57606a;font-size:.9em}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      figure{margin:1rem 0}
      figcaption{color:#57606a;font-size:.85em}
      .chart{display:block;width:100%;height:auto;max-width:52rem}
      .chart .grid{stroke:#d0d7de;stroke-width:1}
      .chart .track{fill:#eef1f4}
      .chart .bar{fill:#1f6feb}
      .chart .pale{fill:#a5c8f8}
      .chart .none{stroke:#8c959f;stroke-width:1;stroke-dasharray:3 2}
      .chart .hatch{stroke:#8c959f;stroke-width:1.5}
      .chart text{font-size:13px;fill:#1b1f24}
      .chart .axis{fill:#57606a;font-size:11px}
      .chart .missing{font-style:italic;fill:#57606a}
      .chart .before{stroke:#1b1f24;stroke-width:3}
      .roadmap{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;\
      align-items:start}
      .step{border:1px solid #d0d7de;border-radius:6px;padding:0 1rem .5rem}
      .step ol{padding-left:1.5rem;margin:.25rem 0}
      .step summary{cursor:pointer;color:#0969da;margin:.25rem 0}
      .finding{border-top:1px solid #d0d7de;margin-top:1rem}
      .rank{color:#57606a}
      .tag{display:inline-block;border:1px solid #d0d7de;border-radius:1rem;padding:0 .6rem;\
      margin:0 .25rem .25rem 0;font-size:.85em}
      .tag.high{background:#ffebe9;border-color:#ff8182}
      .tag.medium{background:#fff8c5;border-color:#d4a72c}
      .tag.low{background:#ddf4ff;border-color:#54aeff}
      .step.high{border-top:4px solid #cf222e}
      .step.medium{border-top:4px solid #bf8700}
      .step.low{border-top:4px solid #0969da}
      dt{font-weight:600}
      dd{margin:0 0 .5rem}
      dd ul{margin:0;padding-left:1.25rem}
      dd{overflow-wrap:anywhere}
      .evidence .answer{font-weight:600}
      .evidence .implied{color:#57606a}
      .pointer{color:#57606a;font-size:.8em}
      td:first-child{white-space:nowrap}
      .waiver{background:#f6f8fa;border-left:4px solid #8c959f;padding:.25rem .75rem}
      footer{margin-top:2rem;color:#57606a;font-size:.85em}
      footer h2{font-size:1rem}
      @media (max-width:40rem){body{font-size:15px}th,td{padding:.25rem .3rem}}
      @page{size:A4;margin:13mm 12mm 14mm}
      @media print{body{font-size:9pt;line-height:1.3}main{max-width:none;padding:0}\
      h1{font-size:16pt;margin-top:0}h2{font-size:13pt;margin-top:1.1rem}h3{font-size:10.5pt}\
      h1,h2,h3,dt,.summary ol>li>strong{break-after:avoid}h3{break-inside:avoid}\
      .summary,figure,tr,.step li,dd li,.finding>p{break-inside:avoid}\
      .finding>p{break-after:avoid}\
      .summary,.finding,.step,.waiver,.tag{box-shadow:none}\
      .roadmap{display:block}.step{margin-bottom:.6rem;break-inside:auto}\
      .step ol{columns:2;column-gap:1.5rem}.step li{margin-bottom:.15rem}\
      .step details>summary{display:none}\
      .step details::details-content{content-visibility:visible;display:contents}\
      .finding{margin-top:.5rem}.finding h3{margin-top:.5rem}\
      .finding dl{display:grid;grid-template-columns:7.5rem 1fr;column-gap:.75rem;margin:.25rem 0}\
      .finding dd{margin:0 0 .2rem}\
      .scroll{overflow:visible}table{margin:.25rem 0 .5rem}th,td{padding:.15rem .4rem}\
      .chart{max-width:100%}\
      a{color:inherit;text-decoration:none}\
      footer{break-before:auto}\
      *{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
      """;

  static {
    // The one style sheet is allowed by its hash, not by allowing every inline style.
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(CSS.getBytes(StandardCharsets.UTF_8));
      POLICY =
          "default-src 'none'; style-src 'sha256-"
              + Base64.getEncoder().encodeToString(digest)
              + "'; img-src data:";
    } catch (NoSuchAlgorithmException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final HtmlWriter html = new HtmlWriter();
  private final Words w;

  private HtmlReport(Words w) {
    this.w = w;
  }

  static String render(Assessment a, Words w) {
    HtmlReport page = new HtmlReport(w);
    page.start(w.labelled(w.get("heading.assessment"), Words.city(a)));
    page.assessment(a);
    return page.end();
  }

  static String render(Progress p, Words w) {
    HtmlReport page = new HtmlReport(w);
    page.start(w.get("heading.progress", Words.city(p)));
    page.progress(p);
    return page.end();
  }

  private void start(String title) {
    html.doctype().open("html", "lang", w.language().getLanguage()).newline();
    html.open("head").newline();
    html.empty("meta", "charset", "utf-8").newline();
    html.empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).newline();
    html.empty("meta", "name", "referrer", "content", "no-referrer").newline();
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    html.element("title", title).newline();
    html.style(CSS).newline();
    html.close("head").newline();
    html.open("body").newline();
    html.open("main").newline();
    html.element("h1", title).newline();
  }

  private String end() {
    html.open("footer").newline();
    html.element("h2", w.sourceHeading()).newline();
    List<String> note = w.sourceNote();
    html.element("p", note.get(0)).newline();
    html.element("p", w.get("html.footer.scores")).newline();
    for (String paragraph : note.subList(1, note.size())) {
      html.element("p", paragraph).newline();
    }
    html.close("footer").newline();
    html.close("main").newline();
    html.close("body").newline();
    html.close("html").newline();
    return html.toString();
  }

  private void assessment(Assessment a) {
    html.element("p", w.facts(a)).newline();
    summary(a);
    boolean opens = Words.collectFirstOpens(a);
    if (opens) {
      collectFirst(a);
    }
    roadmap(Roadmap.of(a));
    scores(a);
    if (!opens) {
      collectFirst(a);
    }
    findings(a);
    sources(a);
  }

  /**
   * The executive summary: the overall score, where the city stands in plain sentences, and the
   * three actions to take now, each with the check it serves.
   */
  private void summary(Assessment a) {
    Summary summary = Summary.of(a, w);
    html.open("section", "id", "summary", "class", "summary").newline();
    html.element("h2", summary.title()).newline();
    // The first sentence carries the overall score: its figure, the first after the city's name,
    // stands out.
    Score overall = a.scores().overall();
    String first = summary.position().get(0);
    String figure = w.score(overall.score());
    int at =
        overall.score().isPresent()
            ? first.indexOf(figure, Words.line(a.profile().name()).length())
            : -1;
    if (at < 0) {
      html.element("p", first, "class", "overall").newline();
    } else {
      int end = at + figure.length();
      html.open("p", "class", "overall")
          .text(first.substring(0, at))
          .element("strong", figure)
          .text(first.substring(end))
          .close("p")
          .newline();
    }
    for (String sentence : summary.position().subList(1, summary.position().size())) {
      html.element("p", sentence).newline();
    }
    if (!summary.actions().isEmpty()) {
      html.element("h3", summary.actionsTitle()).newline();
      html.open("ol").newline();
      for (Summary.Action action : summary.actions()) {
        html.open("li")
            .element("strong", action.what())
            .open("span", "class", "serves")
            .text(w.get("summary.for") + " ")
            .element(
                "a", action.serves().checkId(), "href", "#" + anchor(action.serves().checkId()))
            .text(action.check().substring(action.serves().checkId().length()))
            .close("span")
            .close("li")
            .newline();
      }
      html.close("ol").newline();
    }
    html.close("section").newline();
  }

  private void scores(Assessment a) {
    Scores s = a.scores();
    html.open("section", "id", "recommendations").newline();
    html.element("h2", w.get("heading.scoresByRecommendation")).newline();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int r = 1; r <= 10; r++) {
      Score score = s.byRecommendation().get(r);
      if (score != null) {
        bars.add(
            new BarChart.Bar(
                "R" + r + " " + w.shortName(r), "R" + r + " " + w.recommendation(a, r), score));
      }
    }
    figure("chart-recommendations", w.get("html.chart.recommendations"), 200, bars);
    html.open("div", "class", "scroll").open("table").newline();
    html.open("thead").open("tr");
    header(
        w.get("column.id"),
        w.get("column.recommendation"),
        w.get("column.score"),
        w.get("column.range"),
        w.get("column.coverage"),
        w.get("column.maturity"));
    html.close("tr").close("thead").newline().open("tbody").newline();
    for (int r = 1; r <= 10; r++) {
      Score score = s.byRecommendation().get(r);
      if (score != null) {
        html.open("tr").element("td", "R" + r).element("td", w.recommendation(a, r));
        scoreCells(score);
        html.close("tr").newline();
      }
    }
    html.close("tbody").close("table").close("div").newline();
    html.close("section").newline();

    html.open("section", "id", "elements").newline();
    html.element("h2", w.get("heading.scoresByElement")).newline();
    List<BarChart.Bar> elements = new ArrayList<>();
    for (Element e : Element.values()) {
      Score score = s.byElement().get(e);
      if (score != null) {
        elements.add(new BarChart.Bar(w.label(e), w.label(e), score));
      }
    }
    figure("chart-elements", w.get("html.chart.elements"), 96, elements);
    scoreTable(w.get("column.element"), s.byElement(), Element.values());
    html.element("h3", w.get("heading.byComponent")).newline();
    scoreTable(w.get("column.component"), s.byComponent(), InnovationComponent.values());
    html.element("h3", w.get("heading.byLayer")).newline();
    scoreTable(w.get("column.layer"), s.byLayer(), GovernanceLayer.values());
    html.close("section").newline();
  }

  private void figure(String id, String title, int labelWidth, List<BarChart.Bar> bars) {
    html.open("figure").newline();
    BarChart.write(html, w, id, title, labelWidth, bars);
    html.element("figcaption", w.labelled(title, w.get("html.chart.caption", w.noScore())))
        .newline();
    html.close("figure").newline();
  }

  private void header(String... names) {
    for (String name : names) {
      boolean numeric =
          java.util.stream.Stream.of(
                  "column.score",
                  "column.coverage",
                  "column.coverageBefore",
                  "column.coverageAfter",
                  "column.range",
                  "column.rangeBefore",
                  "column.rangeAfter",
                  "column.delta",
                  "column.before",
                  "column.after")
              .anyMatch(key -> name.equals(w.get(key)));
      if (numeric) {
        html.element("th", name, "class", "num", "scope", "col");
      } else {
        html.element("th", name, "scope", "col");
      }
    }
  }

  private void scoreCells(Score score) {
    html.element("td", w.score(score.score()), "class", "num")
        .element("td", w.range(score), "class", "num")
        .element("td", w.coverage(score.coverage()), "class", "num")
        .element("td", w.maturity(score));
  }

  private <E extends Enum<E>> void scoreTable(String heading, Map<E, Score> scores, E[] keys) {
    html.open("div", "class", "scroll").open("table").newline();
    html.open("thead").open("tr");
    header(
        heading,
        w.get("column.score"),
        w.get("column.range"),
        w.get("column.coverage"),
        w.get("column.maturity"));
    html.close("tr").close("thead").newline().open("tbody").newline();
    for (E key : keys) {
      Score score = scores.get(key);
      if (score != null) {
        html.open("tr").element("td", w.label(key));
        scoreCells(score);
        html.close("tr").newline();
      }
    }
    html.close("tbody").close("table").close("div").newline();
  }

  private void collectFirst(Assessment a) {
    if (a.toCollect().isEmpty()) {
      return;
    }
    html.open("section", "id", "collect-first").newline();
    html.element("h2", w.collectFirstTitle(a)).newline();
    html.open("ol").newline();
    for (Question q : w.collectFirst(a)) {
      html.open("li")
          .text(q.text() + " ")
          .element("code", q.pointer())
          .text(" (" + w.decides(q) + ")")
          .close("li")
          .newline();
    }
    html.close("ol").newline();
    html.close("section").newline();
  }

  private void roadmap(Roadmap roadmap) {
    html.open("section", "id", "roadmap").newline();
    html.element("h2", w.get("heading.roadmap")).newline();
    html.open("div", "class", "roadmap").newline();
    step(w.get("step.now"), Priority.HIGH, roadmap.now());
    step(w.get("step.next"), Priority.MEDIUM, roadmap.next());
    step(w.get("step.later"), Priority.LOW, roadmap.later());
    html.close("div").newline();
    html.close("section").newline();
  }

  private void step(String step, Priority p, List<Finding> findings) {
    int n = findings.size();
    String priority = p.name().toLowerCase(java.util.Locale.ROOT);
    html.open("div", "class", "step " + priority).newline();
    html.element("h3", step).newline();
    html.element("p", w.get("html.stepCount", w.findings(n), w.get("step.priority." + p.name())))
        .newline();
    if (!findings.isEmpty()) {
      int shown = findings.size() > SHOWN_STEPS + 2 ? SHOWN_STEPS : findings.size();
      steps(findings.subList(0, shown), 1);
      if (shown < findings.size()) {
        int more = findings.size() - shown;
        html.open("details").newline();
        html.element("summary", w.get("html.more", more)).newline();
        steps(findings.subList(shown, findings.size()), shown + 1);
        html.close("details").newline();
      }
    }
    html.close("div").newline();
  }

  /**
   * How many findings a roadmap card lists before the rest fold away (on screen; a printed page
   * shows them all).
   */
  private static final int SHOWN_STEPS = 10;

  private void steps(List<Finding> findings, int start) {
    if (start == 1) {
      html.open("ol").newline();
    } else {
      html.open("ol", "start", Integer.toString(start)).newline();
    }
    for (Finding f : findings) {
      html.open("li")
          .element("a", f.checkId(), "href", "#" + anchor(f.checkId()))
          .text(" " + w.step(f) + ": " + Words.line(f.check().summary()))
          .close("li")
          .newline();
    }
    html.close("ol").newline();
  }

  static String anchor(String checkId) {
    return "finding-" + checkId;
  }

  private void findings(Assessment a) {
    html.open("section", "id", "findings").newline();
    html.element("h2", w.get("heading.findings")).newline();
    for (Finding f : a.findings()) {
      finding(a, f);
    }
    html.close("section").newline();
  }

  private void finding(Assessment a, Finding f) {
    html.open("article", "class", "finding", "id", anchor(f.checkId())).newline();
    html.open("h3")
        .element("span", f.rank() + ".", "class", "rank")
        .text(" " + f.checkId() + ": " + f.check().summary())
        .close("h3")
        .newline();
    String priority = f.priority().name().toLowerCase(java.util.Locale.ROOT);
    html.open("p")
        .element("span", w.status(f), "class", "tag")
        .element(
            "span",
            w.get("html.tag.priority", w.priority(f.priority())),
            "class",
            "tag " + priority)
        .element("span", w.get("html.tag.effort", w.effort(f.check().effort())), "class", "tag")
        .element("span", "Weight " + f.check().weight(), "class", "tag")
        .close("p")
        .newline();
    html.open("dl").newline();
    html.element("dt", w.get("html.whyHere")).element("dd", w.placement(f)).newline();
    html.element("dt", w.whyLabel(f)).element("dd", f.check().why()).newline();
    if (Words.namesUnknowns(f)) {
      html.element("dt", w.unknownsLabel(f)).open("dd").open("ul");
      boolean any = false;
      for (Evidence e : f.evidence()) {
        if (!e.isKnown()) {
          html.open("li")
              .text(e.question(w.language()) + " ")
              .element("code", e.pointer(), "class", "pointer");
          html.close("li");
          any = true;
        }
      }
      if (!any) {
        html.element("li", w.collect(f));
      }
      html.close("ul").close("dd").newline();
    }
    if (Words.showsActions(f)) {
      html.element("dt", w.actionsLabel(f)).open("dd").open("ul");
      for (String action : f.actions()) {
        html.element("li", action);
      }
      html.close("ul").close("dd").newline();
    }
    html.element("dt", w.get("evidence")).open("dd").open("ul", "class", "evidence");
    for (Evidence e : f.evidence()) {
      html.open("li")
          .text(e.question(w.language()) + " ")
          .element("span", w.answer(e.pointer(), e.value()), "class", "answer")
          .text(" ");
      e.impliedBy()
          .ifPresent(b -> html.element("span", "(" + w.impliedBy(b) + ") ", "class", "implied"));
      html.element("code", e.pointer(), "class", "pointer").close("li");
    }
    if (f.evidence().isEmpty()) {
      html.element("li", w.get("evidence.none"));
    }
    html.close("ul").close("dd").newline();
    if (!f.check().related().isEmpty()) {
      html.element("dt", w.get("related")).open("dd");
      List<String> related = f.check().related();
      for (int i = 0; i < related.size(); i++) {
        String id = related.get(i);
        Optional<Finding> other = a.finding(id);
        if (i > 0) {
          html.text(", ");
        }
        if (other.isPresent()) {
          html.element("a", id, "href", "#" + anchor(id)).text(" (" + w.status(other.get()) + ")");
        } else {
          html.text(id);
        }
      }
      html.close("dd").newline();
    }
    html.close("dl").newline();
    w.waiver(f).ifPresent(w -> html.element("p", w, "class", "waiver").newline());
    w.expiredWaiver(f).ifPresent(w -> html.element("p", w, "class", "waiver").newline());
    html.close("article").newline();
  }

  private void sources(Assessment a) {
    var p = a.profile();
    if (p.sources().isEmpty() && p.notes().isEmpty()) {
      return;
    }
    html.open("section", "id", "sources").newline();
    if (!p.sources().isEmpty()) {
      html.element("h2", w.get("heading.sources")).newline();
      html.open("ul").newline();
      for (Source s : p.sources()) {
        html.element("li", w.source(s)).newline();
      }
      html.close("ul").newline();
    }
    p.notes()
        .ifPresent(
            notes -> {
              html.element("h2", w.get("heading.notes")).newline();
              for (String line : Words.lines(notes)) {
                html.element("p", line).newline();
              }
            });
    html.close("section").newline();
  }

  private void progress(Progress p) {
    html.element("p", w.period(p)).newline();
    ScoreMove overall = p.scoreMoves().get("overall");
    if (overall != null) {
      html.element("p", w.overallMove(overall), "class", "overall").newline();
    }
    progressChart(p);
    changes("resolved", w.get("heading.resolved"), p.resolved());
    changes("new-gaps", w.get("heading.newGaps"), p.newGaps());
    changes("other-changes", w.get("heading.otherChanges"), p.otherChanges());
    html.open("section", "id", "score-moves").newline();
    html.element("h2", w.get("heading.scoreMoves")).newline();
    html.open("div", "class", "scroll").open("table").newline();
    html.open("thead").open("tr");
    header(
        w.get("column.scope"),
        w.get("column.before"),
        w.get("column.after"),
        w.get("column.delta"),
        w.get("column.coverageBefore"),
        w.get("column.coverageAfter"),
        w.get("column.rangeBefore"),
        w.get("column.rangeAfter"));
    html.close("tr").close("thead").newline().open("tbody").newline();
    p.scoreMoves()
        .forEach(
            (key, m) -> {
              List<String> row = w.moveRow(key, m);
              html.open("tr").element("td", row.get(0));
              for (String cell : row.subList(1, row.size())) {
                html.element("td", cell, "class", "num");
              }
              html.close("tr").newline();
            });
    html.close("tbody").close("table").close("div").newline();
    html.close("section").newline();
  }

  private void progressChart(Progress p) {
    Scores after = p.after().scores();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int r = 1; r <= 10; r++) {
      Score score = after.byRecommendation().get(r);
      ScoreMove move = p.scoreMoves().get("R" + r);
      if (score != null && move != null) {
        String name = "R" + r + " " + w.recommendation(p.after(), r);
        bars.add(new BarChart.Bar("R" + r + " " + w.shortName(r), name, score, move.before()));
      }
    }
    html.open("section", "id", "moves-chart").newline();
    html.element("h2", w.get("html.thenAndNow")).newline();
    html.open("figure").newline();
    BarChart.write(html, w, "chart-progress", w.get("html.chart.thenAndNow"), 200, bars);
    html.element("figcaption", w.get("html.chart.thenAndNowCaption")).newline();
    html.close("figure").newline();
    html.close("section").newline();
  }

  private void changes(String id, String title, List<StatusChange> changes) {
    html.open("section", "id", id).newline();
    html.element("h2", w.labelled(title, Integer.toString(changes.size()))).newline();
    if (changes.isEmpty()) {
      html.element("p", w.get("none")).newline();
    } else {
      html.open("div", "class", "scroll").open("table").newline();
      html.open("thead").open("tr");
      header(
          w.get("column.id"),
          w.get("column.change"),
          w.get("column.priorityNow"),
          w.get("column.practice"));
      html.close("tr").close("thead").newline().open("tbody").newline();
      for (StatusChange c : changes) {
        html.open("tr")
            .element("td", c.checkId())
            .element("td", w.change(c))
            .element("td", w.priority(c.priority()))
            .element("td", c.summary())
            .close("tr")
            .newline();
      }
      html.close("tbody").close("table").close("div").newline();
    }
    html.close("section").newline();
  }
}
