package org.cityframework.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questionnaire's HTML: a page whose inline style and script are allowed by their SHA-256
 * hashes in a Content-Security-Policy that forbids everything else (no request, no other script, no
 * plugin, no form submission), with the data as a JSON block the script reads.
 */
final class Page {
  private static final String SCRIPT = resource("questionnaire.js");
  private static final String STYLE = resource("questionnaire.css");

  private Page() {}

  /** The page for {@code data}, its fixed words in {@code language}. */
  static String write(ObjectNode data, Locale language) {
    PageWords words = PageWords.of(language);
    String policy =
        "default-src 'none'; script-src '"
            + hash(SCRIPT)
            + "'; style-src '"
            + hash(STYLE)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    StringBuilder html = new StringBuilder(1 << 20);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(policy)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"cityframework\">\n<title>")
        .append(escape(words.get("title")))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<noscript><p>")
        .append(escape(words.get("noscript")))
        .append("</p></noscript>\n<div id=\"app\"></div>\n")
        .append("<script type=\"application/json\" id=\"questionnaire-data\">")
        .append(inert(data.toString()))
        .append("</script>\n<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * JSON text that cannot end its script element nor start markup: {@code <}, {@code >} and {@code
   * &} as escapes (they occur only inside strings), and the line separators that old script parsers
   * took for line ends.
   */
  static String inert(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The CSP source of an inline element's text: {@code sha256-} and its Base64 digest. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
