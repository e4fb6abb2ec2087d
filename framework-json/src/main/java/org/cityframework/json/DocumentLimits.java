package org.cityframework.json;

import java.util.Locale;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Limits on what a document may hold, set deliberately so that hostile input is refused quickly
 * with a clear error instead of exhausting memory or time (docs/json.md, "Limits on hostile
 * input"). A real profile is a few kilobytes, nests four levels and has short texts.
 */
final class DocumentLimits {
  private DocumentLimits() {}

  /** The largest document read, in bytes. */
  static final int MAX_DOCUMENT_BYTES = 10_000_000;

  /** The deepest nesting of objects and lists. */
  static final int MAX_DEPTH = 32;

  /** The longest text, in characters. */
  static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 64;

  /** The longest property name, in characters. */
  static final int MAX_NAME_LENGTH = 200;

  /** The most tokens (names, values, brackets) a document may have. */
  static final int MAX_TOKENS = 1_000_000;

  static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxTokenCount(MAX_TOKENS)
          .build();

  /**
   * The limit a parser found exceeded, in words: its own message names a Java method. The length of
   * a long number is kept ("(found 65)"); that of a long text or name is not, since a parser stops
   * counting at the first chunk past the limit (a name of a million characters is "found 256").
   */
  static String exceeded(StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String found = found(message);
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.startsWith("string value length")) {
      // Without the length: a JSON parser stops counting at the first chunk past the limit.
      return "a text is longer than " + words(MAX_STRING_LENGTH) + " characters";
    }
    if (lower.startsWith("number value length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " characters" + found;
    }
    if (lower.startsWith("name length")) {
      return "a property name is longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (lower.startsWith("document nesting depth")) {
      return "the document nests deeper than " + MAX_DEPTH + " levels";
    }
    if (lower.startsWith("token count")) {
      return "the document has more than " + words(MAX_TOKENS) + " names, values and brackets";
    }
    if (lower.startsWith("document length")) {
      return "the document is larger than 10 MB";
    }
    return "a limit of docs/json.md is exceeded";
  }

  /** " (found N)" for the length a parser's message gives first in brackets; "" if none. */
  private static String found(String message) {
    int open = message.indexOf('(');
    int close = open < 0 ? -1 : message.indexOf(')', open);
    if (close < 0) {
      return "";
    }
    String number = message.substring(open + 1, close);
    return number.chars().allMatch(Character::isDigit) && !number.isEmpty()
        ? " (found " + number + ")"
        : "";
  }

  /** 100000 as "100 000", as docs/json.md writes it. */
  private static String words(int n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
  }
}
