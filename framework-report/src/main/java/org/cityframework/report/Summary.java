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
 * @param position the sentences on the city's overall position
 * @param actions the first three roadmap steps (fewer when the roadmap is shorter)
 */
record Summary(List<String> position, List<Action> actions) {
  /** English: this part of the reports is not translated yet (docs/french.md). */
  private static final Words ENGLISH = Words.of(Locale.ENGLISH);

  /** How many actions the summary names. */
  static final int ACTIONS = 3;

  /** The heading of the summary. */
  static final String TITLE = "Summary";

  /** The heading of the actions. */
  static final String ACTIONS_TITLE = "Three actions to take now";

  /**
   * One action to take now.
   *
   * @param what what to do, in plain words
   * @param serves the finding it serves
   */
  record Action(String what, Finding serves) {

    /** The check it serves, in words: "R7.4, citywide data stewardship ... (partly met)". */
    String check() {
      return serves.checkId()
          + ": "
          + Words.line(serves.check().summary())
          + " ("
          + ENGLISH.status(serves).toLowerCase(java.util.Locale.ROOT)
          + ")";
    }
  }

  Summary {
    position = List.copyOf(position);
    actions = List.copyOf(actions);
  }

  /** The summary of an assessment. */
  static Summary of(Assessment a) {
    List<String> position = new ArrayList<>();
    position.add(overall(a));
    position.add(counts(a));
    List<Action> actions = new ArrayList<>();
    for (Finding f : Roadmap.of(a).all()) {
      if (actions.size() == ACTIONS) {
        break;
      }
      actions.add(new Action(action(f), f));
    }
    return new Summary(position, actions);
  }

  /**
   * "Riverton scores 56.9 out of 100 (maturity Defined) on the 58.0% of the framework its known
   * facts cover; once every fact is known, the score will lie between 35.2 and 71.9."
   */
  private static String overall(Assessment a) {
    Score s = a.scores().overall();
    String city = Words.line(a.profile().name());
    String range = ENGLISH.range(s);
    String open =
        range.contains(" to ")
            ? "; once every fact is known, the score will lie between "
                + range.replace(" to ", " and ")
            : "";
    if (s.score().isEmpty()) {
      return city
          + " has no overall score yet: too few of the facts the checks need are known"
          + open
          + ".";
    }
    return city
        + " scores "
        + ENGLISH.score(s.score())
        + " out of 100 overall (maturity "
        + ENGLISH.maturity(s)
        + ") on the "
        + ENGLISH.coverage(s.coverage())
        + " of the framework its known facts cover"
        + open
        + ".";
  }

  /** "Of its 84 checks, 20 are met, 15 partly met and 25 not met; 24 are not assessed yet." */
  private static String counts(Assessment a) {
    Map<Status, Integer> n = new EnumMap<>(Status.class);
    int certainGaps = 0;
    for (Finding f : a.findings()) {
      n.merge(f.status(), 1, Integer::sum);
      if (f.status() == Status.NOT_ASSESSED && f.isCertainGap()) {
        certainGaps++;
      }
    }
    StringBuilder s = new StringBuilder("Of its ").append(a.findings().size()).append(" checks, ");
    s.append(n.getOrDefault(Status.MET, 0)).append(" are met, ");
    s.append(n.getOrDefault(Status.PARTLY_MET, 0)).append(" partly met and ");
    s.append(n.getOrDefault(Status.NOT_MET, 0)).append(" not met");
    int unknown = n.getOrDefault(Status.NOT_ASSESSED, 0);
    if (unknown > 0) {
      s.append("; ")
          .append(unknown)
          .append(unknown == 1 ? " is" : " are")
          .append(" not assessed for lack of facts");
      if (certainGaps > 0) {
        s.append(" (")
            .append(certainGaps)
            .append(" of them already a gap, whatever the missing facts say)");
      }
    }
    int none = n.getOrDefault(Status.NOT_APPLICABLE, 0);
    if (none > 0) {
      s.append("; ").append(none).append(none == 1 ? " does" : " do").append(" not apply");
    }
    return s.append('.').toString();
  }

  /**
   * What to do for a roadmap step: for a fact to collect, the question that collects the first
   * unknown fact; for a gap, the first action that fits the evidence.
   */
  private static String action(Finding f) {
    if (Words.isCollect(f) || f.actions().isEmpty()) {
      for (Evidence e : f.evidence()) {
        if (!e.isKnown()) {
          return "Find out: " + e.question();
        }
      }
      return "Review: " + Words.line(f.check().summary());
    }
    return Words.line(f.actions().get(0));
  }
}
