package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Waiver;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text from a profile or a waiver never becomes active Markdown under CommonMark with GitHub's
 * extensions (tables, extended autolinks, strikethrough): no link, image, HTML, heading, quote,
 * list, task, table cell or struck text. Each hostile text is put in every free text of a profile
 * and in a waiver; its Markdown report must parse to the same tree of nodes as the report of a
 * harmless text, and show the hostile text as written.
 */
class MarkdownActiveSyntaxTest {
  private static final String ZERO_WIDTH_SPACE = "\u200b";
  private static final String HARMLESS = "Plain words";

  /**
   * GitHub's extended e-mail autolink (GFM spec 6.9, as cmark-gfm applies it): ASCII letters,
   * digits and {@code . - _ +}, an {@code @}, then ASCII letters, digits, {@code - _}. The autolink
   * extension of commonmark-java links more (any non-ASCII character, so even across a zero-width
   * space), so e-mail addresses are checked against the spec's rule instead.
   */
  private static final Pattern GFM_EMAIL = Pattern.compile("[A-Za-z0-9._+-]@[A-Za-z0-9_-]");

  private static final List<Extension> GFM =
      List.of(
          TablesExtension.create(),
          AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build(),
          StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();

  /** The hostile text, and how {@link Markdown#text} must write it (B is the break). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      quoteCharacter = '^',
      textBlock =
          """
          https://example.com/a?b=c	https:B//example.com/a?b=c
          see http://example.com now	see http:B//example.com now
          ftp://example.com	ftp:B//example.com
          www.example.com	wwwB.example.com
          WWW.Example.COM	WWWB.Example.COM
          (www.example.com)	(wwwB.example.com)
          wwww.example.com	wwwwB.example.com
          user@example.com	user@Bexample.com
          mailto:user@example.com	mailto:user@Bexample.com
          @octocat	@Boctocat
          a @ b @@ c@	a @ b @@ c@
          a@-b.example a@_b a@.b	a@B-b.example a@B\\_b a@B.b
          <https://x>	&lt;https:B//x&gt;
          <user@example.com>	&lt;user@Bexample.com&gt;
          [x](y)	\\[x\\](y)
          ![x](y)	!\\[x\\](y)
          [ref]: https://x	\\[ref\\]: https:B//x
          <img src=x onerror=alert(1)>	&lt;img src=x onerror=alert(1)&gt;
          a | b	a \\| b
          ^# heading^	\\# heading
          > quote	&gt; quote
          - item	\\- item
          + item	\\+ item
          1. item	1\\. item
          1) item	1\\) item
          ~~x~~	\\~\\~x\\~\\~
          [ ] task	\\[ \\] task
          [x] done	\\[x\\] done
          *x* _y_	\\*x\\* \\_y\\_
          `code`	\\`code\\`
          ---	\\---
          ===	\\===
          &copy; &#60;	&amp;copy; &amp;\\#60;
          $x$	\\$x\\$
          a\\	a\\\\
          """)
  void a_hostile_text_is_escaped_and_stays_text(String hostile, String expected) {
    String escaped = expected.replace("B", Markdown.BREAK);
    assertThat(Markdown.text(hostile)).isEqualTo(escaped);

    for (Report report : Report.values()) {
      String md = report.render(hostile);
      String harmless = report.render(HARMLESS);
      if (report == Report.ASSESSMENT) { // where the text starts a line, as in the findings
        assertThat(md).contains(escaped);
      }
      assertThat(nodes(md)).as(report.name() + " node tree").isEqualTo(nodes(harmless));
      String shown = Jsoup.parse(html(md)).text().replace(ZERO_WIDTH_SPACE, "");
      assertThat(shown).as(report.name()).contains(hostile.strip());
    }
  }

  @org.junit.jupiter.api.Test
  void escaping_grows_a_text_at_most_five_times() {
    for (String unit : List.of("&", "a@", "@a", "www.", "://", "<", "1.", "_", "\\", "@")) {
      String text = unit.repeat(10_000);
      assertThat(Markdown.text(text).length()).as(unit).isLessThanOrEqualTo(5 * text.length());
    }
  }

  /** The two Markdown reports, with the text everywhere a profile or a waiver can put it. */
  private enum Report {
    ASSESSMENT {
      @Override
      String render(String text) {
        return ReportFormat.MARKDOWN.render(assessment(text));
      }
    },
    PROGRESS {
      @Override
      String render(String text) {
        Assessment before = Assessor.standard().assess(Cities.profile("riverton-2024.json"));
        return ReportFormat.MARKDOWN.render(Progress.between(before, assessment(text)));
      }
    };

    abstract String render(String text);

    static Assessment assessment(String text) {
      Waiver waiver =
          Waiver.builder()
              .checkId("R4.0")
              .justification(text)
              .authority(text)
              .expiresOn(LocalDate.of(2030, 1, 1))
              .build();
      return Assessor.standard().withWaivers(List.of(waiver)).assess(Hostile.profile(text));
    }
  }

  /** The kinds of the nodes of the parsed Markdown, depth first: its structure without its text. */
  private static List<String> nodes(String markdown) {
    List<String> kinds = new ArrayList<>();
    collect(PARSER.parse(markdown), 0, kinds);
    return kinds;
  }

  private static void collect(Node node, int depth, List<String> kinds) {
    if (node instanceof Text text) {
      assertThat(text.getLiteral()).doesNotContainPattern(GFM_EMAIL);
    } else {
      kinds.add(depth + " " + node.getClass().getSimpleName());
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, depth + 1, kinds);
    }
  }

  private static String html(String markdown) {
    return HtmlRenderer.builder().extensions(GFM).build().render(PARSER.parse(markdown));
  }
}
