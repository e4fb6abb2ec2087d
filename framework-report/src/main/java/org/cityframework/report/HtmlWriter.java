package org.cityframework.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small HTML writer that escapes every text node and attribute value ({@code & < > " '}), so
 * untrusted text can never become markup. Element and attribute names come from this package's code
 * and are checked; event-handler attributes and links that leave the page are refused. Void
 * elements are written as {@code <meta ... />}, so the page is also well-formed XML.
 */
final class HtmlWriter {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-zA-Z0-9-]*");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  /** The document type line. */
  HtmlWriter doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** Opens an element; {@code attributes} are name, value pairs. */
  HtmlWriter open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Closes the innermost open element, which must be {@code tag}. */
  HtmlWriter close(String tag) {
    String innermost = open.pop();
    if (!innermost.equals(tag)) {
      throw new IllegalStateException("closing " + tag + " inside " + innermost);
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element such as {@code meta}, or an empty SVG shape. */
  HtmlWriter empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append(" />");
    return this;
  }

  /** Text, cleaned ({@link Words#run}) and escaped. */
  HtmlWriter text(String untrusted) {
    escape(Words.run(untrusted));
    return this;
  }

  /** A line break in the source, for readable diffs; no effect on the page. */
  HtmlWriter newline() {
    out.append('\n');
    return this;
  }

  /** A style sheet of this package; it must not be able to end its element. */
  HtmlWriter style(String css) {
    if (css.contains("<") || css.contains("url(") || css.contains("@import")) {
      throw new IllegalArgumentException("a style sheet of the report loads nothing");
    }
    open("style");
    out.append(css);
    return close("style");
  }

  private void start(String tag, String... attributes) {
    if (!NAME.matcher(tag).matches() || tag.equals("script")) {
      throw new IllegalArgumentException("not an element the report writes: " + tag);
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i];
      String value = Words.line(attributes[i + 1]);
      if (!ATTRIBUTE.matcher(name).matches() || name.startsWith("on")) {
        throw new IllegalArgumentException("not an attribute the report writes: " + name);
      }
      if ((name.equals("href") || name.equals("src")) && !value.startsWith("#")) {
        throw new IllegalArgumentException("the report links only within itself: " + value);
      }
      out.append(' ').append(name).append("=\"");
      escape(value);
      out.append('"');
    }
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    return out.toString();
  }
}
