package org.cityframework.rules;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;

/**
 * The scores of an assessment, overall and per recommendation, element, component and layer.
 *
 * <p>An immutable value, safe to share between threads. The overall and per-recommendation scores
 * are made with it; each of the other three maps is made from the same tallies when first asked
 * for, then kept, so a caller that reads only some of them (a batch summary line, say) does not pay
 * for the rest. Which maps have been asked for never shows: two scores of equal findings are equal,
 * with equal hash codes and equal text.
 */
public final class Scores {
  private final Score overall;
  private final ImmutableMap<Integer, Score> byRecommendation;

  /** The running totals of every group, the other maps are made from; never changed. */
  private final ScoreCard.Tallies tallies;

  private volatile ImmutableMap<Element, Score> byElement;
  private volatile ImmutableMap<InnovationComponent, Score> byComponent;
  private volatile ImmutableMap<GovernanceLayer, Score> byLayer;

  Scores(Score overall, ImmutableMap<Integer, Score> byRecommendation, ScoreCard.Tallies tallies) {
    this.overall = overall;
    this.byRecommendation = byRecommendation;
    this.tallies = tallies;
  }

  /** The score over every finding. */
  public Score overall() {
    return overall;
  }

  /** The score per recommendation, 1 to 10. */
  public Map<Integer, Score> byRecommendation() {
    return byRecommendation;
  }

  /** The score per element: vision, capacity, engagement. */
  public Map<Element, Score> byElement() {
    ImmutableMap<Element, Score> m = byElement;
    if (m == null) {
      m = ScoreCard.byElement(tallies);
      byElement = m; // a race makes an equal map twice, never a different one
    }
    return m;
  }

  /** The score per innovation-capacity component (checks of recommendations 1 to 6). */
  public Map<InnovationComponent, Score> byComponent() {
    ImmutableMap<InnovationComponent, Score> m = byComponent;
    if (m == null) {
      m = ScoreCard.byComponent(tallies);
      byComponent = m;
    }
    return m;
  }

  /** The score per data-governance layer (checks of recommendations 7 to 10). */
  public Map<GovernanceLayer, Score> byLayer() {
    ImmutableMap<GovernanceLayer, Score> m = byLayer;
    if (m == null) {
      m = ScoreCard.byLayer(tallies);
      byLayer = m;
    }
    return m;
  }

  /** Equal when every score, overall and of every group, is equal. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Scores s
            && overall.equals(s.overall)
            && byRecommendation.equals(s.byRecommendation)
            && byElement().equals(s.byElement())
            && byComponent().equals(s.byComponent())
            && byLayer().equals(s.byLayer()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(overall, byRecommendation, byElement(), byComponent(), byLayer());
  }

  /** Every score, for example {@code Scores{overall=Score{...}, byRecommendation={1=...}, ...}}. */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Scores")
        .add("overall", overall)
        .add("byRecommendation", byRecommendation)
        .add("byElement", byElement())
        .add("byComponent", byComponent())
        .add("byLayer", byLayer())
        .toString();
  }
}
