package org.cityframework.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cityframework.cohort.PeerFilter;
import org.cityframework.cohort.PopulationBand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose a cohort's cities and the least number of cities a figure needs. */
final class PeerOptions {
  /** The least number of cities a figure needs unless told: 5, as the ODI Pathway does. */
  static final int DEFAULT_MIN_CITIES = 5;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      split = ",",
      description = "Count only cities of these countries (ISO 3166-1 alpha-2, for example GB,FR).")
  List<String> countries = List.of();

  @Option(
      names = "--population-band",
      paramLabel = "BAND",
      split = ",",
      description =
          "Count only cities of these OECD size classes: below-50k, small (50-200k), medium"
              + " (200-500k), metropolitan (0.5-1.5M), large-metropolitan (1.5M+).")
  List<String> bands = List.of();

  @Option(
      names = "--wave",
      paramLabel = "YEAR",
      split = ",",
      description = "Count only cities of these survey waves, for example 2020.")
  List<Integer> waves = List.of();

  @Option(
      names = "--min-cities",
      paramLabel = "K",
      defaultValue = "" + DEFAULT_MIN_CITIES,
      description =
          "Show no figure of a group of fewer than K cities (default: " + DEFAULT_MIN_CITIES + ").")
  int minCities;

  /** The filter the options give. */
  PeerFilter filter() {
    Set<String> codes = new LinkedHashSet<>();
    for (String c : countries) {
      String code = c.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new ParameterException(
            spec.commandLine(),
            "--country takes ISO 3166-1 alpha-2 codes such as GB (found " + c + ").");
      }
      codes.add(code);
    }
    Set<PopulationBand> b = new LinkedHashSet<>();
    for (String id : bands) {
      try {
        b.add(PopulationBand.ofId(id.strip().toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--population-band: " + e.getMessage() + ".");
      }
    }
    return PeerFilter.of(codes, b, new LinkedHashSet<>(waves));
  }

  /** The least number of cities a figure needs. */
  int minCities() {
    if (minCities < 1) {
      throw new ParameterException(
          spec.commandLine(), "--min-cities is at least 1 (found " + minCities + ").");
    }
    return minCities;
  }
}
