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
    String t = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00A0', ' ');
    return t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A label as a choice's constant would be written: "Some agencies" is SOME_AGENCIES. */
  static String constant(String text) {
    return key(text)
        .replaceAll("[^\\p{L}\\p{N}]+", "_")
        .replaceAll("^_|_$", "")
        .toUpperCase(Locale.ROOT);
  }
}
