package org.cityframework.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Innovation staff and organisation: the dedicated team, its reporting line and embedding, and the
 * hiring, training and review practices for all staff (recommendation 4, seed L105-119; also L37,
 * L39, L49, L67, L73, L75).
 *
 * <p>Every fact is optional: an empty value means the profile does not say, never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractInnovationStaff {

  /** The city has dedicated innovation staff (L105). */
  public abstract Optional<Boolean> dedicatedTeam();

  /** Full-time equivalent size of the dedicated innovation team. */
  public abstract OptionalInt teamSize();

  /** When the innovation team was established (L107: its age correlates with evaluation). */
  public abstract Optional<LocalDate> teamEstablishedOn();

  /** Whom the innovation team reports to (L105). */
  public abstract Optional<ReportingLine> reportsTo();

  /** How far priority skills and backgrounds for future hires are clarified (L111). */
  public abstract Optional<Coverage> prioritySkillsForHires();

  /** How far staff receive innovation training (L75, L113). */
  public abstract Optional<Coverage> innovationTraining();

  /** Staff performance reviews include innovation (L39, L49, L113). */
  public abstract Optional<Boolean> staffReviewsIncludeInnovation();

  /** Agency reviews include an innovation component (L39). */
  public abstract Optional<Boolean> agencyReviewsIncludeInnovation();

  /**
   * Hiring of all new staff, not only innovation staff, considers innovation competency (L49, L75).
   */
  public abstract Optional<Boolean> hiringAssessesInnovation();

  /** Hiring of agency heads and managers considers comfort with innovation and risk (L37). */
  public abstract Optional<Boolean> managersHiredForInnovation();

  /** Agency heads and managers are trained in innovative thinking and experimentation (L37). */
  public abstract Optional<Boolean> managersTrainedInInnovation();

  /** Number of staff hired with a background in human-centred design (L67). */
  public abstract OptionalInt humanCentredDesignStaff();

  /** The city has identified weaknesses in its innovation capacity (L73). */
  public abstract Optional<Boolean> capacityGapsAssessed();

  /** Practices that embed innovation staff in the administration (L115). */
  public abstract Map<EmbeddingPractice, Boolean> embeddingPractices();

  /** Lower-level staff have feedback loops, such as surveys and trainings (L117). */
  public abstract Optional<Boolean> staffFeedbackLoops();

  /**
   * How far feedback loops for lower-level staff reach across the administration (L117); {@code
   * NONE} when there are none.
   */
  public abstract Optional<Coverage> staffFeedbackReach();

  /** The innovation team has stable funding and resources to sustain its work (L119). */
  public abstract Optional<Boolean> stableTeamResources();

  /**
   * For how many years ahead the innovation team's funding and resources are committed (L119:
   * results "might take time to emerge").
   */
  public abstract OptionalInt teamResourcesCommittedYears();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.notNegative(teamSize(), "/teamSize", "the team size");
    p.notNegative(humanCentredDesignStaff(), "/humanCentredDesignStaff", "the number of staff");
    OptionalInt committed = teamResourcesCommittedYears();
    if (committed.isPresent() && (committed.getAsInt() < 0 || committed.getAsInt() > 50)) {
      p.add(
          "/teamResourcesCommittedYears",
          "the years the team's resources are committed ahead is a number from 0 to 50 (found "
              + committed.getAsInt()
              + ")");
    }
    p.throwIfAny();
  }
}
