package org.cityframework.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cityframework.rules.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed OSCAL documents of examples/oscal are what the library writes today: a change to
 * them is a reviewed diff. Regenerate with {@code -Doscal.update=true}.
 */
class ExampleDocumentsTest {
  static final Path FOLDER = Path.of("..", "examples", "oscal");

  static final Map<String, Supplier<String>> DOCUMENTS =
      Map.of(
          OscalDocuments.CATALOG_FILE,
          () -> OscalDocuments.catalog(Catalogue.standard()),
          "riverton-assessment-results.json",
          () -> OscalDocuments.assessmentResults(Riverton.assessment()),
          "riverton-poam.json",
          () -> OscalDocuments.planOfActionAndMilestones(Riverton.assessment()));

  static Stream<String> files() {
    return DOCUMENTS.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void the_committed_example_is_what_the_library_writes(String file) throws IOException {
    String written = DOCUMENTS.get(file).get();
    Path committed = FOLDER.resolve(file);
    if (Boolean.getBoolean("oscal.update")) {
      Files.createDirectories(FOLDER);
      Files.writeString(committed, written, StandardCharsets.UTF_8);
    }
    assertThat(committed).as("%s exists; write it with -Doscal.update=true", committed).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("%s is stale; rewrite it with -Doscal.update=true", committed)
        .isEqualTo(written);
  }
}
