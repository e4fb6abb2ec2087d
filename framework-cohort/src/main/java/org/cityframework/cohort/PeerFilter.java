package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cityframework.core.CityProfile;

/**
 * Which cities of a cohort count: those of the given countries, population bands and survey waves.
 * An empty set of a kind lets every city through on that kind; a city whose population or survey
 * wave is unknown does not pass a filter on it. Immutable.
 */
public final class PeerFilter {
  private static final PeerFilter EVERY_CITY = new PeerFilter(Set.of(), Set.of(), Set.of());

  private final SortedSet<String> countries;
  private final SortedSet<PopulationBand> bands;
  private final SortedSet<Integer> waves;

  private PeerFilter(Set<String> countries, Set<PopulationBand> bands, Set<Integer> waves) {
    this.countries = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    this.bands = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(bands));
    this.waves = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(waves));
  }

  /** The filter every city passes. */
  public static PeerFilter everyCity() {
    return EVERY_CITY;
  }

  /**
   * The cities of any of {@code countries} (ISO 3166-1 alpha-2 codes), of any of {@code bands} and
   * of any of {@code waves}; an empty set does not filter.
   */
  public static PeerFilter of(
      Set<String> countries, Set<PopulationBand> bands, Set<Integer> waves) {
    return new PeerFilter(countries, bands, waves);
  }

  /** Whether the profile's city counts. */
  public boolean test(CityProfile profile) {
    if (!countries.isEmpty() && !countries.contains(profile.country())) {
      return false;
    }
    if (!bands.isEmpty()
        && !PopulationBand.of(profile.population()).map(bands::contains).orElse(false)) {
      return false;
    }
    return waves.isEmpty()
        || (profile.surveyWave().isPresent() && waves.contains(profile.surveyWave().getAsInt()));
  }

  /** Whether every city passes. */
  public boolean isEveryCity() {
    return countries.isEmpty() && bands.isEmpty() && waves.isEmpty();
  }

  /** The countries, sorted; empty for any. */
  public SortedSet<String> countries() {
    return countries;
  }

  /** The population bands, in size order; empty for any. */
  public SortedSet<PopulationBand> bands() {
    return bands;
  }

  /** The survey waves, in order; empty for any. */
  public SortedSet<Integer> waves() {
    return waves;
  }

  /** The filter in words, for example {@code country GB, FR; population band medium}. */
  public String describe() {
    if (isEveryCity()) {
      return "every city";
    }
    List<String> parts = new ArrayList<>();
    if (!countries.isEmpty()) {
      parts.add("country " + String.join(", ", countries));
    }
    if (!bands.isEmpty()) {
      parts.add(
          "population band " + String.join(", ", bands.stream().map(PopulationBand::id).toList()));
    }
    if (!waves.isEmpty()) {
      parts.add("survey wave " + String.join(", ", waves.stream().map(String::valueOf).toList()));
    }
    return String.join("; ", parts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeerFilter f
        && f.countries.equals(countries)
        && f.bands.equals(bands)
        && f.waves.equals(waves);
  }

  @Override
  public int hashCode() {
    return countries.hashCode() * 31 * 31 + bands.hashCode() * 31 + waves.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
