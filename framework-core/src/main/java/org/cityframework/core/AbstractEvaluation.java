package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Evaluation of innovation outcomes: a system of evaluation, its methods, evaluation from
 * inception, and what happens to the insights (recommendation 6, seed L159-179).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractEvaluation {

  /** The city insists on a system of evaluation of innovation outcomes (L169). */
  public abstract Optional<Boolean> evaluationSystem();

  /** The city has taken an inventory of the data it already holds to measure outcomes (L167). */
  public abstract Optional<Boolean> dataInventoryTaken();

  /** Which evaluation methods the city uses (L165-169). */
  public abstract Map<EvaluationMethod, Boolean> methods();

  /** Percentage of innovation projects monitored and evaluated from their inception (L171). */
  public abstract OptionalInt projectsMonitoredFromInceptionPercent();

  /**
   * Evaluation informs decisions to continue or terminate projects before further investment
   * (L171).
   */
  public abstract Optional<Boolean> stopDecisionsUseEvaluation();

  /**
   * Channels convey insights from evaluators to those who implement and maintain innovation (L175).
   */
  public abstract Optional<Boolean> insightChannels();

  /** Innovation results, good and bad, are communicated to the public and funders (L177). */
  public abstract Optional<Boolean> resultsPublished();

  /**
   * How often innovation results are communicated to the public and funders (L177). {@code NEVER}
   * is the same as {@link #resultsPublished()} being {@code false}.
   */
  public abstract Optional<ReportingFrequency> resultsReportingFrequency();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.percentage(
        projectsMonitoredFromInceptionPercent(),
        "/projectsMonitoredFromInceptionPercent",
        "the share of projects monitored from inception");
    p.throwIfAny();
  }
}
