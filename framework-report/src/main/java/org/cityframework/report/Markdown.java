package org.cityframework.report;

/**
 * Escaping of untrusted text for Markdown (CommonMark and GitHub's dialect): the text is shown as
 * written and never becomes markup, a link, an image or raw HTML.
 */
final class Markdown {
  private Markdown() {}

  /**
   * One line of untrusted text, escaped: {@code & < >} become entities (no raw HTML, no autolinks),
   * Markdown punctuation ({@code \ ` * _ [ ] | ~ # $}) is backslash-escaped, and a leading {@code -
   * + =} or list number cannot start a list, a heading underline or a block.
   */
  static String text(String untrusted) {
    String line = Words.line(untrusted);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '$' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    }
    int digits = 0;
    while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < out.length()
        && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
      out.insert(digits, '\\');
    }
    return out.toString();
  }
}
