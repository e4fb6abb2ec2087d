package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
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

  /** Which qualities the city's data collection ensures (L267). */
  public abstract Map<DataQualityDimension, Boolean> collectionQuality();

  /** Agencies co-ordinate data collection to avoid duplication and incompatibility (L149, L269). */
  public abstract Optional<Boolean> collectionCoordinatedAcrossAgencies();

  /** Which steps appraise data quality before data is stored (L271). */
  public abstract Map<QualityAppraisalStep, Boolean> qualityAppraisal();

  /** The city links data sets that include personally identifiable data (L257). */
  public abstract Optional<Boolean> linksPersonalData();

  /** Which data infrastructure supports sharing, integration and management (L261, L275). */
  public abstract Map<DataInfrastructure, Boolean> infrastructure();

  /** Procurement fits solutions to current needs and internal competences (L277). */
  public abstract Optional<Boolean> procurementRightSized();

  /** Which practices secure municipal networks and digital infrastructure (L279). */
  public abstract Map<SecurityPractice, Boolean> securityPractices();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
