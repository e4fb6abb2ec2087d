package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordsTest {
  /**
   * Characters that clean differently: spaces of all kinds, controls, bidi overrides, surrogates.
   */
  private static final String[] PIECES = {
    " ",
    "  ",
    "a",
    "Z",
    "~",
    "!",
    "\t",
    "\n",
    "\r",
    "\u000B",
    "\u007F",
    "\u0085",
    "\u00A0",
    "\u00E9",
    "\u2028",
    "\u202E",
    "\u200B",
    "\uFEFF",
    "\uFFFE",
    "\uD800",
    "\uD83D\uDE00",
    "\u3000"
  };

  @Test
  void text_taken_as_clean_is_exactly_what_the_full_cleaning_gives() {
    SplittableRandom random = new SplittableRandom(6);
    int clean = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        // Mostly printable ASCII, so that clean text is common.
        b.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : "ab c");
      }
      String text = b.toString();
      for (boolean trim : new boolean[] {true, false}) {
        String expected = Words.rewrite(text, trim);
        assertThat(trim ? Words.line(text) : Words.run(text)).as("%s", text).isEqualTo(expected);
        if (Words.isClean(text, trim)) {
          clean++;
          assertThat(expected).as("%s", text).isEqualTo(text);
        }
      }
    }
    assertThat(clean).as("clean cases seen").isGreaterThan(10_000);
  }

  @Test
  void the_catalogue_words_are_clean_as_they_are() {
    assertThat(Words.isClean("Adopt a formal, public innovation strategy (L89).", true)).isTrue();
    assertThat(Words.isClean(" leading", true)).isFalse();
    assertThat(Words.isClean(" leading", false)).isTrue();
    assertThat(Words.isClean("double  space", false)).isFalse();
    assertThat(Words.isClean("caf\u00E9", false)).isFalse();
  }
}
