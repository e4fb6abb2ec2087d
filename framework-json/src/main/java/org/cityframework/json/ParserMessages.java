package org.cityframework.json;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * A parser's message about a malformed document, in the words a user may see: its first line, with
 * the names of Java classes and methods taken out (the place is said apart, as line and column).
 */
final class ParserMessages {
  private ParserMessages() {}

  /** A Java class or method name, with the brackets or colon that set it off. */
  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\s*\\(?\\b(?:java|javax|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml)"
              + "(?:\\.[\\w$]+)+(?:\\(\\))?\\)?:?");

  /** A reference to the parser's settings: ", from `StreamReadConstraints.getMaxNameLength()`". */
  private static final Pattern SETTING = Pattern.compile(",?\\s*from `[^`]*`");

  /** A control character as Jackson describes it: "(CTRL-CHAR, code 1)". */
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

  /** A character as Jackson describes it: "('}' (code 125))". */
  private static final Pattern CHARACTER = Pattern.compile("\\(('.{1,2}') \\(code \\d+\\)\\)");

  /** Advice to change a parser's setting: ": enable `JsonReadFeature.X` to allow". */
  private static final Pattern ADVICE = Pattern.compile(":?\\s*enable `[^`]*` to allow");

  /** Where a structure started, as Jackson writes it when it cannot say. */
  private static final Pattern START = Pattern.compile("\\s*\\(start marker at \\[Source.*$");

  /** The message of a parser's exception, plain. */
  static String plain(JacksonException e) {
    return plain(e.getOriginalMessage());
  }

  static String plain(String message) {
    String m = message == null ? "" : message.strip();
    int end = m.indexOf('\n');
    m = end < 0 ? m : m.substring(0, end);
    m = JAVA_NAME.matcher(m).replaceAll("");
    m = SETTING.matcher(m).replaceAll("");
    m = START.matcher(m).replaceAll("");
    m = ADVICE.matcher(m).replaceAll(", which JSON does not allow");
    m = CONTROL.matcher(m).replaceAll("control character $1");
    m = CHARACTER.matcher(m).replaceAll("$1");
    m = m.replace("``", "").replace("Exception", "error").strip();
    if (m.endsWith(":")) {
      m = m.substring(0, m.length() - 1).strip();
    }
    return m.isEmpty() ? "it cannot be read" : m;
  }
}
