package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OSCAL JSON schemas tools/oscal-check validates with (ajv, in .ci/run) are those of the
 * liboscal-java these tests use, byte for byte: one OSCAL version for both checks.
 */
class OscalSchemaCopiesTest {
  private static final Path COPIES = Path.of("..", "tools", "oscal-check", "schemas");

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "ar", "poam"})
  void the_copy_is_the_schema_liboscal_java_ships(String model) throws IOException {
    String name = "oscal-" + model + "_schema.json";
    try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/" + name)) {
      assertThat(in).as("%s in liboscal-java", name).isNotNull();
      assertThat(Files.readAllBytes(COPIES.resolve(name)))
          .as("tools/oscal-check/schemas/%s: copy it from liboscal-java's schema/json/", name)
          .isEqualTo(in.readAllBytes());
    }
  }
}
