package org.cityframework.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data stewardship: the dedicated data team(s) and/or leader(s) who embed the strategic use of
 * data, and the dimensions and value-cycle stages it spans (seed L193-195).
 *
 * <p>Every fact is optional: an empty value or a missing map key means the profile does not say,
 * never "no".
 */
@Value.Immutable
@CityValue
abstract class AbstractDataStewardship {

  /** The city has a dedicated data team (L193). */
  public abstract Optional<Boolean> dataTeam();

  /** The city has a chief data officer or similar data leader (L193). */
  public abstract Optional<Boolean> chiefDataOfficer();

  /** Stewardship is citywide rather than confined to some agencies (L193). */
  public abstract Optional<Boolean> citywide();

  /** Which dimensions stewardship spans: technical, organisational, legal (L195). */
  public abstract Map<StewardshipDimension, Boolean> dimensions();

  /** Which stages of the data value cycle stewardship covers (L195). */
  public abstract Map<ValueCycleStage, Boolean> stagesCovered();
}
