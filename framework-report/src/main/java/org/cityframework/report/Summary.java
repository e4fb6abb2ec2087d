package org.cityframework.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;

/**
 * The executive summary that opens a report for a mayor: where the city stands, in one or two plain
 * sentences, and the three actions to take now. No JSON Pointer and no enum constant appears in it:
 * an action is a catalogue action in words, or for a fact to collect, the question that collects
 * it.
 *
 * @param title the heading of the summary: "Summary"
 * @param actionsTitle the heading of the actions: "Three actions to take now"
 * @param position the sentences on the city's overall position
 * @param actions the first three roadmap steps (fewer when the roadmap is shorter)
 */
record Summary(String title, String actionsTitle, List<String> position, List<Action> actions) {
  /** How many actions the summary names. */
  static final int ACTIONS = 3;

  /**
   * One action to take now.
   *
   * @param what what to do, in plain words
   * @param check the check it serves, in words: "R7.4: Citywide data stewardship ... (partly met)"
   * @param serves the finding it serves
   */
  record Action(String what, String check, Finding serves) {}

  Summary {
    position = List.copyOf(position);
    actions = List.copyOf(actions);
  }

  /** The summary of an assessment, in English. */
  static Summary of(Assessment a) {
    return of(a, Words.of(Locale.ENGLISH));
  }

  /** The summary of an assessment, in the language of {@code w}. */
  static Summary of(Assessment a, Words w) {
    List<String> position = new ArrayList<>();
    position.add(overall(a, w));
    position.add(counts(a, w));
    List<Action> actions = new ArrayList<>();
    for (Finding f : Roadmap.of(a).all()) {
      if (actions.size() == ACTIONS) {
        break;
      }
      actions.add(new Action(action(f, w), check(f, w), f));
    }
    return new Summary(w.get("summary.title"), w.get("summary.actionsTitle"), position, actions);
  }

  /** The check a finding is, in words: "R7.4: Citywide data stewardship ... (partly met)". */
  private static String check(Finding f, Words w) {
    return w.labelled(Words.line(f.checkId()), Words.line(f.check().summary()))
        + " ("
        + w.status(f).toLowerCase(w.language())
        + ")";
  }

  /**
   * "Riverton scores 56.9 out of 100 overall (maturity Defined) on the 58.0% of the framework its
   * known facts cover; once every fact is known, the score will lie between 35.2 and 71.9."
   */
  private static String overall(Assessment a, Words w) {
    Score s = a.scores().overall();
    String city = Words.line(a.profile().name());
    String open =
        w.isOpen(s)
            ? w.semicolon()
                + w.get(
                    "summary.open",
                    w.number(s.floor().getAsDouble()),
                    w.number(s.ceiling().getAsDouble()))
            : "";
    if (s.score().isEmpty()) {
      return w.get("summary.noScore", city, open);
    }
    return w.get(
        "summary.scores", city, w.score(s.score()), w.maturity(s), w.coverage(s.coverage()), open);
  }

  /** "Of its 84 checks, 20 are met, 15 partly met and 25 not met; 24 are not assessed yet." */
  private static String counts(Assessment a, Words w) {
    Map<Status, Integer> n = new EnumMap<>(Status.class);
    int certainGaps = 0;
    for (Finding f : a.findings()) {
      n.merge(f.status(), 1, Integer::sum);
      if (f.status() == Status.NOT_ASSESSED && f.isCertainGap()) {
        certainGaps++;
      }
    }
    StringBuilder s =
        new StringBuilder(
            w.get(
                "summary.counts",
                a.findings().size(),
                n.getOrDefault(Status.MET, 0),
                n.getOrDefault(Status.PARTLY_MET, 0),
                n.getOrDefault(Status.NOT_MET, 0)));
    int unknown = n.getOrDefault(Status.NOT_ASSESSED, 0);
    if (unknown > 0) {
      s.append(w.semicolon())
          .append(w.get(unknown == 1 ? "summary.unknown.one" : "summary.unknown.many", unknown));
      if (certainGaps > 0) {
        s.append(' ').append(w.get("summary.certainGaps", certainGaps));
      }
    }
    int none = n.getOrDefault(Status.NOT_APPLICABLE, 0);
    if (none > 0) {
      s.append(w.semicolon())
          .append(w.get(none == 1 ? "summary.none.one" : "summary.none.many", none));
    }
    return s.append('.').toString();
  }

  /**
   * What to do for a roadmap step: for a fact to collect, the question that collects the first
   * unknown fact; for a gap, the first action that fits the evidence.
   */
  private static String action(Finding f, Words w) {
    if (Words.isCollect(f) || f.actions().isEmpty()) {
      for (Evidence e : f.evidence()) {
        if (!e.isKnown()) {
          return w.labelled(w.get("summary.findOut"), e.question(w.language()));
        }
      }
      return w.labelled(w.get("summary.review"), Words.line(f.check().summary()));
    }
    return Words.line(f.actions().get(0));
  }
}
