package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The city's data strategy and its tactical implementation: skills along the data value cycle,
 * literacy, openness, sharing, the community of data users and trusted partners (recommendations 7
 * and 8, seed L183, L197-243).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractDataStrategy {

  /** Whether the city has adopted a formal data strategy (L183). */
  public abstract Optional<StrategyStatus> status();

  /** How far the data strategy is implemented across agencies (L199). */
  public abstract Optional<Coverage> implementation();

  /** Which data skills the city builds among its staff (L203). */
  public abstract Map<DataSkill, Boolean> skills();

  /** Employees whose duties involve data management and analysis are identified (L205). */
  public abstract Optional<Boolean> dataStaffIdentified();

  /** A central resource upskills the staff who work with data (L205). */
  public abstract Optional<Boolean> centralUpskillingResource();

  /**
   * Data skills gaps are identified in specific programmes strategic to policy objectives (L207).
   */
  public abstract Optional<Boolean> skillGapsIdentified();

  /** How far non-specialist employees are equipped with basic data literacy (L209). */
  public abstract Optional<Coverage> dataLiteracyForNonSpecialists();

  /** Data projects start from a policy problem: data is the tool, not the solution (L211). */
  public abstract Optional<Boolean> projectsStartFromPolicyProblem();

  /**
   * Data management and analytics approaches are quality-reviewed before their insights are used
   * (L211).
   */
  public abstract Optional<Boolean> analyticsQualityReviewed();

  /** City data is published to a central, public, online location (L215). */
  public abstract Optional<Boolean> openDataPortal();

  /** Published data is user-friendly and machine-readable (L215). */
  public abstract Optional<Boolean> machineReadableFormats();

  /** Real- or near-time data is accessible for openness, transparency and accountability (L217). */
  public abstract Optional<Boolean> realTimeDataForAccountability();

  /** Real- or near-time data is accessible to maximise its social and economic impact (L219). */
  public abstract Optional<Boolean> realTimeDataForReuse();

  /** The city has a codified open data policy (L221). */
  public abstract Optional<Boolean> openDataPolicy();

  /** The open data policy is publicly available (L221). */
  public abstract Optional<Boolean> openDataPolicyPublic();

  /** The open data policy commits to transparency and proactive public disclosure (L221). */
  public abstract Optional<Boolean> proactiveDisclosure();

  /** Mechanisms facilitate data sharing across agencies (L223). */
  public abstract Optional<Boolean> sharingAcrossAgencies();

  /** Mechanisms facilitate data sharing with other levels of government (L223). */
  public abstract Optional<Boolean> sharingAcrossLevelsOfGovernment();

  /** Which practices foster the community of data users (L227-235). */
  public abstract Map<UserCommunityPractice, Boolean> userCommunityPractices();

  /** Needs are identified to set the level of stakeholder engagement (L239). */
  public abstract Optional<Boolean> partnerEngagementNeedsIdentified();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.contradiction(
        openDataPolicy(),
        Problems.isTrue(openDataPolicyPublic()) || Problems.isTrue(proactiveDisclosure()),
        "/openDataPolicy",
        "there is said to be no open data policy, yet the policy is said to be public or to"
            + " commit to proactive disclosure");
    boolean noStrategy = status().orElse(null) == StrategyStatus.NONE;
    boolean implemented = implementation().isPresent() && implementation().get() != Coverage.NONE;
    if (noStrategy && implemented) {
      p.add(
          "/implementation",
          "the city is said to have no data strategy, yet it is said to be implemented ("
              + implementation().map(Enum::name).orElse("")
              + ")");
    }
    p.throwIfAny();
  }
}
