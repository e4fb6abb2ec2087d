package org.cityframework.cohort;

/**
 * Writes JSON text in the order it is given, two spaces an indent: keys, strings (escaped as RFC
 * 8259 asks, with every control character as {@code \\uXXXX}), whole numbers, one-decimal numbers
 * and null.
 */
final class Json {
  private final StringBuilder text = new StringBuilder();
  private int depth;
  private boolean first = true;
  private boolean afterKey;

  Json open(char bracket) {
    before();
    text.append(bracket);
    depth++;
    first = true;
    return this;
  }

  Json close(char bracket) {
    depth--;
    if (!first) {
      newline();
    }
    text.append(bracket);
    first = false;
    return this;
  }

  Json key(String name) {
    before();
    quoted(name);
    text.append(": ");
    afterKey = true;
    return this;
  }

  Json string(String value) {
    before();
    quoted(value);
    return this;
  }

  Json number(long value) {
    before();
    text.append(value);
    return this;
  }

  /** A value in tenths, written with one decimal, for example {@code 12.5} or {@code 100.0}. */
  Json decimal(double value) {
    before();
    long tenths = Math.round(value * 10);
    text.append(tenths / 10).append('.').append(tenths % 10);
    return this;
  }

  Json nil() {
    before();
    text.append("null");
    return this;
  }

  String text() {
    return text.toString();
  }

  private void before() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (!first) {
      text.append(',');
    }
    if (depth > 0) {
      newline();
    }
    first = false;
  }

  private void newline() {
    text.append('\n');
    text.append("  ".repeat(depth));
  }

  private void quoted(String s) {
    text.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            text.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
