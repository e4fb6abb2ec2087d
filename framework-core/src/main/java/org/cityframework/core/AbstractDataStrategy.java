package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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

  /**
   * The percentage of the city's published data sets that are machine-readable (L215). {@code 0} is
   * the same as {@link #machineReadableFormats()} being {@code false}.
   */
  public abstract OptionalInt machineReadableDataSetsPercent();

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

  /**
   * From which sectors the city has trusted data partners: public, private, academic, civil society
   * (L237: "an extensive network of trusted public and private partners").
   */
  public abstract Map<PartnerSector, Boolean> dataPartners();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.percentage(
        machineReadableDataSetsPercent(),
        "/machineReadableDataSetsPercent",
        "the share of published data sets that are machine-readable");
    p.throwIfAny();
  }
}
