package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.InnovationComponent.INNOVATION_STAFF_AND_ORGANISATION;

import java.util.Optional;
import org.cityframework.core.Coverage;
import org.cityframework.core.EmbeddingPractice;
import org.cityframework.core.ReportingLine;

/**
 * Recommendation 4: invest in dedicated innovation staff that reports to senior leadership (L105).
 */
final class Recommendation4 {
  private Recommendation4() {}

  static void declare(Checklist list) {
    list.check("R4.0")
        .seedLines(105, 107)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R1.2")
        .prerequisites("R3.0")
        .decidedBy(Recommendation4::dedicatedTeamReportingToLeaders);
    list.check("R4.1")
        .seedLines(111)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.LOW)
        .weight(2)
        .related("R2.1", "R3.3")
        .prerequisites("R3.0")
        .decidedBy(Recommendation4::prioritySkillsForHires);
    list.check("R4.2")
        .seedLines(113)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.4", "R1.7", "R2.5", "R3.3")
        .decidedBy(Recommendation4::innovationInTrainingOrReviews);
    list.check("R4.3")
        .seedLines(115)
        .element(ENGAGEMENT)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .prerequisites("R4.0")
        .decidedBy(Recommendation4::teamEmbeddedInAdministration);
    list.check("R4.4")
        .seedLines(117)
        .element(ENGAGEMENT)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.LOW)
        .weight(1)
        .decidedBy(Recommendation4::feedbackLoopsForStaff);
    list.check("R4.5")
        .seedLines(119)
        .element(CAPACITY)
        .component(INNOVATION_STAFF_AND_ORGANISATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R5.0")
        .prerequisites("R4.0")
        .decidedBy(Recommendation4::stableTeamResources);
  }

  /** Whether the profile says the city has no dedicated innovation team. */
  static boolean noTeam(Facts f) {
    return f.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam())
        .equals(Optional.of(false));
  }

  /**
   * Whether a reporting line reaches senior leadership (L105): the mayor, a deputy mayor or the
   * chief administrative officer is met, any other line is not met, an unknown line is not
   * assessed.
   */
  static Verdict reportsToSeniorLeadership(Optional<ReportingLine> line) {
    return Criteria.graded(
        line, ReportingLine.values(), l -> l.isSeniorLeadership() ? Status.MET : Status.NOT_MET);
  }

  static Verdict dedicatedTeamReportingToLeaders(Facts f) {
    if (noTeam(f)) {
      return Verdict.NOT_MET;
    }
    Optional<ReportingLine> line = f.read("/staff/reportsTo", p -> p.staff().reportsTo());
    // A reporting line is only valid for a team that exists, so it implies one.
    Optional<Boolean> team =
        Criteria.orImplied(
            f.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam()), line.isPresent());
    return Criteria.combine(Criteria.fact(team), reportsToSeniorLeadership(line));
  }

  static Verdict prioritySkillsForHires(Facts f) {
    return Criteria.reach(
        f.read("/staff/prioritySkillsForHires", p -> p.staff().prioritySkillsForHires()));
  }

  static Verdict innovationInTrainingOrReviews(Facts f) {
    Verdict training =
        Criteria.graded(
            f.read("/staff/innovationTraining", p -> p.staff().innovationTraining()),
            Coverage.values(),
            Recommendation4::training);
    Verdict reviews =
        Criteria.fact(
            f.read(
                "/staff/staffReviewsIncludeInnovation",
                p -> p.staff().staffReviewsIncludeInnovation()));
    return Criteria.eitherOf(training, reviews);
  }

  /** Training for every agency is met, for none not met, for anyone in between partly met. */
  private static Status training(Coverage coverage) {
    return switch (coverage) {
      case ALL_AGENCIES -> Status.MET;
      case MOST_AGENCIES, SOME_AGENCIES, INNOVATION_TEAM_ONLY -> Status.PARTLY_MET;
      case NONE -> Status.NOT_MET;
    };
  }

  static Verdict teamEmbeddedInAdministration(Facts f) {
    if (noTeam(f)) {
      return Verdict.NOT_MET;
    }
    return Criteria.atLeast(
        2,
        1,
        f.entries(
            "/staff/embeddingPractices",
            p -> p.staff().embeddingPractices(),
            EmbeddingPractice.values()));
  }

  static Verdict feedbackLoopsForStaff(Facts f) {
    return Criteria.fact(f.read("/staff/staffFeedbackLoops", p -> p.staff().staffFeedbackLoops()));
  }

  static Verdict stableTeamResources(Facts f) {
    if (noTeam(f)) {
      return Verdict.NOT_MET;
    }
    return Criteria.fact(
        f.read("/staff/stableTeamResources", p -> p.staff().stableTeamResources()));
  }
}
