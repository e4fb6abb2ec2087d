package org.cityframework.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;

/**
 * Five fictional, contrasting example cities, shipped as documents in {@code examples/cities/}: a
 * mid-way city (Riverton, also in commented YAML), a beginner (Lakeside), an advanced city
 * (Northport), a data-strong city with a weak innovation practice (Hillcrest), and a half-filled
 * survey (Eastvale). Together they show every check met, not met and not assessed. Riverton also
 * has an earlier survey wave, {@code riverton-2024.json}, to compare with.
 */
public final class ExampleCities {
  /** The example cities' names, in a fixed order. */
  public static final List<String> NAMES =
      List.of("Riverton", "Lakeside", "Northport", "Hillcrest", "Eastvale");

  private ExampleCities() {}

  /** Every example city, in the order of {@link #NAMES}. */
  public static List<CityProfile> all() {
    return NAMES.stream().map(ExampleCities::load).toList();
  }

  /** The example city with the given name, ignoring case. */
  public static Optional<CityProfile> named(String name) {
    return NAMES.stream()
        .filter(n -> n.equalsIgnoreCase(name))
        .findFirst()
        .map(ExampleCities::load);
  }

  /** Riverton: half-way, with many facts still unknown. */
  public static CityProfile riverton() {
    return load("Riverton");
  }

  /** Lakeside: a beginner that knows its facts, and they are mostly "no". */
  public static CityProfile lakeside() {
    return load("Lakeside");
  }

  /** Northport: advanced, with a few gaps left to close. */
  public static CityProfile northport() {
    return load("Northport");
  }

  /** Hillcrest: strong on data, weak on innovation. */
  public static CityProfile hillcrest() {
    return load("Hillcrest");
  }

  /** Eastvale: a half-filled survey. */
  public static CityProfile eastvale() {
    return load("Eastvale");
  }

  /** Riverton two years earlier (2018 survey wave): to compare with {@link #riverton()}. */
  public static CityProfile rivertonEarlierWave() {
    return resource("riverton-2024.json");
  }

  /** Reads a shipped document, {@code cities/<name>.json} or {@code .yaml}, from the class path. */
  static CityProfile resource(String fileName) {
    try (InputStream in = ExampleCities.class.getResourceAsStream("/cities/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("no example document cities/" + fileName);
      }
      return fileName.endsWith(".json")
          ? DocumentFormat.JSON.readProfile(in)
          : DocumentFormat.YAML.readProfile(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CityProfile load(String name) {
    return resource(name.toLowerCase(Locale.ROOT) + ".json");
  }
}
