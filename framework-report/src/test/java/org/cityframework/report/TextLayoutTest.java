package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayoutTest {

  static Stream<Assessment> assessments() {
    return Stream.concat(
        Stream.of(Cities.riverton(), Hostile.assessment()),
        RandomProfiles.seeded(3).stream().limit(3).map(Assessor.standard()::assess));
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void no_line_is_wider_than_the_width_or_ends_in_a_space(Assessment a) {
    for (int width : new int[] {40, 41, 60, 80, 100, 132}) {
      String text = ReportFormat.TEXT.render(a, width);
      assertThat(text.lines())
          .allSatisfy(
              l -> {
                assertThat(Words.width(l))
                    .as("%d columns: %s", width, l)
                    .isLessThanOrEqualTo(width);
                assertThat(l).doesNotEndWith(" ");
              });
      assertThat(text).doesNotContain("\u001b");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 100})
  void a_progress_fits_the_width_too(int width) {
    assertThat(ReportFormat.TEXT.render(Cities.rivertonProgress(), width).lines())
        .allSatisfy(l -> assertThat(Words.width(l)).isLessThanOrEqualTo(width));
  }

  @Test
  void the_default_width_is_100() {
    Assessment a = Cities.riverton();
    assertThat(ReportFormat.TEXT.render(a)).isEqualTo(ReportFormat.TEXT.render(a, 100));
    assertThat(ReportFormat.MARKDOWN.render(a, 40)).isEqualTo(ReportFormat.MARKDOWN.render(a));
  }

  @Test
  void a_width_below_40_is_refused() {
    assertThatThrownBy(() -> ReportFormat.TEXT.render(Cities.riverton(), 39))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 40 columns");
  }

  @Test
  void wraps_at_spaces_and_breaks_only_words_wider_than_the_width() {
    assertThat(TextLayout.wrap("one two three four", 9, 9, 9))
        .containsExactly("one two", "three", "four");
    assertThat(TextLayout.wrap("abcdefghij kl", 4, 4, 4))
        .containsExactly("abcd", "efgh", "ij", "kl");
    assertThat(TextLayout.wrap("first then", 5, 10, 10)).containsExactly("first", "then");
    assertThat(TextLayout.wrap("", 10, 10, 10)).containsExactly("");
    // wider than its line but not than the width: whole, on a line of its own
    assertThat(TextLayout.wrap("a abcdefgh b", 5, 5, 10)).containsExactly("a", "abcdefgh", "b");
  }

  @Test
  void a_word_too_wide_for_its_indent_is_moved_left_whole() {
    TextLayout out = new TextLayout(40);
    out.paragraph(8, 18, "Evidence: /dataGovernance/stewardship/citywide = false");
    assertThat(out.toString())
        .isEqualTo(
            "        Evidence:\n"
                + "    /dataGovernance/stewardship/citywide\n"
                + "                  = false\n");
  }

  @Test
  void only_a_word_wider_than_the_width_is_broken_at_the_width() {
    String word = "x".repeat(45);
    TextLayout out = new TextLayout(40);
    out.paragraph(0, 2, "a " + word + " b");
    assertThat(out.toString()).isEqualTo("a\n" + "x".repeat(40) + "\n  xxxxx b\n");
  }

  @Test
  void a_table_cell_too_wide_for_its_column_is_moved_left_whole() {
    TextLayout out = new TextLayout(40);
    List<List<String>> rows = List.of(List.of("R1", "10.0", "see /a/pointer/of/thirty/two/chars"));
    TextLayout.Columns columns = TextLayout.Columns.fit(2, new boolean[] {false, true}, rows);
    out.row(columns, rows.get(0));
    assertThat(out.toString())
        .isEqualTo("  R1  10.0  see\n          /a/pointer/of/thirty/two/chars\n");
  }

  @Test
  void a_table_wraps_its_last_column_under_itself() {
    TextLayout out = new TextLayout(32);
    List<List<String>> rows = List.of(List.of("R1", "10.0", "a long title that must wrap"));
    TextLayout.Columns columns = TextLayout.Columns.fit(2, new boolean[] {false, true}, rows);
    out.row(columns, rows.get(0));
    assertThat(out.toString()).isEqualTo("  R1  10.0  a long title that\n            must wrap\n");
  }
}
