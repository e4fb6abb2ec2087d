package org.cityframework.rules;

import java.util.List;

/**
 * A source of checks of one's own, found through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.cityframework.rules.CheckProvider} and use {@link
 * Catalogue#installed()}. Ids must not clash with the built-in ones or with each other.
 */
public interface CheckProvider {

  /** The checks this provider adds. */
  List<Check> checks();
}
