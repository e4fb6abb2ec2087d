package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Delivery: data strategies in daily operations along the data value cycle, data infrastructure and
 * architecture (recommendation 10, seed L259-279).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractOperations {

  /** How far data standards are part of operational procedures across agencies (L259). */
  public abstract Optional<Coverage> dataStandardsInProcedures();

  /** The flow of city data, from raw data to insight, is mapped (L261). */
  public abstract Optional<Boolean> dataFlowMapped();

  /** Residents, agencies and firms provide data only once (L265). */
  public abstract Optional<Boolean> onceOnly();

  /**
   * The percentage of public services for which residents, agencies and firms provide data only
   * once (L265). {@code 0} is the same as {@link #onceOnly()} being {@code false}.
   */
  public abstract OptionalInt onceOnlyServicesPercent();

  /** Which qualities the city's data collection ensures (L267). */
  public abstract Map<DataQualityDimension, Boolean> collectionQuality();

  /** Agencies co-ordinate data collection to avoid duplication and incompatibility (L149, L269). */
  public abstract Optional<Boolean> collectionCoordinatedAcrossAgencies();

  /**
   * How far data collection is co-ordinated among the city's agencies (L269); {@code NONE} is the
   * same as {@link #collectionCoordinatedAcrossAgencies()} being {@code false}.
   */
  public abstract Optional<Coverage> collectionCoordinationReach();

  /** Which steps appraise data quality before data is stored (L271). */
  public abstract Map<QualityAppraisalStep, Boolean> qualityAppraisal();

  /** The city links data sets that include personally identifiable data (L257). */
  public abstract Optional<Boolean> linksPersonalData();

  /**
   * The city links data sets that include data that can easily be de-anonymised, even without
   * personally identifiable data (L257).
   */
  public abstract Optional<Boolean> linksReidentifiableData();

  /** Which data infrastructure supports sharing, integration and management (L261, L275). */
  public abstract Map<DataInfrastructure, Boolean> infrastructure();

  /**
   * What the city's technical infrastructure does across institutions: data sharing, integration,
   * management (L275).
   */
  public abstract Map<InfrastructureCapability, Boolean> infrastructureCapabilities();

  /** The elements of data architecture in place: standards, interoperability, semantics (L261). */
  public abstract Map<ArchitectureElement, Boolean> dataArchitecture();

  /** Procurement fits solutions to current needs and internal competences (L277). */
  public abstract Optional<Boolean> procurementRightSized();

  /** Procurement of infrastructure fits the city's current needs (L277). */
  public abstract Optional<Boolean> procurementFitsNeeds();

  /** Procurement of infrastructure fits the city's internal competences (L277). */
  public abstract Optional<Boolean> procurementFitsCompetences();

  /** What the city has secured: municipal networks, digital infrastructure (L279). */
  public abstract Map<SecuredAsset, Boolean> secured();

  /**
   * Which practices secure municipal networks and digital infrastructure: supporting detail for the
   * reader; the chapter names no practices (L279), so recommendation 10 decides from {@link
   * #secured()}.
   */
  public abstract Map<SecurityPractice, Boolean> securityPractices();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.percentage(
        onceOnlyServicesPercent(),
        "/onceOnlyServicesPercent",
        "the share of services that collect data only once");
    p.throwIfAny();
  }
}
