package org.cityframework.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated properties file beside the English file it translates, and everything wrong with the
 * translation, for a test that fails when a text lacks its translation.
 *
 * <pre>{@code
 * List<String> problems =
 *     Translation.of(Catalogue.class, "CheckTexts.properties", "CheckTexts_fr.properties")
 *         .exempt(key -> key.endsWith(".doneWhen"))
 *         .frenchPunctuation()
 *         .problems();
 * assertThat(problems).isEmpty();
 * }</pre>
 *
 * <p>A problem is: an English key the translation lacks; a key of the translation the English file
 * does not have (or an exempt one: exempt keys are never translated); an empty text; a text whose
 * placeholders differ from the English text's ({@code {0}}, {@code {n}}, {@code {pointer}}, and
 * format specifiers such as {@code %s} or {@code %1$d}), or whose terms of a given pattern differ
 * ({@link #sameTerms}: seed lines such as {@code L23} must stay what they are); and, asked for, a
 * French punctuation mark ({@code : ; ? !}, and the guillemets) after a plain space instead of a
 * no-break space. Both files must be well-formed UTF-8: a file that is not cannot be read.
 */
public final class Translation {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{[A-Za-z0-9_]+\\}|%(\\d+\\$)?[-#+0,(]*\\d*(\\.\\d+)?[sdfxXeEgGn%]");
  private static final Pattern PLAIN_SPACE_IN_FRENCH = Pattern.compile(" [:;?!»]|« ");

  private final String englishName;
  private final String translatedName;
  private final Properties english;
  private final Properties translated;
  private final Predicate<String> exempt;
  private final List<Pattern> terms;
  private final boolean french;

  private Translation(
      String englishName,
      String translatedName,
      Properties english,
      Properties translated,
      Predicate<String> exempt,
      List<Pattern> terms,
      boolean french) {
    this.englishName = englishName;
    this.translatedName = translatedName;
    this.english = english;
    this.translated = translated;
    this.exempt = exempt;
    this.terms = terms;
    this.french = french;
  }

  /**
   * The translation {@code translatedName} of {@code englishName}, both resources beside {@code
   * owner} (in its package).
   *
   * @throws IllegalArgumentException if a file is missing or is not well-formed UTF-8
   */
  public static Translation of(Class<?> owner, String englishName, String translatedName) {
    return new Translation(
        englishName,
        translatedName,
        read(owner, englishName),
        read(owner, translatedName),
        key -> false,
        List.of(),
        false);
  }

  /** This translation, with the English keys that are not to be translated. */
  public Translation exempt(Predicate<String> keys) {
    return new Translation(
        englishName, translatedName, english, translated, exempt.or(keys), terms, french);
  }

  /**
   * This translation, where every match of {@code pattern} in an English text must appear in the
   * translated text as often.
   */
  public Translation sameTerms(Pattern pattern) {
    List<Pattern> more = new ArrayList<>(terms);
    more.add(pattern);
    return new Translation(
        englishName, translatedName, english, translated, exempt, List.copyOf(more), french);
  }

  /**
   * This translation, written in French: a no-break space (U+00A0 or U+202F), never a plain one,
   * before {@code : ; ? !} and the closing guillemet and after the opening one.
   */
  public Translation frenchPunctuation() {
    return new Translation(englishName, translatedName, english, translated, exempt, terms, true);
  }

  /** Every problem of the translation, one line each, by key; empty when it is complete. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      if (!exempt.test(key) && !translated.containsKey(key)) {
        problems.add(key + ": no translation in " + translatedName);
      }
    }
    for (String key : new TreeSet<>(translated.stringPropertyNames())) {
      String text = translated.getProperty(key);
      if (!english.containsKey(key)) {
        problems.add(key + ": in " + translatedName + " but not in " + englishName);
        continue;
      }
      if (exempt.test(key)) {
        problems.add(key + ": is not to be translated, but " + translatedName + " has it");
        continue;
      }
      if (text.isBlank()) {
        problems.add(key + ": empty in " + translatedName);
        continue;
      }
      String original = english.getProperty(key);
      compare(key, "placeholders", PLACEHOLDER, original, text, problems);
      for (Pattern term : terms) {
        compare(key, "terms " + term.pattern(), term, original, text, problems);
      }
      if (french) {
        Matcher m = PLAIN_SPACE_IN_FRENCH.matcher(text);
        if (m.find()) {
          problems.add(
              key + ": a plain space where a no-break space belongs: \"" + m.group() + "\"");
        }
      }
    }
    return problems;
  }

  private static void compare(
      String key, String what, Pattern pattern, String original, String text, List<String> out) {
    TreeMap<String, Integer> expected = count(pattern, original);
    TreeMap<String, Integer> found = count(pattern, text);
    if (!expected.equals(found)) {
      out.add(key + ": " + what + " differ: English " + expected + ", translation " + found);
    }
  }

  private static TreeMap<String, Integer> count(Pattern pattern, String text) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static Properties read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(name + " is not beside " + owner.getName());
      }
      byte[] bytes = in.readAllBytes();
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      return properties;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + " is not well-formed UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests of this class: a translation of two texts given as properties source. */
  static Translation ofText(String englishSource, String translatedSource) {
    return new Translation(
        "english",
        "translation",
        load(englishSource),
        load(translatedSource),
        key -> false,
        List.of(),
        false);
  }

  private static Properties load(String source) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
