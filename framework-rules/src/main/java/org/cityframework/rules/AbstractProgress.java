package org.cityframework.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Every check whose verdict changed (its status, or the bounds of a finding still not assessed),
   * in the later assessment's rank order, then removed ones.
   */
  public abstract List<StatusChange> changes();

  /** How each score moved, keyed "overall", "R1" to "R10", then element, component, layer names. */
  public abstract Map<String, ScoreMove> scoreMoves();

  /** Certain gaps (not met or partly met, decided or not) that are now met or not applicable. */
  public List<StatusChange> resolved() {
    return changes().stream().filter(StatusChange::isResolved).toList();
  }

  /** Practices that are certain gaps now but were not before (met, or possibly met before). */
  public List<StatusChange> newGaps() {
    return changes().stream().filter(StatusChange::isNewGap).toList();
  }

  /** Every other change of status: a gap that narrowed or widened, an unknown now known, ... */
  public List<StatusChange> otherChanges() {
    return changes().stream().filter(c -> !c.isResolved() && !c.isNewGap()).toList();
  }

  /** Whether the status or a bound moved: a range with the same two ends reads the same. */
  private static boolean moved(Verdict was, Verdict now) {
    return was.status() != now.status()
        || was.worstCase() != now.worstCase()
        || was.bestCase() != now.bestCase();
  }

  /**
   * This progress with the words of its checks in the language of {@code locale}: the progress
   * between the two assessments {@link Assessment#inLanguage in that language}.
   */
  public Progress inLanguage(Locale locale) {
    Assessment before = before().inLanguage(locale);
    Assessment after = after().inLanguage(locale);
    return before == before() && after == after() ? (Progress) this : between(before, after);
  }

  /** Compares two assessments; checks present in only one of them count as changes too. */
  public static Progress between(Assessment before, Assessment after) {
    List<StatusChange> changes = new ArrayList<>();
    for (Finding now : after.findings()) {
      Optional<Finding> was = before.finding(now.checkId());
      Optional<Verdict> from = was.map(Finding::verdict);
      if (from.isEmpty() || moved(from.get(), now.verdict())) {
        changes.add(
            StatusChange.of(
                now.checkId(),
                now.check().summary(),
                from,
                Optional.of(now.verdict()),
                now.priority()));
      }
    }
    for (Finding was : before.findings()) {
      if (after.finding(was.checkId()).isEmpty()) {
        changes.add(
            StatusChange.of(
                was.checkId(),
                was.check().summary(),
                Optional.of(was.verdict()),
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
}
