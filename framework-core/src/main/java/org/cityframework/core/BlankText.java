package org.cityframework.core;

/**
 * What the model calls a blank text: one that shows nothing. A text that must name something (a
 * city's name, a source's title, a goal's description, an indicator) must not be blank.
 *
 * <p>A text is blank when every one of its code points is one of:
 *
 * <ul>
 *   <li>white space ({@link Character#isWhitespace}) or a separator: a space (Unicode category Zs,
 *       including U+00A0 NO-BREAK SPACE and U+2003 EM SPACE), a line separator (Zl) or a paragraph
 *       separator (Zp);
 *   <li>a control character (Cc);
 *   <li>a format character (Cf), such as U+200B ZERO WIDTH SPACE, U+FEFF ZERO WIDTH NO-BREAK SPACE,
 *       U+2060 WORD JOINER or U+202E RIGHT-TO-LEFT OVERRIDE;
 *   <li>one of the other code points Unicode marks as default ignorable, which render as nothing:
 *       U+034F COMBINING GRAPHEME JOINER, the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0,
 *       U+17B4 and U+17B5, the Mongolian variation selectors U+180B to U+180F and the variation
 *       selectors U+FE00 to U+FE0F and U+E0100 to U+E01EF;
 *   <li>U+2800 BRAILLE PATTERN BLANK, which shows as an empty cell.
 * </ul>
 *
 * The empty text is blank.
 */
public final class BlankText {
  private BlankText() {}

  /** Whether {@code text} is blank: made only of the invisible code points listed above. */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (!isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    if (Character.isWhitespace(c)
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.CONTROL
        || type == Character.FORMAT) {
      return true;
    }
    return c == 0x034F
        || c == 0x115F
        || c == 0x1160
        || c == 0x17B4
        || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F)
        || c == 0x2800
        || c == 0x3164
        || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFFA0
        || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
