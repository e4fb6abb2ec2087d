package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.rules.Score;
import org.cityframework.rules.Scores;

/**
 * A group of findings that has a score: all of them, one recommendation, one element, one
 * innovation-capacity component or one data-governance layer.
 *
 * @param id the group's stable id: {@code overall}, {@code R1} to {@code R10}, or the element's,
 *     component's or layer's name in lower case with hyphens, for example {@code vision} or {@code
 *     innovation-strategy}
 * @param label the group's name in plain words, for example {@code Recommendation 3}
 */
public record ScoreGroup(String id, String label) {
  private static final List<ScoreGroup> ALL = all();

  /** Every group, in report order: overall, R1 to R10, elements, components, layers. */
  public static List<ScoreGroup> all() {
    if (ALL != null) {
      return ALL;
    }
    List<ScoreGroup> groups = new ArrayList<>();
    groups.add(new ScoreGroup("overall", "Overall"));
    for (int r = 1; r <= 10; r++) {
      groups.add(new ScoreGroup("R" + r, "Recommendation " + r));
    }
    for (Element e : Element.values()) {
      groups.add(new ScoreGroup(id(e), "Element: " + words(e)));
    }
    for (InnovationComponent c : InnovationComponent.values()) {
      groups.add(new ScoreGroup(id(c), "Component: " + words(c)));
    }
    for (GovernanceLayer l : GovernanceLayer.values()) {
      groups.add(new ScoreGroup(id(l), "Layer: " + words(l)));
    }
    return List.copyOf(groups);
  }

  /** The scores of an assessment, one per group of {@link #all()}, in that order. */
  static Score[] scores(Scores scores) {
    Score[] all = new Score[ALL.size()];
    int i = 0;
    all[i++] = scores.overall();
    for (int r = 1; r <= 10; r++) {
      all[i++] = scores.byRecommendation().get(r);
    }
    for (Element e : Element.values()) {
      all[i++] = scores.byElement().get(e);
    }
    for (InnovationComponent c : InnovationComponent.values()) {
      all[i++] = scores.byComponent().get(c);
    }
    for (GovernanceLayer l : GovernanceLayer.values()) {
      all[i++] = scores.byLayer().get(l);
    }
    return all;
  }

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String words(Enum<?> e) {
    String w = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
