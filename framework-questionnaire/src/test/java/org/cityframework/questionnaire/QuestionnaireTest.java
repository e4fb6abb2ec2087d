package org.cityframework.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Catalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class QuestionnaireTest {
  private static final String PAGE = Questionnaire.standard(Locale.ENGLISH).html();

  private static Document parsed(String html) {
    return Jsoup.parse(html);
  }

  private static JsonNode data(String html) {
    Element block = parsed(html).getElementById("questionnaire-data");
    return DocumentFormat.JSON.readTree(
        block.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void the_policy_allows_exactly_the_inline_script_and_style_by_their_hashes() {
    Document page = parsed(PAGE);
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    List<Element> code = page.select("script:not([type=application/json])");
    assertThat(code).hasSize(1);
    assertThat(page.select("style")).hasSize(1);

    String script = Page.hash(code.get(0).data());
    String style = Page.hash(page.selectFirst("style").data());

    assertThat(policy)
        .startsWith("default-src 'none'; ")
        .contains("script-src '" + script + "';", "style-src '" + style + "';")
        .doesNotContain("unsafe-inline", "unsafe-eval", "unsafe-hashes", "http", "*");
    Matcher hashes = Pattern.compile("sha256-[A-Za-z0-9+/=]+").matcher(policy);
    List<String> listed = new ArrayList<>();
    while (hashes.find()) {
      listed.add(hashes.group());
    }
    assertThat(listed).containsExactly(script, style);
  }

  @Test
  void the_page_loads_nothing_from_anywhere() {
    Document page = parsed(PAGE);

    assertThat(page.select("[src], [href], link, img, iframe, object, embed, base, form"))
        .isEmpty();
    assertThat(page.select("[style]")).isEmpty();
    String code = page.select("script:not([type=application/json])").get(0).data();
    assertThat(code)
        .doesNotContain(
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "fetch(",
            "XMLHttpRequest",
            "import(",
            "http:",
            "https:");
    assertThat(page.selectFirst("style").data()).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void text_in_the_data_cannot_close_its_script_element() {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    String hostile = "</script><img src=x onerror=alert(1)><!-- & \u2028";
    data.put("name", hostile);

    String html = Page.write(data, Locale.ENGLISH);

    Document page = parsed(html);
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("script")).hasSize(2);
    assertThat(data(html).get("name").stringValue()).isEqualTo(hostile);
    assertThat(Page.inert(data.toString())).doesNotContain("<", ">", "&", "\u2028");
  }

  @Test
  void the_page_is_the_same_bytes_whatever_the_default_locale_and_time_zone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      String again = Page.write(QuestionnaireData.of(Locale.ENGLISH), Locale.ENGLISH);
      assertThat(again).isEqualTo(PAGE);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void writing_to_a_writer_gives_the_page() throws IOException {
    StringWriter out = new StringWriter();
    Questionnaire.standard(Locale.UK).writeTo(out);

    assertThat(out.toString()).isEqualTo(PAGE).endsWith("</html>\n");
    assertThat(Questionnaire.standard(Locale.UK).language()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void every_fact_of_the_profile_schema_is_a_question() throws IOException {
    JsonNode schema;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("org/cityframework/json/schema/city-profile.schema.json")) {
      schema = DocumentFormat.JSON.readTree(in.readAllBytes());
    }
    Set<String> facts = new HashSet<>();
    leaves(schema, schema, "", facts);
    facts.remove("/schemaVersion");
    Set<String> asked = new HashSet<>();
    data(PAGE).get("questions").forEach(q -> asked.add(q.get("pointer").stringValue()));

    assertThat(facts).hasSizeGreaterThan(200);
    assertThat(asked).isEqualTo(facts);
  }

  /** Every fact's pointer: leaves, and lists with their items' facts under {@code *}. */
  private static void leaves(JsonNode schema, JsonNode node, String prefix, Set<String> into) {
    for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
      String pointer = prefix + "/" + e.getKey();
      JsonNode type = e.getValue();
      if (type.has("$ref")) {
        type = schema.get("$defs").get(type.get("$ref").stringValue().substring(8));
      }
      if (type.has("properties")) {
        leaves(schema, type, pointer, into);
      } else if (type.path("type").stringValue("").equals("array")) {
        into.add(pointer);
        JsonNode items = type.get("items");
        leaves(
            schema,
            schema.get("$defs").get(items.get("$ref").stringValue().substring(8)),
            pointer + "/*",
            into);
      } else {
        into.add(pointer);
      }
    }
  }

  @Test
  void a_fact_a_check_reads_is_asked_in_the_catalogue_words_and_names_its_checks() {
    for (JsonNode q : data(PAGE).get("questions")) {
      String pointer = q.get("pointer").stringValue();
      if (Catalogue.hasQuestion(pointer) && !pointer.contains("*")) {
        assertThat(q.get("text").stringValue())
            .isEqualTo(Catalogue.question(pointer, Locale.ENGLISH));
      }
    }
    JsonNode checks = data(PAGE).get("checks");
    JsonNode team = question("/staff/dedicatedTeam");
    assertThat(team.get("checks").size()).isPositive();
    List<Integer> recommendations = new ArrayList<>();
    team.get("checks")
        .forEach(
            id ->
                recommendations.add(checks.get(id.stringValue()).get("recommendation").intValue()));
    assertThat(recommendations).contains(4);
    assertThat(checks.get(team.get("checks").get(0).stringValue()).get("citation").stringValue())
        .contains("L");
  }

  @Test
  void items_of_a_list_are_numbered_in_their_questions() {
    assertThat(question("/strategy/goals/*/indicator").get("text").stringValue())
        .contains("{n}")
        .doesNotContain("/strategy");
    assertThat(question("/funding/budgetLines/*/amount").get("minimum").intValue()).isZero();
    assertThat(question("/culture/staffInterestedInCoCreationPercent").get("maximum").intValue())
        .isEqualTo(100);
  }

  @Test
  void no_team_leaves_out_the_questions_about_the_team() {
    boolean found = false;
    for (JsonNode rule : data(PAGE).get("implications")) {
      if (rule.get("premise").get(0).get("pointer").stringValue().equals("/staff/dedicatedTeam")
          && rule.get("conclusion").get("pointer").stringValue().equals("/staff/reportsTo")) {
        assertThat(rule.get("hides").booleanValue()).isTrue();
        found = true;
      }
    }
    assertThat(found).isTrue();
    List<String> order = new ArrayList<>();
    data(PAGE).get("questions").forEach(q -> order.add(q.get("pointer").stringValue()));
    assertThat(order.indexOf("/staff/dedicatedTeam")).isLessThan(order.indexOf("/staff/reportsTo"));
  }

  @Test
  void every_word_the_script_shows_is_in_the_page_words_and_every_page_word_is_shown() {
    String script = parsed(PAGE).select("script:not([type=application/json])").get(0).data();
    Set<String> shown = new HashSet<>();
    Matcher m = Pattern.compile("\\bW\\.([A-Za-z]+)|say\\('([A-Za-z]+)'").matcher(script);
    while (m.find()) {
      shown.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    Set<String> words = new HashSet<>();
    data(PAGE).get("words").propertyNames().forEach(words::add);

    assertThat(words).isEqualTo(shown);
  }

  @Test
  void the_french_page_asks_every_question_in_french() throws IOException {
    String french = Questionnaire.standard(Locale.FRANCE).html();
    assertThat(Questionnaire.standard(Locale.FRANCE).language()).isEqualTo(Locale.FRENCH);
    assertThat(parsed(french).selectFirst("html").attr("lang")).isEqualTo("fr");
    JsonNode english = data(PAGE).get("questions");
    JsonNode questions = data(french).get("questions");
    assertThat(questions.size()).isEqualTo(english.size());
    for (int i = 0; i < questions.size(); i++) {
      JsonNode q = questions.get(i);
      assertThat(q.get("text").stringValue())
          .as(q.get("pointer").stringValue())
          .isNotEqualTo(english.get(i).get("text").stringValue());
      if (q.has("optionLabels")) {
        for (int j = 0; j < q.get("optionLabels").size(); j++) {
          assertThat(q.get("optionLabels").get(j).stringValue())
              .isNotEqualTo(english.get(i).get("optionLabels").get(j).stringValue());
        }
      }
    }
    String pointer = "/leadership/mayorPrioritisesInnovation";
    assertThat(question(french, pointer).get("text").stringValue())
        .isEqualTo(Catalogue.question(pointer, Locale.FRENCH));
  }

  @Test
  void the_french_words_are_a_translation_of_every_english_one() throws IOException {
    Properties english = words("PageWords.properties");
    Properties french = words("PageWords_fr.properties");

    assertThat(french.stringPropertyNames()).containsAll(english.stringPropertyNames());
    for (String key : french.stringPropertyNames()) {
      if (!key.startsWith("option.") && !key.startsWith("label.")) {
        assertThat(english.stringPropertyNames()).as(key).contains(key);
      }
    }
  }

  private static Properties words(String file) throws IOException {
    Properties words = new Properties();
    try (InputStream in = QuestionnaireTest.class.getResourceAsStream(file)) {
      words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return words;
  }

  @Test
  void the_facts_to_collect_first_start_with_the_foundations() {
    JsonNode first = data(PAGE).get("collectFirst");
    assertThat(first.size()).isGreaterThan(100);
    assertThat(first.get(0).stringValue()).isEqualTo("/strategy/status");
  }

  private static JsonNode question(String pointer) {
    return question(PAGE, pointer);
  }

  private static JsonNode question(String page, String pointer) {
    for (JsonNode q : data(page).get("questions")) {
      if (q.get("pointer").stringValue().equals(pointer)) {
        return q;
      }
    }
    throw new AssertionError("no question " + pointer);
  }
}
