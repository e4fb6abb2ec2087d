package org.cityframework.report;

/**
 * Untrusted text made safe to show on one line: in a report, in a terminal, in a message. Every
 * format of this module cleans profile text this way, and so does the command line for everything
 * it echoes (file names, city names, problem messages, JSON Pointers).
 *
 * <pre>{@code
 * SafeText.line("Riverton\u202e\u001b[2J\nnext")  // "Riverton\ufffd\ufffd[2J next"
 * }</pre>
 *
 * <p>Line breaks, tabs and every other kind of white space (U+0085 and U+2028 included) become
 * single spaces. Control characters (C0 and C1, ESC among them), format characters (the
 * bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069, the marks
 * U+200E, U+200F and U+061C, zero-width characters such as U+200B and U+FEFF), unpaired surrogates
 * and noncharacters each become U+FFFD, so that text can neither move the cursor, nor hide or
 * reorder itself, nor break an encoder, and the reader sees that something was there.
 */
public final class SafeText {
  /** What an unsafe character becomes: U+FFFD, the replacement character. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /**
   * The text as one line: white space runs become one space, none at either end; unsafe characters
   * become {@link #REPLACEMENT}.
   */
  public static String line(String text) {
    return isClean(text, true) ? text : rewrite(text, true);
  }

  /**
   * Like {@link #line}, but a leading or trailing run of white space is kept as one space, for text
   * run on with other text.
   */
  public static String run(String text) {
    return isClean(text, false) ? text : rewrite(text, false);
  }

  /** The cleaning of {@link #line} ({@code trim}) or {@link #run}, code point by code point. */
  static String rewrite(String text, boolean trim) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        space = !trim || out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (isUnsafe(cp)) {
        out.append(REPLACEMENT);
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /**
   * Whether the cleaning would return the text unchanged because it is printable ASCII with single
   * spaces (and, when trimming, none at either end): most text, the catalogue's own included.
   */
  static boolean isClean(String text, boolean trim) {
    int n = text.length();
    if (trim && n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isSpace(int cp) {
    return cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || cp == '\u000B'
        || cp == '\f'
        || cp == '\u0085'
        || Character.isSpaceChar(cp);
  }

  /**
   * Controls, format characters (Unicode category Cf: bidirectional controls, zero-width
   * characters, the byte order mark), unpaired surrogates and noncharacters.
   */
  private static boolean isUnsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }
}
