package org.cityframework.collect;

import java.util.Locale;

/**
 * How answers and column headers are compared: without regard to case, to surrounding spaces, to
 * runs of spaces inside, or to typographic apostrophes ("Don’t know" is "Don't know").
 */
final class Labels {
  private Labels() {}

  /** The form of a label or header that comparisons use. */
  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
        continue;
      }
      if (space) {
        key.append(' ');
        space = false;
      }
      key.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** A label as a choice's constant would be written: "Some agencies" is SOME_AGENCIES. */
  static String constant(String text) {
    return key(text)
        .replaceAll("[^\\p{L}\\p{N}]+", "_")
        .replaceAll("^_|_$", "")
        .toUpperCase(Locale.ROOT);
  }
}
