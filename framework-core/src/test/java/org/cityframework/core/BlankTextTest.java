package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One definition of a blank text ({@link BlankText}), used by every text of the model that must
 * name something: a name of spaces or invisible characters only is refused, one with a visible
 * character is kept.
 */
class BlankTextTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        " \t\n\r",
        "\u00a0",
        "\u00a0\u2003",
        "\u200b",
        "\ufeff",
        "\u2060",
        "\u202e",
        "\u2028\u2029",
        "\u3000",
        "\u2800\u2800",
        "\u0000\u001f\u007f\u0085",
        "\u00ad",
        "\u180e",
        "\u034f",
        "\u3164",
        "\uffa0",
        "\u115f\u1160",
        "\ufe0f",
        "\udb40\udd00", // U+E0100, a variation selector beyond the BMP
        "\udb40\udc01", // U+E0001, the language tag (a format character beyond the BMP)
        " \u200b\u00a0\u200d\u200c "
      })
  void a_text_of_invisible_characters_only_is_blank_and_refused_as_a_name(String name) {
    assertThat(BlankText.isBlank(name)).isTrue();
    assertRejected(
        () -> CityProfileTest.city().name(name).build(),
        "/name",
        "the city's name must not be blank");
    assertRejected(
        () -> Source.builder().title(name).build(), "/title", "a source's title must not be blank");
    assertRejected(
        () -> Goal.builder().description(name).build(),
        "/description",
        "a goal's description must not be blank");
    assertRejected(
        () -> GoalTest.goal().indicator(name).build(),
        "/indicator",
        "an indicator must not be blank");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "x",
        " Riverton ",
        "\u200bA",
        "\u00e9",
        "\u0301", // a combining accent shows on its own
        "\ud83c\udfd9", // an emoji beyond the BMP
        "\ue000", // private use: shows as whatever the font says
        "-"
      })
  void a_text_with_something_visible_is_not_blank(String name) {
    assertThat(BlankText.isBlank(name)).isFalse();
    assertThat(CityProfileTest.city().name(name).build().name()).isEqualTo(name);
  }
}
