package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Profile text is untrusted: it never becomes markup, a script, a link or a formula. */
class UntrustedTextTest {
  private static final String ASSESSMENT_HTML = ReportFormat.HTML.render(Hostile.assessment());
  private static final String PROGRESS_HTML = ReportFormat.HTML.render(Hostile.progress());

  @Test
  void the_html_holds_no_attack_unescaped() {
    for (String html : List.of(ASSESSMENT_HTML, PROGRESS_HTML)) {
      for (String attack : Hostile.MARKUP) {
        if (!attack.equals("javascript:alert(1)")) { // plain text once its neighbours are escaped
          assertThat(html).doesNotContain(attack);
        }
      }
      assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg onload");
      assertThat(html).doesNotContain("]]>", "\u001b", "\u202e", "\u0000");
    }
  }

  @Test
  void the_html_is_well_formed_and_a_browser_finds_no_script_handler_or_script_link()
      throws Exception {
    for (String html : List.of(ASSESSMENT_HTML, PROGRESS_HTML)) {
      DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
      xml.setExpandEntityReferences(false);
      xml.newDocumentBuilder().parse(new InputSource(new StringReader(html))); // strict: XML
      assertSafe(Jsoup.parse(html));
    }
  }

  @Test
  void the_html_shows_the_attacks_as_text() {
    Document page = Jsoup.parse(ASSESSMENT_HTML);
    assertThat(page.select("h1").text()).contains(Hostile.TEXT);
    assertThat(page.select("#sources").text()).contains(Hostile.TEXT);
    assertThat(page.select("ul.evidence .answer").eachText()).contains(Hostile.TEXT);
    assertThat(page.select("p.waiver").text()).contains(Hostile.TEXT);
    assertThat(page.select("p.waiver").eachText())
        .contains(
            "Waiver expired on 2020-01-01 (granted by "
                + Hostile.TEXT
                + ": "
                + Hostile.TEXT
                + "); the finding counts again.");
    assertThat(page.select("title").first().text()).contains(Hostile.TEXT);
  }

  @Test
  void the_html_forbids_scripts_and_loads_by_its_content_security_policy() {
    Element csp =
        Jsoup.parse(ASSESSMENT_HTML).selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    assertThat(csp.attr("content"))
        .matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src data:")
        .doesNotContain("unsafe");
  }

