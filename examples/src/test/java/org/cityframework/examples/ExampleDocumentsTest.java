package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped example documents are valid, canonical, assessed, and agree across formats. */
class ExampleDocumentsTest {
  private static final Path CITIES = Path.of("cities");

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(CITIES)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void every_example_document_reads_and_is_assessed(Path file) {
    CityProfile profile = DocumentFormat.of(file).readProfile(file);
    assertThat(Assessor.standard().assess(profile).findings()).hasSize(84);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void every_json_example_is_in_canonical_form(Path file) throws IOException {
    if (file.toString().endsWith(".json")) {
      CityProfile profile = DocumentFormat.JSON.readProfile(file);
      assertThat(DocumentFormat.JSON.writeProfile(profile))
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void the_commented_yaml_riverton_is_the_json_riverton() {
    assertThat(DocumentFormat.YAML.readProfile(CITIES.resolve("riverton.yaml")))
        .isEqualTo(DocumentFormat.JSON.readProfile(CITIES.resolve("riverton.json")));
    assertThat(ExampleCities.resource("riverton.yaml")).isEqualTo(ExampleCities.riverton());
  }

  @Test
  void there_are_five_contrasting_cities() {
    List<CityProfile> all = ExampleCities.all();
    assertThat(all).extracting(CityProfile::name).containsExactlyElementsOf(ExampleCities.NAMES);
    assertThat(all.stream().map(c -> Assessor.standard().assess(c).scores().overall().score()))
        .doesNotHaveDuplicates();
  }
}
