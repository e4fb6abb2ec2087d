package org.cityframework.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the built-in checks (summary, why, rule, actions), kept in the resource bundle
 * {@code org.cityframework.rules.CheckTexts} keyed by check id, so that a translation is a file.
 */
final class CheckTexts {
  static final String BUNDLE = "org.cityframework.rules.CheckTexts";

  private final ResourceBundle bundle;
  private final Publication publication;

  private CheckTexts(ResourceBundle bundle, Publication publication) {
    this.bundle = bundle;
    this.publication = publication;
  }

  /**
   * The words in the language of {@code locale} where a translation exists ({@code
   * CheckTexts_fr.properties}), each missing key taken from the English file; English for any other
   * locale. The JVM's default locale plays no part ({@link #bundle}).
   */
  static CheckTexts load(Locale locale) {
    return new CheckTexts(bundle(BUNDLE, locale), Publication.chapter(locale));
  }

  /**
   * The resource bundle {@code name} for {@code locale}, falling back to the base (English) file
   * and never to the JVM's default locale, so that the same locale always gives the same words.
   * Properties files are read as UTF-8.
   */
  static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String summary(String id) {
    return text(id + ".summary");
  }

  /** Why it matters, each seed-line reference cited with its place ({@link Publication#citeIn}). */
  String why(String id) {
    return publication.citeIn(text(id + ".why"));
  }

  /** How it is decided, each seed-line reference cited with its place. */
  String rule(String id) {
    return publication.citeIn(text(id + ".rule"));
  }

  List<String> actions(String id) {
    List<String> actions = new ArrayList<>();
    for (int i = 1; bundle.containsKey(id + ".action." + i); i++) {
      actions.add(bundle.getString(id + ".action." + i).strip());
    }
    return actions;
  }

  /**
   * For each action, when it is already done ({@code <id>.action.<n>.doneWhen}), or empty text;
   * empty when no action of the check has one.
   */
  List<String> actionsDoneWhen(String id) {
    List<String> when = new ArrayList<>();
    boolean any = false;
    for (int i = 1; bundle.containsKey(id + ".action." + i); i++) {
      String key = id + ".action." + i + ".doneWhen";
      String text = bundle.containsKey(key) ? bundle.getString(key).strip() : "";
      any |= !text.isEmpty();
      when.add(text);
    }
    return any ? when : List.of();
  }

  private String text(String key) {
    try {
      return bundle.getString(key).strip();
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for " + key + " in " + BUNDLE, e);
    }
  }
}
