package org.cityframework.report;

/**
 * Escaping of untrusted text for Markdown (CommonMark and GitHub's dialect): the text is shown as
 * written and never becomes markup, a link, an image or raw HTML.
 */
final class Markdown {
  /**
   * A zero-width space, as a character reference: it shows nothing, but no autolink pattern runs
   * across it. A backslash escape would not do: renderers such as commonmark-java find extended
   * autolinks in the text after escapes are resolved, and cmark-gfm links {@code a\@b.example}.
   */
  static final String BREAK = "&#8203;";

  private Markdown() {}

  /**
   * One line of untrusted text, escaped: {@code & < >} become entities (no raw HTML, no autolinks),
   * Markdown punctuation ({@code \ ` * _ [ ] | ~ # $}) is backslash-escaped, a leading {@code - +
   * =} or list number cannot start a list, a heading underline or a block, and the three patterns
   * of GitHub's extended autolinks are broken by an invisible {@link #BREAK}: after the colon of
   * every {@code ://}, inside every {@code www.} (any case) and after every {@code @} that a domain
   * name could follow, so that no URL, web address or e-mail address (nor an {@code @mention})
   * becomes a link. No character grows by more than {@code &} does (five times), so text cannot
   * make the report much larger than it is.
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
        case '@' -> out.append(c).append(startsDomain(line, i + 1) ? BREAK : "");
        case ':' -> out.append(c).append(line.startsWith("//", i + 1) ? BREAK : "");
        case 'w', 'W' -> {
          if (line.regionMatches(true, i, "www.", 0, 4)) {
            out.append(line, i, i + 3).append(BREAK);
            i += 2;
          } else {
            out.append(c);
          }
        }
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

  /**
   * Whether a domain name of an e-mail autolink could start at {@code i}: a letter, digit, . - _
   */
  private static boolean startsDomain(String line, int i) {
    if (i >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
  }
}
