package org.cityframework.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The city's innovation strategy: whether it is formal and public, its goals, scope, the roles of
 * staff, its expectations and the resistance it plans for (recommendation 3, seed L89-103; culture
 * L83; data competency L151; budget L127).
 *
 * <p>The report calls a formal strategy the linchpin of innovation capacity (L91). Every fact is
 * optional: an empty value means the profile does not say, never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractInnovationStrategy {

  /** Whether the city has adopted a formal innovation strategy (L91). */
  public abstract Optional<StrategyStatus> status();

  /** The strategy is publicly shared (L89). */
  public abstract Optional<Boolean> published();

  /** When the strategy was adopted. */
  public abstract Optional<LocalDate> adoptedOn();

  /**
   * Whether the strategy sets goals at all. {@code false} with an empty {@link #goals()} list says
   * "the strategy sets no goals"; an empty list alone says nothing.
   */
  public abstract Optional<Boolean> statesGoals();

  /** The strategy's goals (L95, L163). */
  public abstract List<Goal> goals();

  /** Holistic across sectors, or sector-based (L97). */
  public abstract Optional<StrategyScope> scope();

  /** Which parts of staff's role in implementation the strategy clarifies (L99). */
  public abstract Map<StaffRoleElement, Boolean> staffRoles();

  /** The strategy states realistic, concrete expectations and needs for funding (L101). */
  public abstract Optional<Boolean> fundingExpectations();

  /** The strategy states realistic, concrete expectations and needs for data use (L101). */
  public abstract Optional<Boolean> dataUseExpectations();

  /**
   * Whether the strategy identifies resistance to its implementation (L103). {@code false} with an
   * empty {@link #barriers()} list says "it identifies none".
   */
  public abstract Optional<Boolean> identifiesResistance();

  /** The sources of resistance the strategy identifies (L103). */
  public abstract List<Barrier> barriers();

  /**
   * The strategy enshrines the culture of innovation: training, risk-taking, silo-busting (L83).
   */
  public abstract Optional<Boolean> coversInnovationCulture();

  /**
   * Which concepts of the culture of innovation the strategy enshrines: training, calculated
   * risk-taking, silo-busting, co-creation (L83).
   */
  public abstract Map<CultureConcept, Boolean> cultureConcepts();

  /**
   * The strategy enshrines open data standards: the "first step" of a data-use culture (L151). Data
   * competency standards beyond open data are {@link #dataCompetencyStandards()}.
   */
  public abstract Optional<Boolean> openDataStandards();

  /** The strategy enshrines data competency standards beyond open data (L151). */
  public abstract Optional<Boolean> dataCompetencyStandards();

  /** The strategy enshrines a dedicated innovation budget (L127). */
  public abstract Optional<Boolean> setsInnovationBudget();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
