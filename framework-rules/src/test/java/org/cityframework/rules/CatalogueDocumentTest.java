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
  void the_prioritisation_page_holds_the_current_weighting_table() throws IOException {
    Path page = Path.of("..", "docs", "prioritisation.md");
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf(CatalogueDocument.TABLE_START);
    int end = text.indexOf(CatalogueDocument.TABLE_END);
    assertThat(start).as("the table's start marker in docs/prioritisation.md").isNotNegative();
    assertThat(end).as("the table's end marker in docs/prioritisation.md").isGreaterThan(start);
    String table = CatalogueDocument.weighting(Catalogue.standard());
    if (Boolean.getBoolean("catalogue.update")) {
      text =
          text.substring(0, start)
              + table
              + text.substring(end + CatalogueDocument.TABLE_END.length());
      Files.writeString(page, text, StandardCharsets.UTF_8);
    }
    assertThat(text)
        .as(
            "docs/prioritisation.md's weighting table is stale; regenerate with -Dcatalogue.update=true")
        .contains(table);
  }

  @Test
  void every_built_in_check_says_why_it_weighs_what_it_weighs() {
    java.util.ResourceBundle words =
        java.util.ResourceBundle.getBundle(CheckTexts.BUNDLE, java.util.Locale.ROOT);
    for (Check c : Catalogue.standard().checks()) {
      assertThat(words.containsKey(c.info().id() + ".weighting")).as(c.info().id()).isTrue();
      assertThat(words.getString(c.info().id() + ".weighting")).containsPattern("L[0-9]+");
    }
  }

  @Test
  void the_page_lists_all_84_checks_with_summary_and_citation_and_names_the_publication() {
    String rendered = CatalogueDocument.render(Catalogue.standard());
    for (Check c : Catalogue.standard().checks()) {
      assertThat(rendered)
          .contains(
              "| " + c.info().id() + " | " + c.info().summary() + " | " + c.info().citation());
    }
    assertThat(rendered)
        .contains(Publication.chapter().reference(), Publication.chapter().independence());
    assertThat(Catalogue.standard().size()).isEqualTo(84);
  }
}
