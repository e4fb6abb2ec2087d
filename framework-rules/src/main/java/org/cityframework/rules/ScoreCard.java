package org.cityframework.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;

/** Computes the {@link Scores} of a set of findings, by the formula documented on {@link Score}. */
final class ScoreCard {
  private ScoreCard() {}

  static Scores of(List<Finding> findings) {
    Map<Integer, Score> byRecommendation = new TreeMap<>();
    for (int r = 1; r <= 10; r++) {
      int rec = r;
      byRecommendation.put(r, score(findings, f -> f.check().recommendation() == rec));
    }
    return Scores.builder()
        .overall(score(findings, f -> true))
        .byRecommendation(byRecommendation)
        .byElement(group(findings, Element.class, f -> Optional.of(f.check().element())))
        .byComponent(group(findings, InnovationComponent.class, f -> f.check().component()))
        .byLayer(group(findings, GovernanceLayer.class, f -> f.check().layer()))
        .build();
  }

  private static <E extends Enum<E>> Map<E, Score> group(
      List<Finding> findings, Class<E> type, Function<Finding, Optional<E>> key) {
    Map<E, Score> scores = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      scores.put(e, score(findings, f -> key.apply(f).equals(Optional.of(e))));
    }
    return scores;
  }

  static Score score(List<Finding> findings, Predicate<Finding> inGroup) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    long halfPoints = 0;
    long assessedWeight = 0;
    long scopeWeight = 0;
    for (Finding f : findings) {
      if (!inGroup.test(f)) {
        continue;
      }
      counts.merge(f.status(), 1, Integer::sum);
      if (f.isWaived() || f.status() == Status.NOT_APPLICABLE) {
        continue;
      }
      int w = f.check().weight();
      scopeWeight += w;
      if (f.status().isAssessed()) {
        assessedWeight += w;
        halfPoints += (long) w * credit(f.status());
      }
    }
    Score.Builder score = Score.builder().counts(counts);
    score.coverage(scopeWeight == 0 ? 0 : percent(assessedWeight, scopeWeight));
    if (assessedWeight > 0) {
      double value = percent(halfPoints, 2 * assessedWeight);
      score.score(value);
      if (2 * assessedWeight >= scopeWeight) {
        score.maturity(Maturity.of(value));
      }
    }
    return score.build();
  }

  /** Credit in half points: met 2, partly met 1, not met 0. */
  private static int credit(Status s) {
    return switch (s) {
      case MET -> 2;
      case PARTLY_MET -> 1;
      default -> 0;
    };
  }

  private static double percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
