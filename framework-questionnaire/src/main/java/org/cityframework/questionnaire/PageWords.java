package org.cityframework.questionnaire;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's own words (headings, buttons, messages, section titles, the labels of facts no check
 * reads), in the resource bundle {@code org.cityframework.questionnaire.PageWords}; a translation
 * is a copy named {@code PageWords_<language>.properties}.
 */
final class PageWords {
  private static final String BUNDLE = "org.cityframework.questionnaire.PageWords";

  private final ResourceBundle bundle;

  private PageWords(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The words in {@code language}: French for French, English otherwise. */
  static PageWords of(Locale language) {
    Locale wanted = language.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ROOT;
    return new PageWords(
        ResourceBundle.getBundle(
            BUNDLE,
            wanted,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * The words of {@code key}.
   *
   * @throws java.util.MissingResourceException when there are none
   */
  String get(String key) {
    return bundle.getString(key).strip();
  }

  /** The words of {@code key}, or null when there are none. */
  String find(String key) {
    return bundle.containsKey(key) ? get(key) : null;
  }

  /** The words the page's script shows (keys starting {@code page.}), by key in key order. */
  ObjectNode asJson() {
    ObjectNode words = JsonNodeFactory.instance.objectNode();
    for (String key : new TreeSet<>(bundle.keySet())) {
      if (key.startsWith("page.")) {
        words.put(key.substring("page.".length()), get(key));
      }
    }
    return words;
  }
}
