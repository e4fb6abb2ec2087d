package org.cityframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.testkit.RandomProfiles;

/** The profiles the benchmarks use: example cities shipped in the jar, and a full random one. */
final class CityDocuments {

  /** The name of the profile with every fact stated, drawn by {@link RandomProfiles}. */
  static final String FULL = "full";

  private CityDocuments() {}

  /** The JSON text of an example city, from examples/cities/NAME.json. */
  static String text(String city) {
    String resource = "/cities/" + city + ".json";
    try (InputStream in = CityDocuments.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no example city " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example city read once, or {@link #FULL}: a seeded random profile stating every fact. */
  static CityProfile profile(String city) {
    if (city.equals(FULL)) {
      return RandomProfiles.seeded(2026).withUnknownShare(0).next();
    }
    return DocumentFormat.JSON.readProfile(text(city));
  }
}
