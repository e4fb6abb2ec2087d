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
        .prerequisites("R4.0", "R5.0")
        .decidedBy(Recommendation4::stableTeamResources);
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

  /**
   * A dedicated team (L105) that reports to senior leadership. A stated reporting line implies the
   * team exists (Implications).
   */
  static Verdict dedicatedTeamReportingToLeaders(Facts f) {
    Optional<Boolean> team = f.read("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam());
    return Criteria.requires(
        team,
        () ->
            Criteria.combine(
                Criteria.fact(team),
                reportsToSeniorLeadership(f.read("/staff/reportsTo", p -> p.staff().reportsTo()))));
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

  /**
   * The team is embedded through joint agency meetings and reviews, staff swaps and collaborative
   * projects (L115): all four is met, some is partly met, none is not met. Ours: the chapter lists
   * the ways with "etc." and gives no number; a team using only some of them is embedded only
   * partly. A city with no team embeds nothing (Implications).
   */
  static Verdict teamEmbeddedInAdministration(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/staff/embeddingPractices",
            p -> p.staff().embeddingPractices(),
            EmbeddingPractice.values()));
  }

  /**
   * Feedback loops for lower-level staff (L117), judged by how far they reach: every agency is met,
   * some or most partly met, the innovation team alone or nowhere not met. A city said to have no
   * loops is not met; loops said to exist reach someone (Implications).
   */
  static Verdict feedbackLoopsForStaff(Facts f) {
    return Criteria.requires(
        f.read("/staff/staffFeedbackLoops", p -> p.staff().staffFeedbackLoops()),
        () ->
            Criteria.reach(
                f.read("/staff/staffFeedbackReach", p -> p.staff().staffFeedbackReach())));
  }

  /**
   * Funding and resources that stabilise the team's work (L119), committed for the years results
   * take to emerge: {@link Recommendation5#LONG_TERM_YEARS} or more is met, fewer partly met. A
   * city with no team resources none (Implications).
   */
  static Verdict stableTeamResources(Facts f) {
    return Criteria.combine(
        Criteria.fact(f.read("/staff/stableTeamResources", p -> p.staff().stableTeamResources())),
        Criteria.atLeast(
            f.readInt(
                "/staff/teamResourcesCommittedYears", p -> p.staff().teamResourcesCommittedYears()),
            Recommendation5.LONG_TERM_YEARS,
            1,
            0,
            50));
  }
}
