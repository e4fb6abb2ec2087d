package org.cityframework.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Score;
import org.cityframework.rules.Scores;
import org.cityframework.rules.Status;

/**
 * The changes and score moves of a {@link Progress}, read from its two assessments.
 *
 * <p>{@code Changes.StatusChange} and {@code Changes.ScoreMove} are declared inside the rules
 * module's package-private {@code AbstractProgress}, so code outside that package cannot use them.
 * Until they move to types of their own, this class computes the same values by the same rule as
 * {@code Progress.between}; a test checks that both agree, element by element.
 *
 * @param changes every check whose status changed, in the later rank order, then removed checks
 * @param moves how each score moved: "overall", "R1" to "R10", elements, components, layers
 */
record Changes(List<StatusChange> changes, Map<String, ScoreMove> moves) {

  static Changes of(Progress p) {
    Assessment before = p.before();
    Assessment after = p.after();
    List<StatusChange> changes = new ArrayList<>();
    for (Finding now : after.findings()) {
      Optional<Status> from = before.finding(now.checkId()).map(Finding::status);
      if (from.isEmpty() || from.get() != now.status()) {
        changes.add(
            new StatusChange(
                now.checkId(),
                now.check().summary(),
                from,
                Optional.of(now.status()),
                now.priority()));
      }
    }
    for (Finding was : before.findings()) {
      if (after.finding(was.checkId()).isEmpty()) {
        changes.add(
            new StatusChange(
                was.checkId(),
                was.check().summary(),
                Optional.of(was.status()),
                Optional.empty(),
                Priority.NONE));
      }
    }
    Map<String, ScoreMove> moves = new LinkedHashMap<>();
    Scores b = before.scores();
    Scores a = after.scores();
    moves.put("overall", ScoreMove.of(b.overall(), a.overall()));
    a.byRecommendation()
        .forEach((r, s) -> moves.put("R" + r, ScoreMove.of(b.byRecommendation().get(r), s)));
    a.byElement().forEach((k, s) -> moves.put(k.name(), ScoreMove.of(b.byElement().get(k), s)));
    a.byComponent().forEach((k, s) -> moves.put(k.name(), ScoreMove.of(b.byComponent().get(k), s)));
    a.byLayer().forEach((k, s) -> moves.put(k.name(), ScoreMove.of(b.byLayer().get(k), s)));
    return new Changes(List.copyOf(changes), moves);
  }

  /** Gaps now met or not applicable. */
  List<StatusChange> resolved() {
    return changes.stream().filter(StatusChange::isResolved).toList();
  }

  /** Gaps now that were not gaps before. */
  List<StatusChange> newGaps() {
    return changes.stream().filter(StatusChange::isNewGap).toList();
  }

  /** Every other change. */
  List<StatusChange> otherChanges() {
    return changes.stream().filter(c -> !c.isResolved() && !c.isNewGap()).toList();
  }

  /** One check whose status changed, as {@code Changes.StatusChange}. */
  record StatusChange(
      String checkId,
      String summary,
      Optional<Status> from,
      Optional<Status> to,
      Priority priority) {

    boolean isResolved() {
      return from.map(Status::isGap).orElse(false)
          && to.map(s -> s == Status.MET || s == Status.NOT_APPLICABLE).orElse(false);
    }

    boolean isNewGap() {
      return to.map(Status::isGap).orElse(false) && !from.map(Status::isGap).orElse(false);
    }
  }

  /** How one score moved, as {@code Changes.ScoreMove}; a missing earlier group counts as empty. */
  record ScoreMove(
      OptionalDouble before, OptionalDouble after, double coverageBefore, double coverageAfter) {

    static ScoreMove of(Score before, Score after) {
      return new ScoreMove(before.score(), after.score(), before.coverage(), after.coverage());
    }

    OptionalDouble delta() {
      if (before.isEmpty() || after.isEmpty()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
    }
  }
}
