package org.cityframework.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What changed between two assessments of the same city: two survey waves, or a profile before and
 * after a what-if. Lists every check whose status changed (resolved gaps, new gaps, other changes)
 * and how each score moved.
 *
 * <pre>{@code
 * Progress p = Progress.between(Assessor.standard().assess(wave2018), assessor.assess(wave2020));
 * p.resolved();   // gaps now met
 * p.newGaps();    // practices that became gaps
 * p.scoreMoves(); // "overall", "R1".."R10", elements, components, layers
 * }</pre>
 */
@Value.Immutable
@RuleValue
abstract class AbstractProgress {

  /** The earlier assessment. */
  public abstract Assessment before();

  /** The later assessment. */
  public abstract Assessment after();

  /** Every check whose status changed, in the later assessment's rank order, then removed ones. */
  public abstract List<StatusChange> changes();

  /** How each score moved, keyed "overall", "R1" to "R10", then element, component, layer names. */
  public abstract Map<String, ScoreMove> scoreMoves();

  /** Gaps (not met or partly met) that are now met or not applicable. */
  public List<StatusChange> resolved() {
    return changes().stream().filter(StatusChange::isResolved).toList();
  }

  /** Practices that are gaps now but were not before (met, unknown, or not assessed before). */
  public List<StatusChange> newGaps() {
    return changes().stream().filter(StatusChange::isNewGap).toList();
  }

  /** Every other change of status: a gap that narrowed or widened, an unknown now known, ... */
  public List<StatusChange> otherChanges() {
    return changes().stream().filter(c -> !c.isResolved() && !c.isNewGap()).toList();
  }

  /** Compares two assessments; checks present in only one of them count as changes too. */
  public static Progress between(Assessment before, Assessment after) {
    List<StatusChange> changes = new ArrayList<>();
    for (Finding now : after.findings()) {
      Optional<Finding> was = before.finding(now.checkId());
      Optional<Status> from = was.map(Finding::status);
      if (from.isEmpty() || from.get() != now.status()) {
        changes.add(
            StatusChange.of(
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
            StatusChange.of(
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
    return Progress.builder()
        .before(before)
        .after(after)
        .changes(changes)
        .scoreMoves(moves)
        .build();
  }

  /**
   * One check whose status changed.
   *
   * @param checkId the check's id
   * @param summary what the practice is
   * @param from the earlier status, empty when the check was not part of the earlier assessment
   * @param to the later status, empty when the check is not part of the later assessment
   * @param priority the finding's priority in the later assessment
   */
  public record StatusChange(
      String checkId,
      String summary,
      Optional<Status> from,
      Optional<Status> to,
      Priority priority) {

    static StatusChange of(
        String id, String summary, Optional<Status> from, Optional<Status> to, Priority priority) {
      return new StatusChange(id, summary, from, to, priority);
    }

    /** A gap before that is met or not applicable now. */
    public boolean isResolved() {
      return from.map(Status::isGap).orElse(false)
          && to.map(s -> s == Status.MET || s == Status.NOT_APPLICABLE).orElse(false);
    }

    /** A gap now that was not a gap before. */
    public boolean isNewGap() {
      return to.map(Status::isGap).orElse(false) && !from.map(Status::isGap).orElse(false);
    }
  }

  /**
   * How one score moved.
   *
   * @param before the earlier score, empty when nothing was assessed
   * @param after the later score, empty when nothing is assessed
   * @param coverageBefore the earlier coverage
   * @param coverageAfter the later coverage
   */
  public record ScoreMove(
      OptionalDouble before, OptionalDouble after, double coverageBefore, double coverageAfter) {

    static ScoreMove of(Score before, Score after) {
      return new ScoreMove(before.score(), after.score(), before.coverage(), after.coverage());
    }

    /** The change in points, when both scores exist, rounded to one decimal. */
    public OptionalDouble delta() {
      if (before.isEmpty() || after.isEmpty()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
    }
  }
}
