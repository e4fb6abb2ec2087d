package org.cityframework.report;

import java.math.BigInteger;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cityframework.rules.Publication;

/**
 * The words of the reports in one language, from the resource bundle {@code
 * org.cityframework.report.ReportText} ({@code ReportText_fr.properties} for French), and the way
 * that language writes numbers. Only the language asked for counts, never the JVM's default locale:
 * English for every locale but French ones. Immutable and thread-safe.
 */
final class ReportText {
  static final String BUNDLE = "org.cityframework.report.ReportText";

  private static final ReportText ENGLISH = new ReportText(Locale.ENGLISH);
  private static final ReportText FRENCH = new ReportText(Locale.FRENCH);

  private final Locale language;
  private final ResourceBundle bundle;
  private final boolean french;

  private ReportText(Locale language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.getLanguage().equals("en") ? Locale.ROOT : language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.french = language.getLanguage().equals("fr");
  }

  /** The words in the language of {@code locale}: French for a French locale, else English. */
  static ReportText of(Locale locale) {
    return locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  /** The language: {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
  Locale language() {
    return language;
  }

  /** The publication cited in this language. */
  Publication publication() {
    return Publication.chapter(language);
  }

  /** Whether the text under {@code key} exists. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text under {@code key}, with {@code {0}}, {@code {1}} ... replaced by the arguments in
   * order (a plain replacement: an apostrophe is an apostrophe).
   *
   * @throws IllegalStateException if the bundle has no such key (a test keeps every key present)
   */
  String get(String key, Object... arguments) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for " + key + " in " + BUNDLE, e);
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** A number to one decimal: "57.1" in English, "57,1" in French. */
  String decimal(double value) {
    String number = String.format(Locale.ROOT, "%.1f", value);
    return french ? number.replace('.', ',') : number;
  }

  /** A whole number: "312,000" in English, "312 000" (a no-break space) in French. */
  String count(long n) {
    String number = String.format(Locale.ROOT, "%,d", n);
    return french ? number.replace(',', '\u00a0') : number;
  }

  /**
   * A number as the profile states it, digits unchanged, with the decimal mark of this language:
   * "12.5" in English, "12,5" in French.
   */
  String plain(String number) {
    return french ? number.replace('.', ',') : number;
  }

  /** A whole number of any size with thousands separators, as {@link #count(long)} writes it. */
  String grouped(BigInteger n) {
    String number = String.format(Locale.ROOT, "%,d", n);
    return french ? number.replace(',', '\u00a0') : number;
  }
}
