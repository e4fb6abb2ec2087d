package org.cityframework.questionnaire;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A questionnaire a city can fill in: one self-contained HTML page that asks, in plain words, for
 * every fact of a city profile, and saves the answers as a profile document that {@code
 * cityframework validate} accepts.
 *
 * <p>The page is generated from the profile's JSON Schema and the standard check catalogue, so its
 * questions, limits and sections cannot drift from the model: each question carries the checks that
 * read its fact (with the chapter's wording and the seed line), follow-up questions appear only
 * where the model's implications leave them open, and "what should I answer next?" follows the
 * order of the facts to collect first. The page needs no network: its script and style are inline,
 * allowed by a Content-Security-Policy that names their SHA-256 hashes, and its data is a JSON
 * block that cannot close its script element. The same language gives the same page, byte for byte,
 * on any thread, locale and time zone.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Questionnaire {
  /** The languages the page's own words are in (PageWords*.properties). */
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private static final Map<Locale, Questionnaire> MADE = new ConcurrentHashMap<>();

  private final Locale language;
  private final String html;

  private Questionnaire(Locale language, String html) {
    this.language = language;
    this.html = html;
  }

  /**
   * The questionnaire of the standard catalogue in the language of {@code locale} when it is one of
   * {@link #languages()}, English otherwise.
   */
  public static Questionnaire standard(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Locale language = Locale.ENGLISH;
    for (Locale l : LANGUAGES) {
      if (l.getLanguage().equals(locale.getLanguage())) {
        language = l;
      }
    }
    return MADE.computeIfAbsent(language, Questionnaire::make);
  }

  /** The languages a questionnaire can be written in: English and French. */
  public static List<Locale> languages() {
    return LANGUAGES;
  }

  /** The page's language. */
  public Locale language() {
    return language;
  }

  /** The page: a complete HTML document, UTF-8 text ending with a line break. */
  public String html() {
    return html;
  }

  /** Writes the page ({@link #html()}) to {@code out}; the caller closes it. */
  public void writeTo(Writer out) throws IOException {
    out.write(html);
    out.flush();
  }

  private static Questionnaire make(Locale language) {
    return new Questionnaire(language, Page.write(QuestionnaireData.of(language), language));
  }
}
