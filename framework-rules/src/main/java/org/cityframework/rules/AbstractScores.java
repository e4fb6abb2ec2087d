package org.cityframework.rules;

import java.util.Map;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.immutables.value.Value;

/** The scores of an assessment, overall and per recommendation, element, component and layer. */
@Value.Immutable
@RuleValue
abstract class AbstractScores {

  /** The score over every finding. */
  @Value.Parameter
  public abstract Score overall();

  /** The score per recommendation, 1 to 10. */
  @Value.Parameter
  public abstract Map<Integer, Score> byRecommendation();

  /** The score per element: vision, capacity, engagement. */
  @Value.Parameter
  public abstract Map<Element, Score> byElement();

  /** The score per innovation-capacity component (checks of recommendations 1 to 6). */
  @Value.Parameter
  public abstract Map<InnovationComponent, Score> byComponent();

  /** The score per data-governance layer (checks of recommendations 7 to 10). */
  @Value.Parameter
  public abstract Map<GovernanceLayer, Score> byLayer();
}
