package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicationTest {
  private static final Publication CHAPTER = Publication.chapter();

  @Test
  void every_check_cites_its_own_recommendation_bullet_or_title_first() {
    for (Check c : Catalogue.standard().checks()) {
      CheckInfo i = c.info();
      int bullet = Integer.parseInt(i.id().substring(i.id().indexOf('.') + 1));
      assertThat(CHAPTER.bulletLine(i.recommendation(), bullet))
          .as("%s is a bullet (or the title) of recommendation %d", i.id(), i.recommendation())
          .contains(i.seedLines().get(0));
      String place =
          "Rec. " + i.recommendation() + (bullet == 0 ? ", title" : ", bullet " + bullet);
      assertThat(CHAPTER.locate(i.seedLines().get(0))).as(i.id()).contains(place);
      assertThat(i.citation()).as(i.id()).startsWith(place + ", L" + i.seedLines().get(0));
    }
  }

  @Test
  void every_seed_line_a_check_or_its_texts_cite_has_a_place_in_the_chapter() throws IOException {
    Pattern reference = Pattern.compile("\\bL(\\d+)");
    for (Check c : Catalogue.standard().checks()) {
      for (int line : c.info().seedLines()) {
        assertThat(CHAPTER.locate(line)).as("%s cites L%d", c.info().id(), line).isPresent();
      }
    }
    Properties texts = new Properties();
    try (var in = Catalogue.class.getResourceAsStream("CheckTexts.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : texts.stringPropertyNames()) {
      Matcher m = reference.matcher(texts.getProperty(key));
      while (m.find()) {
        assertThat(CHAPTER.locate(Integer.parseInt(m.group(1))))
            .as("%s cites %s", key, m.group())
            .isPresent();
      }
    }
  }

  @Test
  void the_words_a_user_reads_cite_a_place_before_every_seed_line() {
    Pattern bare = Pattern.compile("(?<!, )(?<!\\w)L\\d+");
    for (Check c : Catalogue.standard().checks()) {
      for (String text : List.of(c.info().why(), c.info().rule(), c.info().citation())) {
        assertThat(bare.matcher(text).find()).as("%s: %s", c.info().id(), text).isFalse();
      }
    }
  }

  @Test
  void locates_titles_bullets_sub_bullets_and_the_text_around_them() {
    assertThat(CHAPTER.locate(1)).contains("chapter title");
    assertThat(CHAPTER.locate(17)).contains("chapter introduction");
    assertThat(CHAPTER.locate(181)).contains("Rec. 7, title");
    assertThat(CHAPTER.locate(183)).contains("Rec. 7, opening text");
    assertThat(CHAPTER.locate(185)).contains("Rec. 7, opening text");
    assertThat(CHAPTER.locate(193)).contains("Rec. 7, bullet 4");
    assertThat(CHAPTER.locate(33)).contains("Rec. 1, bullet 2, sub-bullet 1");
    assertThat(CHAPTER.locate(43)).contains("Rec. 1, text after bullet 5");
    assertThat(CHAPTER.locate(169)).contains("Rec. 6, bullet 7, sub-bullet 2");
    assertThat(CHAPTER.locate(179)).contains("Rec. 6, text after bullet 9");
    assertThat(CHAPTER.locate(279)).contains("Rec. 10, bullet 7");
    assertThat(CHAPTER.locate(285)).contains("references");
    assertThat(CHAPTER.locate(301)).contains("rights notice");
    assertThat(CHAPTER.locate(0)).isEmpty();
    assertThat(CHAPTER.locate(304)).isEmpty();
  }

  @Test
  void a_citation_names_each_place_once_and_the_recommendation_once_while_it_holds() {
    assertThat(CHAPTER.cite(List.of(181, 183)))
        .isEqualTo("Rec. 7, title, L181; opening text, L183");
    assertThat(CHAPTER.cite(List.of(193, 17)))
        .isEqualTo("Rec. 7, bullet 4, L193; chapter introduction, L17");
    assertThat(CHAPTER.cite(List.of(23, 25, 43)))
        .isEqualTo("Rec. 1, opening text, L23, L25; text after bullet 5, L43");
    assertThat(CHAPTER.cite(List.of(29, 500))).isEqualTo("Rec. 1, bullet 1, L29; L500");
    assertThat(CHAPTER.cite(List.of())).isEmpty();
  }

  @Test
  void cites_seed_line_references_inside_a_text_and_leaves_other_words_alone() {
    assertThat(CHAPTER.citeIn("central to innovation (L23, L43), as R1.0 says; URL5 stays"))
        .isEqualTo(
            "central to innovation (Rec. 1, opening text, L23; text after bullet 5, L43), as R1.0"
                + " says; URL5 stays");
    assertThat(CHAPTER.citeIn("a community of users (L227-235)."))
        .isEqualTo("a community of users (Rec. 8, bullet 11, L227-235).");
    assertThat(CHAPTER.citeIn("no reference")).isEqualTo("no reference");
  }

  @Test
  void the_reference_names_the_chapter_the_publication_and_its_publisher() {
    assertThat(CHAPTER.reference())
        .isEqualTo(
            "OECD (2021), \"Building innovation and data use capacity in city government\","
                + " chapter 5 in Innovation and Data Use in Cities: A Road to Increased Well-being,"
                + " OECD Publishing, Paris, https://doi.org/10.1787/9f53286f-en.");
    assertThat(CHAPTER.independence())
        .contains("independent implementation", "not an OECD product");
    assertThat(Catalogue.standard().source()).isSameAs(CHAPTER);
  }

  @Test
  void the_outline_is_the_seed_chapter_s_own_titles_bullets_and_sub_bullets() throws IOException {
    Path seed = Path.of("..", "..", "shared", "seed", "000_b2f4438ec2cb8669.txt");
    assumeTrue(Files.exists(seed), "the seed chapter sits beside the clone in CI");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(CHAPTER.chapterNumber() + ". " + CHAPTER.chapterTitle());
    assertThat(lines).contains("© OECD " + CHAPTER.year());
    int rec = 0;
    int bullet = 0;
    int sub = 0;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      String expected = null;
      if (line.matches("  1\\. \\d+\\. .*")) {
        rec = Integer.parseInt(line.split("\\. ")[1]);
        bullet = 0;
        expected = "Rec. " + rec + ", title";
      } else if (line.startsWith("References")) {
        rec = 0;
      } else if (rec > 0 && line.startsWith("  • ")) {
        bullet++;
        sub = 0;
        expected = "Rec. " + rec + ", bullet " + bullet;
      } else if (rec > 0 && line.startsWith("    • ")) {
        sub++;
        expected = "Rec. " + rec + ", bullet " + bullet + ", sub-bullet " + sub;
      }
      if (expected != null) {
        assertThat(CHAPTER.locate(n)).as("L%d: %s", n, line).contains(expected);
      } else if (!line.isBlank()) {
        assertThat(CHAPTER.locate(n).orElseThrow())
            .as("L%d is not a title or bullet: %s", n, line)
            .doesNotContainPattern("^Rec\\. \\d+, (title|bullet)");
      }
    }
    for (Check c : Catalogue.standard().checks()) {
      for (int line : c.info().seedLines()) {
        assertThat(lines.get(line - 1)).as("%s cites L%d", c.info().id(), line).isNotBlank();
      }
    }
  }
}
