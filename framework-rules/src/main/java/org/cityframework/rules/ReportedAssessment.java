package org.cityframework.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An assessment as its document reports it (the JSON framework-json's {@code
 * DocumentFormat.writeAssessment} writes, {@code assess --format json}), read back for comparing:
 * the city, each finding's status, bounds and priority by check id, and each score with its range
 * by key. The json module reads it ({@code DocumentFormat.readAssessment}), leaving out what a
 * comparison does not need. {@link AssessmentComparison#of(ReportedAssessment, ReportedAssessment)}
 * compares two.
 *
 * <p>Documents of version 1.0 have no bounds: there a decided status is its own bounds, {@code
 * NOT_ASSESSED} leaves anything from {@code NOT_MET} to {@code MET}, and no score has a floor or a
 * ceiling. From version 1.1 on, every finding has its {@code worstCase} and {@code bestCase}.
 *
 * @param city the city assessed
 * @param findings the findings by check id, in rank order
 * @param scores the scores keyed "overall", "R1" to "R10", then element, component, layer names
 */
public record ReportedAssessment(
    AssessmentComparison.City city, Map<String, Entry> findings, Map<String, Score> scores) {

  /**
   * One finding.
   *
   * @param summary what the practice is
   * @param status what the check found
   * @param worstCase the worst status the unknown facts allow; the status when it is decided
   * @param bestCase the best status the unknown facts allow; the status when it is decided
   * @param priority how urgently it needs attention
   */
  public record Entry(
      String summary, Status status, Status worstCase, Status bestCase, Priority priority) {

    /** The statuses from the worst case to the best. */
    public Verdict verdict() {
      return Verdict.between(worstCase, bestCase);
    }
  }

  /**
   * One score.
   *
   * @param score from 0 to 100; empty when nothing was assessed
   * @param coverage the share of weight assessed, from 0 to 100
   * @param floor the lowest score once every unknown fact is known; empty when nothing of the group
   *     can be in scope, or the document does not say (version 1.0)
   * @param ceiling the highest score once every unknown fact is known; empty with the floor
   */
  public record Score(
      OptionalDouble score, double coverage, OptionalDouble floor, OptionalDouble ceiling) {}

  /** Keeps the maps as given, unmodifiable. */
  public ReportedAssessment {
    findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }
}
