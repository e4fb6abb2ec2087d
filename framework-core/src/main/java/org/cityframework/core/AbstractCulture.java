package org.cityframework.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The culture of innovation across the administration: reach, incentives for calculated risk and
 * silo-busting (recommendations 1 and 2, seed L51-53, L57-81).
 *
 * <p>Every fact is optional: an empty value means the profile does not say, never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractCulture {

  /**
   * How far innovation is part of everyday work across agencies, rather than confined to an
   * innovation team (L53, L61).
   */
  public abstract Optional<Coverage> innovationReach();

  /** Rank-and-file staff are incentivised to take risks and experiment (L51, L79). */
  public abstract Optional<Boolean> staffRiskTakingIncentives();

  /** Staff are incentivised to collaborate across agencies (L51). */
  public abstract Optional<Boolean> crossAgencyCollaborationIncentives();

  /** Innovation leadership spearheads calculated risk-taking (L79). */
  public abstract Optional<Boolean> leadershipChampionsRiskTaking();

  /** Agencies collaborate across silos, for example by sharing data or documents (L81). */
  public abstract Optional<Boolean> interAgencyCollaboration();

  /** Cross-agency performance reviews centre on cross-cutting themes rather than sectors (L81). */
  public abstract Optional<Boolean> crossCuttingPerformanceReviews();

  /**
   * The percentage of staff interested in co-creative methods such as innovation labs and
   * human-centred design (L43: roughly 75% across surveyed cities). Context for the reader, not a
   * practice: no check decides from it.
   */
  public abstract OptionalInt staffInterestedInCoCreationPercent();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.percentage(
        staffInterestedInCoCreationPercent(),
        "/staffInterestedInCoCreationPercent",
        "the share of staff interested in co-creative methods");
    p.throwIfAny();
  }
}
