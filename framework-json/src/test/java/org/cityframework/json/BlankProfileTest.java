package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InvalidProfileException;
import org.cityframework.core.StrategyStatus;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blank profile: valid as it is in both formats and both languages, every fact unknown; every
 * fact of the schema once; answers filled in by editing the text are read; the same text every
 * time. The English YAML is the committed examples/blank/blank-profile.yaml (regenerate with {@code
 * -Dgolden.update=true}).
 */
class BlankProfileTest {
  private static final LocalDate ON = LocalDate.of(2026, 3, 31);
  private static final BlankProfile RIVERTON = BlankProfile.forCity("Riverton", "GB", ON);
  private static final Path EXAMPLES = Path.of("..", "examples", "blank");

  /** A commented-out line of the YAML: its column, its offset within an item, and its name. */
  private static final Pattern KEY = Pattern.compile("^( *)# (  )?(-|[A-Za-z_]+:)$");

  static Stream<Arguments> formatsAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (DocumentFormat format : DocumentFormat.values()) {
      for (Locale language : Catalogue.languages()) {
        all.add(Arguments.of(format, language));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("formatsAndLanguages")
  void should_read_as_the_city_with_every_other_fact_unknown(
      DocumentFormat format, Locale language) {
    String text = RIVERTON.in(language).write(format);

    CityProfile read = format.readProfile(text);

    assertThat(read)
        .isEqualTo(CityProfile.builder().name("Riverton").country("GB").assessedOn(ON).build());
    assertThat(read).isEqualTo(RIVERTON.profile());
    assertThat(
            ProfileSchema.load().validate(format.readTree(text.getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("formatsAndLanguages")
  void should_assess_with_every_fact_the_checks_read_unknown(
      DocumentFormat format, Locale language) {
    Assessment a =
        Assessor.standard().assess(format.readProfile(RIVERTON.in(language).write(format)));

    assertThat(a.findings()).hasSize(84);
    // A list that holds nothing reads as an empty list; every other fact read is unknown.
    assertThat(a.findings())
        .flatMap(Finding::evidence)
        .filteredOn(Evidence::isKnown)
        .allMatch(e -> e.value().equals(Optional.of("[]")), "an empty list");
    assertThat(a.findings()).noneMatch(f -> f.verdict().isDecided());
  }

  @Test
  void should_hold_every_fact_of_the_schema_once_commented_out() {
    String yaml = RIVERTON.write(DocumentFormat.YAML);
    List<String> pointers = pointersOf(yaml);

    List<String> expected = new ArrayList<>(schemaFacts());
    assertThat(expected).hasSizeGreaterThan(250);
    assertThat(pointers).containsExactlyElementsOf(expected);
  }

  @Test
  void should_give_each_fact_its_question_answers_and_readers() {
    String yaml = RIVERTON.write(DocumentFormat.YAML);

    assertThat(unwrapped(blocks(yaml).get("/strategy/status")))
        .contains(Catalogue.question("/strategy/status", Locale.ENGLISH))
        .contains("Answer: one of NONE, IN_DEVELOPMENT, ADOPTED.")
        .contains("R3.0 (" + Publication.chapter().cite(List.of(89)));
    assertThat(blocks(yaml).get("/culture/staffInterestedInCoCreationPercent"))
        .contains("Answer: a whole number from 0 to 100.")
        .contains("No check reads it");
    assertThat(blocks(yaml).get("/strategy/adoptedOn"))
        .contains("Answer: a date as YYYY-MM-DD, not after assessedOn.");
    assertThat(blocks(yaml).get("/funding/budgetLines/0/currency"))
        .contains("Answer (required in each item): a code of 3 capital letters.");
    assertThat(unwrapped(yaml))
        .startsWith("# A blank city profile")
        .contains(Publication.chapter().reference())
        .contains(Publication.chapter().howCitationsRead());
    // Every fact has its question; every fact a built-in check reads says which checks do (a
    // list's items: with their list), and one no check reads says that none does.
    Map<String, String> blocks = blocks(yaml);
    for (String fact : BlankProfile.facts()) {
      if (List.of("/assessedOn", "/country", "/name").contains(fact)) {
        continue;
      }
      String block = blocks.get(fact);
      assertThat(block).as(fact).contains("# Answer").doesNotContain("What does the profile say");
      if (Catalogue.hasQuestion(fact)) {
        assertThat(block)
            .as(fact)
            .contains(Catalogue.question(fact, Locale.ENGLISH).substring(0, 20));
        assertThat(block).as(fact).containsAnyOf("# Read by R", "# Read with its list");
      } else {
        assertThat(block).as(fact).containsAnyOf("# No check reads it", "# Read with its list");
      }
    }
  }

  @Test
  void should_write_the_questions_and_comments_in_french() {
    String yaml = RIVERTON.in(Locale.CANADA_FRENCH).write(DocumentFormat.YAML);

    assertThat(RIVERTON.in(Locale.CANADA_FRENCH).language()).isEqualTo(Locale.FRENCH);
    assertThat(unwrapped(yaml))
        .contains(Publication.chapter(Locale.FRENCH).reference())
        .contains(" Stratégie d'innovation (recommandation 3).\n# strategy:")
        .contains("Réponse\u00a0: true (oui) ou false (non).")
        .doesNotContain("Answer:")
        .doesNotContain("Read by");
    assertThat(unwrapped(blocks(yaml).get("/strategy/status")))
        .contains(Catalogue.question("/strategy/status", Locale.FRENCH))
        .contains("Rec. 3, titre, L89");
    assertThat(pointersOf(yaml)).isEqualTo(pointersOf(RIVERTON.write(DocumentFormat.YAML)));
  }

  @Test
  void should_name_for_a_list_every_check_that_reads_its_items() throws IOException {
    // The blank profile says a list item's facts are read by the checks named at the list: true
    // when every check that reads an item's fact, in a city with items, reads the list too.
    CityProfile riverton =
        DocumentFormat.JSON.readProfile(
            Files.readString(Path.of("..", "examples", "cities", "riverton.json")));
    Map<String, java.util.Set<String>> atList = new java.util.HashMap<>();
    for (Finding f : Assessor.standard().assess(RIVERTON.profile()).findings()) {
      for (Evidence e : f.evidence()) {
        atList.computeIfAbsent(e.pointer(), k -> new java.util.TreeSet<>()).add(f.checkId());
      }
    }
    int itemFacts = 0;
    for (Finding f : Assessor.standard().assess(riverton).findings()) {
      for (Evidence e : f.evidence()) {
        Matcher item = Pattern.compile("^(.*)/\\d+/[^/]+$").matcher(e.pointer());
        if (item.matches()) {
          itemFacts++;
          assertThat(atList.get(item.group(1))).as(e.pointer()).contains(f.checkId());
        }
      }
    }
    assertThat(itemFacts).isGreaterThan(5);
  }

  @Test
  void should_have_french_words_for_every_english_one_and_every_section() throws IOException {
    java.util.Properties english = properties("BlankProfile.properties");
    java.util.Properties french = properties("BlankProfile_fr.properties");

    assertThat(french.stringPropertyNames()).containsAll(english.stringPropertyNames());
    for (ProfileOutline.Part p : ProfileOutline.all()) {
      if (p.kind() == ProfileOutline.Kind.SECTION) {
        assertThat(french.getProperty("section." + p.pointer())).as(p.pointer()).isNotBlank();
      }
    }
    for (String key : english.stringPropertyNames()) {
      if (!key.startsWith("readBy.and")) {
        assertThat(french.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  private static java.util.Properties properties(String name) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = BlankProfile.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void should_read_the_answers_written_into_it() {
    String yaml = RIVERTON.write(DocumentFormat.YAML);
    String filled = answer(yaml, "\n# strategy:", "strategy:");
    filled = answer(filled, "\nstrategy:", "\n  # status:", "  status: ADOPTED");
    filled = answer(filled, "\nstrategy:", "\n  # published:", "  published: true");
    filled = answer(filled, "\nstrategy:", "\n  # goals:", "  goals:");
    filled = answer(filled, "\n  goals:", "\n    # -", "    -");
    filled = answer(filled, "\n  goals:", "\n    #   description:", "      description: Cut waits");
    filled = answer(filled, "\n  goals:", "\n    #   target:", "      target: 45");
    filled = answer(filled, "", "\n# population:", "population: 312000");

    CityProfile read = DocumentFormat.YAML.readProfile(filled);

    assertThat(read.strategy().status()).contains(StrategyStatus.ADOPTED);
    assertThat(read.strategy().published()).contains(true);
    assertThat(read.strategy().goals()).hasSize(1);
    assertThat(read.strategy().goals().get(0).description()).isEqualTo("Cut waits");
    assertThat(read.strategy().goals().get(0).target()).contains(new BigDecimal("45"));
    assertThat(read.population()).hasValue(312000);
    Map<String, Optional<String>> evidence = evidence(Assessor.standard().assess(read));
    assertThat(evidence.get("/strategy/status")).contains("ADOPTED");
    assertThat(evidence.get("/strategy/published")).contains("true");
    assertThat(evidence.get("/strategy/scope")).isEmpty();
  }

  @Test
  void should_say_null_is_not_an_answer_when_a_fact_is_uncommented_without_one() {
    String yaml = RIVERTON.write(DocumentFormat.YAML);
    String half =
        yaml.replace("\n# leadership:\n", "\nleadership:\n")
            .replace("\n  # innovationChampion:\n", "\n  innovationChampion:\n");

    assertThatThrownBy(() -> DocumentFormat.YAML.readProfile(half))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("/leadership/innovationChampion")
        .hasMessageContaining("null is not accepted");
  }

  @Test
  void should_outline_every_section_list_and_yes_no_object_in_json() throws Exception {
    String json = RIVERTON.write(DocumentFormat.JSON);
    var tree = DocumentFormat.JSON.readTree(json.getBytes(StandardCharsets.UTF_8));

    for (ProfileOutline.Part p : ProfileOutline.all()) {
      boolean inItem = p.pointer().matches(".*/0/.*");
      if (p.kind() != ProfileOutline.Kind.FACT && !inItem) {
        assertThat(tree.at(p.pointer()).isMissingNode()).as(p.pointer()).isFalse();
        assertThat(tree.at(p.pointer()).isEmpty())
            .as(p.pointer())
            .isEqualTo(
                p.kind() != ProfileOutline.Kind.SECTION
                    || p.children().stream().allMatch(c -> c.kind() == ProfileOutline.Kind.FACT));
      }
    }
    assertThat(tree.get("name").stringValue()).isEqualTo("Riverton");
    assertThat(tree.get("strategy").get("goals").isArray()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("formatsAndLanguages")
  void should_write_the_same_text_in_any_default_locale_and_time_zone(
      DocumentFormat format, Locale language) {
    String first = RIVERTON.in(language).write(format);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(BlankProfile.forCity("Riverton", "GB", ON).in(language).write(format))
          .isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void should_keep_a_hostile_name_as_text() {
    String name = "<img src=x onerror=alert(1)> \"Saint-Denis\"\\ \u0007\u2028\u202e# x: y";
    BlankProfile blank = BlankProfile.forCity(name, "FR", ON);

    for (DocumentFormat format : DocumentFormat.values()) {
      assertThat(format.readProfile(blank.write(format)).name()).isEqualTo(name);
    }
  }

  @Test
  void should_refuse_a_city_that_is_not_one() {
    assertThatThrownBy(() -> BlankProfile.forCity(" ", "XX", ON))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("/name")
        .hasMessageContaining("/country");
  }

  @Test
  void should_match_the_committed_examples() throws IOException {
    golden(EXAMPLES.resolve("blank-profile.yaml"), RIVERTON.write(DocumentFormat.YAML));
    golden(
        EXAMPLES.resolve("blank-profile.fr.yaml"),
        RIVERTON.in(Locale.FRENCH).write(DocumentFormat.YAML));
    golden(EXAMPLES.resolve("blank-profile.json"), RIVERTON.write(DocumentFormat.JSON));
  }

  private static void golden(Path file, String text) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate with -Dgolden.update=true", file)
        .isEqualTo(text);
  }

  /**
   * The comments above each commented-out line of the YAML (a fact, section, yes/no object or
   * list), by its pointer, in order, found from the text alone: the indentation of each
   * commented-out line says which section, object or list item holds it.
   */
  private static Map<String, String> blocks(String yaml) {
    Map<String, String> blocks = new LinkedHashMap<>();
    List<String> path = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    StringBuilder comments = new StringBuilder();
    for (String line : yaml.split("\n")) {
      Matcher m = KEY.matcher(line);
      if (!m.matches()) {
        comments.append(line).append('\n');
        continue;
      }
      int column = m.group(1).length() + (m.group(2) == null ? 0 : 2);
      while (!columns.isEmpty() && columns.get(columns.size() - 1) >= column) {
        columns.remove(columns.size() - 1);
        path.remove(path.size() - 1);
      }
      columns.add(column);
      if (m.group(3).equals("-")) {
        path.add("0");
      } else {
        path.add(m.group(3).substring(0, m.group(3).length() - 1));
        assertThat(blocks.put("/" + String.join("/", path), comments.toString().strip())).isNull();
      }
      comments.setLength(0);
    }
    return blocks;
  }

  /** The pointers of the facts the YAML holds commented out: sections and lists left out. */
  private static List<String> pointersOf(String yaml) {
    List<String> pointers = new ArrayList<>(blocks(yaml).keySet());
    List<String> facts = new ArrayList<>();
    for (String p : pointers) {
      if (pointers.stream().noneMatch(q -> q.startsWith(p + "/"))) {
        facts.add(p);
      }
    }
    return facts;
  }

  /** The facts of the committed schema, found by walking its text, required facts left out. */
  private static List<String> schemaFacts() {
    var schema =
        DocumentFormat.JSON.readTree(ProfileSchema.text().getBytes(StandardCharsets.UTF_8));
    List<String> facts = new ArrayList<>();
    walk(schema, schema, "", facts);
    facts.removeAll(List.of("/schemaVersion", "/assessedOn", "/country", "/name"));
    return facts;
  }

  private static void walk(
      tools.jackson.databind.JsonNode root,
      tools.jackson.databind.JsonNode object,
      String at,
      List<String> facts) {
    for (var e : object.get("properties").properties()) {
      tools.jackson.databind.JsonNode v = e.getValue();
      if (v.has("$ref")) {
        v = root.at(v.get("$ref").stringValue().substring(1));
      }
      String here = at + "/" + e.getKey();
      if (v.has("properties")) {
        walk(root, v, here, facts);
      } else if (v.path("type").asString("").equals("array")) {
        walk(
            root,
            root.at(v.get("items").get("$ref").stringValue().substring(1)),
            here + "/0",
            facts);
      } else {
        facts.add(here);
      }
    }
  }

  /** The text with the first {@code line} after {@code after} replaced by {@code answer}. */
  private static String answer(String yaml, String after, String line, String answer) {
    int from = yaml.indexOf(after);
    int at = yaml.indexOf(line + "\n", from);
    assertThat(from).as(after).isNotNegative();
    assertThat(at).as(line).isPositive();
    return yaml.substring(0, at + 1) + answer + yaml.substring(at + line.length());
  }

  private static String answer(String yaml, String line, String answer) {
    return answer(yaml, line, line, answer);
  }

  /** The comments of the YAML joined into one line each paragraph, as they read unwrapped. */
  private static String unwrapped(String yaml) {
    return yaml.replaceAll("\n *# (?![a-zA-Z_]+:\n)", " ");
  }

  private static Map<String, Optional<String>> evidence(Assessment a) {
    Map<String, Optional<String>> all = new java.util.HashMap<>();
    for (Finding f : a.findings()) {
      for (Evidence e : f.evidence()) {
        all.put(e.pointer(), e.value());
      }
    }
    return all;
  }
}
