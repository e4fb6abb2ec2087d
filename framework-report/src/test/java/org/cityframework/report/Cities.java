package org.cityframework.report;

import java.nio.file.Path;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;

/** The example cities the tests render, read from the examples module's documents. */
final class Cities {
  static final Path DIRECTORY = Path.of("..", "examples", "cities");

  private Cities() {}

  static CityProfile profile(String file) {
    return DocumentFormat.JSON.readProfile(DIRECTORY.resolve(file));
  }

  static Assessment assessed(String file) {
    return Assessor.standard().assess(profile(file));
  }

  /** Riverton, facts of 2026-03-31. */
  static Assessment riverton() {
    return assessed("riverton.json");
  }

  /** Riverton's progress from its 2024 survey wave to 2026. */
  static Progress rivertonProgress() {
    return Progress.between(assessed("riverton-2024.json"), riverton());
  }
}
