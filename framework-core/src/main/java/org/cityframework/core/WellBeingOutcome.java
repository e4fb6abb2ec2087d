package org.cityframework.core;

/**
 * A resident well-being outcome that the report links with innovation capacity or data use (seed
 * L7): the outcomes an innovation strategy's goals should translate to (L95).
 */
public enum WellBeingOutcome {
  /** Safety: linked with innovation capacity. */
  SAFETY(true, false),

  /** Accessibility: linked with innovation capacity. */
  ACCESSIBILITY(true, false),

  /** Environmental quality: linked with innovation capacity. */
  ENVIRONMENTAL_QUALITY(true, false),

  /** Education: linked with data use. */
  EDUCATION(false, true),

  /** Health: linked with data use. */
  HEALTH(false, true),

  /** Affordability of housing: linked with data use. */
  HOUSING_AFFORDABILITY(false, true),

  /** City satisfaction: linked with both innovation capacity and data use. */
  CITY_SATISFACTION(true, true),

  /** Life satisfaction: linked with both innovation capacity and data use. */
  LIFE_SATISFACTION(true, true);

  private final boolean linkedToInnovation;
  private final boolean linkedToDataUse;

  WellBeingOutcome(boolean linkedToInnovation, boolean linkedToDataUse) {
    this.linkedToInnovation = linkedToInnovation;
    this.linkedToDataUse = linkedToDataUse;
  }

  /** Whether chapter 2 of the report correlates this outcome with innovation capacity. */
  public boolean isLinkedToInnovationCapacity() {
    return linkedToInnovation;
  }

  /** Whether chapter 3 of the report links this outcome with data use. */
  public boolean isLinkedToDataUse() {
    return linkedToDataUse;
  }
}