  @Test
  void the_policy_allows_the_page_s_one_style_sheet_by_its_hash_and_no_style_attribute()
      throws Exception {
    Document page = Jsoup.parse(ASSESSMENT_HTML);
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("[style]")).isEmpty();
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                page.selectFirst("style").data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
  }

  @Test
  void the_markdown_escapes_the_attacks_so_a_markdown_renderer_shows_them_as_text() {
    for (String md :
        List.of(
            ReportFormat.MARKDOWN.render(Hostile.assessment()),
            ReportFormat.MARKDOWN.render(Hostile.progress()))) {
      assertThat(md).doesNotContain("<script", "<img", "<svg", "]]>", "](", "\u001b", "\u202e");
      assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\]\\]&gt;");
      Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
      String html =
          HtmlRenderer.builder()
              .extensions(List.of(TablesExtension.create()))
              .build()
              .render(parser.parse(md));
      Document rendered = Jsoup.parse(html);
      assertSafe(rendered);
      assertThat(rendered.select("a")).isEmpty();
      assertThat(rendered.text()).contains(Hostile.TEXT);
    }
  }

  @Test
  void the_markdown_escapes_markdown_and_html_metacharacters() {
    assertThat(Markdown.text("a <b> & c | d `e` [f](g) *h* _i_ ~j~ \\ $k$"))
        .isEqualTo(
            "a &lt;b&gt; &amp; c \\| d \\`e\\` \\[f\\](g) \\*h\\* \\_i\\_ \\~j\\~ \\\\ \\$k\\$");
    assertThat(Markdown.text("# heading")).isEqualTo("\\# heading");
    assertThat(Markdown.text("- item")).isEqualTo("\\- item");
    assertThat(Markdown.text("+ item")).isEqualTo("\\+ item");
    assertThat(Markdown.text("2024. a year")).isEqualTo("2024\\. a year");
    assertThat(Markdown.text("3) three")).isEqualTo("3\\) three");
    assertThat(Markdown.text("two\nlines")).isEqualTo("two lines");
  }

  @Test
  void each_format_escapes_one_untrusted_text_as_its_reports_do() {
    String hostile = "=1 <b>&</b> https://x.example\u202e";
    assertThat(ReportFormat.TEXT.text(hostile)).isEqualTo("=1 <b>&</b> https://x.example\uFFFD");
    assertThat(ReportFormat.MARKDOWN.text(hostile))
        .isEqualTo("\\=1 &lt;b&gt;&amp;&lt;/b&gt; https:&#8203;//x.example\uFFFD");
    assertThat(ReportFormat.HTML.text(hostile))
        .isEqualTo("=1 &lt;b&gt;&amp;&lt;/b&gt; https://x.example\uFFFD");
    assertThat(ReportFormat.CSV.text(hostile)).isEqualTo("'=1 <b>&</b> https://x.example\uFFFD");
  }

  @Test
  void the_csv_neutralises_formulas() {
    String csv = ReportFormat.CSV.render(Hostile.assessment());
    for (String formula : Hostile.FORMULAS) {
      assertThat(csv).contains(",'" + formula);
      assertThat(csv).doesNotContain("," + formula + ",", "\"" + formula);
    }
    for (String line : csv.split("\r\n")) {
      for (String cell : CsvTest.cells(line)) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        assertThat(cell).doesNotStartWith("-").doesNotStartWith("\t").doesNotStartWith("\r");
      }
    }
  }

  @Test
  void a_csv_cell_that_a_spreadsheet_would_run_starts_with_a_quote() {
    assertThat(CsvReport.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(CsvReport.cell("+1")).isEqualTo("'+1");
    assertThat(CsvReport.cell("-1")).isEqualTo("'-1");
    assertThat(CsvReport.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(CsvReport.cell("\t=1")).isEqualTo("'=1");
    assertThat(CsvReport.cell("\r-1")).isEqualTo("'-1");
    assertThat(CsvReport.cell("  =1")).isEqualTo("'=1");
    assertThat(CsvReport.cell("=1,2")).isEqualTo("\"'=1,2\"");
    assertThat(CsvReport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.cell("plain")).isEqualTo("plain");
  }

  @Test
  void text_neutralises_control_and_format_characters() {
    for (String text :
        List.of(
            ReportFormat.TEXT.render(Hostile.assessment()),
            ReportFormat.TEXT.render(Hostile.progress()))) {
      assertThat(text.chars().filter(c -> c != '\n').filter(Character::isISOControl)).isEmpty();
      assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.FORMAT)).isEmpty();
    }
    assertThat(Words.line(Hostile.CONTROLS))
        .isEqualTo("red\uFFFD[31m reset\uFFFD[0m right\uFFFDleft bell\uFFFD nul\uFFFD");
  }

  private static void assertSafe(Document page) {
    assertThat(
            page.select(
                "script, iframe, frame, object, embed, img, image, link, base, form, input,"
                    + " button, audio, video, source, foreignObject, use, animate, set"))
        .isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        assertThat(name).as("attribute of <%s>", e.tagName()).doesNotMatch("on[a-z]+");
        assertThat(value).as("%s of <%s>", name, e.tagName()).doesNotContain("javascript:");
        if (name.equals("href") || name.endsWith(":href")) {
          assertThat(value).as("links stay in the page").startsWith("#");
        }
        assertThat(name).isNotIn("src", "srcset", "style", "formaction", "action");
      }
    }
  }
}
