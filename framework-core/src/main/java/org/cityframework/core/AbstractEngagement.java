package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Engagement and co-creation: the tools the city uses with residents and staff, the role residents
 * play, feedback loops into budget and policy, and what partnerships provide (recommendations 1 and
 * 2, seed L43-47, L63-87; partnerships L73, L137, L237-243).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractEngagement {

  /** Which co-creation and innovation tools the city uses (L47, L69). */
  public abstract Map<InnovationTool, Boolean> innovationTools();

  /**
   * The city invests in co-creation with residents: a budget or staff time is set aside for it
   * (L47: "investing in and prioritising co-creation approaches").
   */
  public abstract Optional<Boolean> coCreationFunded();

  /** The role residents play in innovation: end-users or partners (L63). */
  public abstract Optional<ResidentRole> residentRole();

  /**
   * Human-centred design engages stakeholders in co-creating programmes, services and policies
   * (L71).
   */
  public abstract Optional<Boolean> humanCentredServiceDesign();

  /**
   * What human-centred design engages stakeholders in co-creating: programmes, services, policies
   * (L71).
   */
  public abstract Map<CoCreatedOutput, Boolean> coCreatedOutputs();

  /** Through which channels stakeholders co-create with the city (L71, L85). */
  public abstract Map<CoCreationChannel, Boolean> coCreationChannels();

  /**
   * The city gleans feedback on innovation from residents, through surveys, apps and the like
   * (L87).
   */
  public abstract Optional<Boolean> residentFeedbackCollected();

  /** Resident feedback must be incorporated into budget decisions (L87). */
  public abstract Optional<Boolean> feedbackInBudgetDecisions();

  /** Resident feedback must be incorporated into policy decisions (L87). */
  public abstract Optional<Boolean> feedbackInPolicyDecisions();

  /** What the city's partnerships with external organisations provide (L73, L137, L241). */
  public abstract Map<PartnershipPurpose, Boolean> partnerships();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
