package org.cityframework.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A source the profile's facts come from: a survey response, a strategy document, a web page. */
@Value.Immutable
@CityValue
abstract class AbstractSource {

  /** The source's title. */
  public abstract String title();

  /** Where to find it. */
  public abstract Optional<String> url();

  /** When it was consulted. */
  public abstract Optional<LocalDate> accessedOn();

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.notBlank(title(), "/title", "a source's title");
    p.throwIfAny();
  }
}
