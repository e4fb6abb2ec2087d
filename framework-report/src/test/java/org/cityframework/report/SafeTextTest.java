package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one cleaning of untrusted text, shared by the reports and the command line. */
class SafeTextTest {
  /**
   * Characters that could move the cursor, hide or reorder text in a terminal or a report, each at
   * the start of its string: they must never come out as they went in.
   */
  static final List<String> HOSTILE =
      List.of(
          "\u001b[2J", // ESC: clear the screen
          "\u009b2J", // CSI, the C1 form of ESC [
          "\u0007", // bell
          "\u0000",
          "\u007f",
          "\u0085", // next line
          "\u202a", // left-to-right embedding ...
          "\u202b",
          "\u202c",
          "\u202d",
          "\u202e", // ... right-to-left override
          "\u2066", // left-to-right isolate ...
          "\u2067",
          "\u2068",
          "\u2069", // ... pop directional isolate
          "\u200e", // left-to-right mark
          "\u200f", // right-to-left mark
          "\u061c", // Arabic letter mark
          "\u200b", // zero-width space
          "\u200d", // zero-width joiner
          "\u2060", // word joiner
          "\ufeff", // byte order mark
          "\u00ad", // soft hyphen
          "\u2028", // line separator
          "\ud800", // an unpaired surrogate
          "\ufffe", // a noncharacter
          "\udb40\udc01"); // language tag

  @Test
  void no_hostile_character_comes_out_and_each_leaves_a_visible_mark_or_a_space() {
    for (String hostile : HOSTILE) {
      for (String cleaned :
          List.of(SafeText.line("a" + hostile + "b"), SafeText.run(" a" + hostile + "b "))) {
        String raw = new String(Character.toChars(hostile.codePointAt(0)));
        assertThat(cleaned).as("%s", hostile).doesNotContain(raw);
        assertThat(cleaned).as("%s", hostile).containsPattern("a[\ufffd ]");
      }
    }
    assertThat(SafeText.line("Riverton\u202e\u001b[2J\nnext"))
        .isEqualTo("Riverton\ufffd\ufffd[2J next");
  }

  @Test
  void cleaning_twice_is_cleaning_once_and_ordinary_text_is_kept() {
    for (String hostile : HOSTILE) {
      String once = SafeText.line("x " + hostile + " y");
      assertThat(SafeText.line(once)).isEqualTo(once);
    }
    assertThat(SafeText.line("S\u00e3o Paulo \u6771\u4eac \ud83d\ude00"))
        .isEqualTo("S\u00e3o Paulo \u6771\u4eac \ud83d\ude00");
  }

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
        String expected = SafeText.rewrite(text, trim);
        assertThat(trim ? SafeText.line(text) : SafeText.run(text))
            .as("%s", text)
            .isEqualTo(expected);
        if (SafeText.isClean(text, trim)) {
          clean++;
          assertThat(expected).as("%s", text).isEqualTo(text);
        }
      }
    }
    assertThat(clean).as("clean cases seen").isGreaterThan(10_000);
  }

  @Test
  void the_catalogue_words_are_clean_as_they_are() {
    assertThat(SafeText.isClean("Adopt a formal, public innovation strategy (L89).", true))
        .isTrue();
    assertThat(SafeText.isClean(" leading", true)).isFalse();
    assertThat(SafeText.isClean(" leading", false)).isTrue();
    assertThat(SafeText.isClean("double  space", false)).isFalse();
    assertThat(SafeText.isClean("caf\u00E9", false)).isFalse();
  }
}
