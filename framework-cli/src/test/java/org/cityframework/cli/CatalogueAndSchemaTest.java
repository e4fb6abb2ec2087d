package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueAndSchemaTest {

  @Test
  void the_catalogue_in_json_and_yaml_is_the_catalogue_document() {
    assertThat(Run.of("catalogue", "--format", "json").out())
        .isEqualTo(DocumentFormat.JSON.writeCatalogue(Catalogue.standard()));
    assertThat(Run.of("catalogue", "--format", "yaml").out())
        .isEqualTo(DocumentFormat.YAML.writeCatalogue(Catalogue.standard()));
  }

  @Test
  void the_catalogue_in_every_format_names_the_publication_and_says_it_is_independent() {
    Publication source = Catalogue.standard().source();
    for (String format : new String[] {"text", "markdown", "json", "yaml"}) {
      String out = Run.of("catalogue", "-f", format).out();
      assertThat(out)
          .as(format)
          .contains(
              "Innovation and Data Use in Cities: A Road to Increased Well-being",
              "OECD Publishing, Paris",
              source.doi(),
              "not an OECD product");
    }
    assertThat(Run.of("catalogue", "-f", "markdown").out())
        .contains("| R7.4 | ", " | Rec. 7, bullet 4, L193; chapter introduction, L17 | ");
    assertThat(Run.of("catalogue", "-f", "json").out())
        .contains("\"citation\": \"Rec. 7, bullet 4, L193; chapter introduction, L17\"");
  }

  @Test
  void the_catalogue_in_text_has_a_line_per_check() {
    Run run = Run.of("catalogue");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().filter(l -> l.matches("  R\\d+\\.\\d+ +weight .*"))).hasSize(84);
    assertThat(run.out()).startsWith("84 checks: 10 recommendation headlines and 74 practices.\n");
  }

  @Test
  void the_catalogue_in_markdown_has_a_row_per_check_and_a_table_per_recommendation() {
    String md = Run.of("catalogue", "-f", "markdown").out();

    assertThat(md.lines().filter(l -> l.matches("\\| R\\d+\\.\\d+ \\|.*"))).hasSize(84);
    assertThat(md.lines().filter(l -> l.startsWith("## Recommendation "))).hasSize(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "profile,   json/schema/city-profile",
    "report,    json/schema/assessment",
    "catalogue, json/schema/catalogue",
    "PROFILE,   json/schema/city-profile",
    "cohort,    cohort/cohort",
    "peers,     cohort/peer-position"
  })
  void a_schema_is_printed_from_the_class_path(String document, String file) throws IOException {
    String resource = "org/cityframework/" + file + ".schema.json";
    Run run = Run.of("schema", document);
    try (InputStream in = DocumentFormat.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(Output.ended(schema));
    }
  }

  @Test
  void the_profile_schema_is_the_default() {
    Run profile = Run.of("schema", "profile");
    Run plain = Run.of("schema");

    assertThat(plain).isEqualTo(profile);
  }

  @Test
  void the_profile_schema_is_a_json_schema_of_the_profile() {
    Run run = Run.of("schema", "profile");

    assertThat(run.out()).contains("\"$schema\"").contains("\"schemaVersion\"");
  }

  @Test
  void catalogue_output_goes_to_a_file(@TempDir Path dir) {
    Path file = dir.resolve("catalogue.json");

    Run run = Run.of("catalogue", "-f", "json", "-o", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(file).hasContent(DocumentFormat.JSON.writeCatalogue(Catalogue.standard()));
  }

  @Test
  void list_names_every_document_with_its_schema_file() {
    Run run = Run.of("schema", "--list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().map(l -> l.split(" +")[0] + " " + l.split(" +")[1]))
        .containsExactly(
            "profile city-profile.schema.json",
            "report assessment.schema.json",
            "catalogue catalogue.schema.json",
            "cohort cohort.schema.json",
            "peers peer-position.schema.json");
    assertThat(Run.of("schema", "cohort", "--list").exitCode()).isEqualTo(2);
  }

  @Test
  void an_unknown_document_is_a_usage_error() {
    Run run = Run.of("schema", "budget");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("budget");
  }
}
