package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal and regulatory framework for using and sharing data (recommendation 9, seed L245-257).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractRegulation {

  /** The city has adopted a regulatory framework for data (L245). */
  public abstract Optional<Boolean> frameworkAdopted();

  /** The framework is transparent: publicly available (L245). */
  public abstract Optional<Boolean> frameworkPublic();

  /** Which areas regulatory standards define: management, sharing, protection (L251). */
  public abstract Map<RegulatedArea, Boolean> standards();

  /** Compliance with data-related rules and policies is ensured and monitored (L251). */
  public abstract Optional<Boolean> complianceMonitored();

  /** In which directions legal mechanisms strengthen data sharing and co-ordination (L253). */
  public abstract Map<SharingDirection, Boolean> sharingMechanisms();

  /** Which dimensions regulation balances against sharing and integration (L255). */
  public abstract Map<Safeguard, Boolean> safeguards();

  /** The risk of re-identification is weighed before data sets are linked (L257). */
  public abstract Optional<Boolean> reidentificationRiskAssessed();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();
}
