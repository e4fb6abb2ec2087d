package org.cityframework.oscal;

import java.nio.file.Path;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;

/** Riverton, the example city (facts of 2026-03-31), read from the examples module. */
final class Riverton {
  static final Path CITIES = Path.of("..", "examples", "cities");

  private Riverton() {}

  static Assessment assessment() {
    return assessed("riverton.json");
  }

  static Assessment assessed(String file) {
    return Assessor.standard().assess(DocumentFormat.JSON.readProfile(CITIES.resolve(file)));
  }
}
