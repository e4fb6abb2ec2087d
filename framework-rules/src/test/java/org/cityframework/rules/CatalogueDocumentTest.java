package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueDocumentTest {
  private static final Path PAGE = Path.of("..", "docs", "catalogue.md");

  @Test
  void the_committed_catalogue_page_matches_the_registry() throws IOException {
    String rendered = CatalogueDocument.render(Catalogue.standard());
    if (Boolean.getBoolean("catalogue.update")) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(PAGE)
        .as("docs/catalogue.md exists; regenerate with -Dcatalogue.update=true")
        .exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/catalogue.md is stale; regenerate with -Dcatalogue.update=true")
        .isEqualTo(rendered);
  }

  @Test
  void the_page_lists_all_84_checks_with_summary_and_seed_lines() {
    String rendered = CatalogueDocument.render(Catalogue.standard());
    for (Check c : Catalogue.standard().checks()) {
      assertThat(rendered).contains("| " + c.info().id() + " | " + c.info().summary());
      assertThat(rendered).contains("L" + c.info().seedLines().get(0));
    }
    assertThat(Catalogue.standard().size()).isEqualTo(84);
  }
}
