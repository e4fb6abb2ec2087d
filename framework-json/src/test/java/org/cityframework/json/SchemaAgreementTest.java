package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema and the reader agree: a document one refuses, the other refuses too, and what one
 * accepts the other accepts, except where a schema cannot say what the model says. Those cases are
 * listed here one by one.
 */
class SchemaAgreementTest {
  private static final ProfileSchema SCHEMA = ProfileSchema.load();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path FIXTURES = Path.of("..", "tools", "schema-check", "test-fixtures");

  private static final String MINIMAL =
      "{\"schemaVersion\": \"1.0\", \"assessedOn\": \"2026-03-31\", \"country\": \"GB\","
          + " \"name\": \"Riverton\"}";

  /** The minimal profile with more properties at the top level. */
  private static String with(String properties) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ", " + properties + "}";
  }

  static Stream<Arguments> bothRefuse() {
    return Stream.of(
        Arguments.of("unknown property at the top level", with("\"nmae\": \"x\"")),
        Arguments.of("unknown property in a section", with("\"strategy\": {\"publishd\": true}")),
        Arguments.of("text for a yes/no fact", with("\"strategy\": {\"published\": \"yes\"}")),
        Arguments.of("number for a yes/no fact", with("\"strategy\": {\"published\": 1}")),
        Arguments.of("unknown enum value", with("\"strategy\": {\"status\": \"ADOPT\"}")),
        Arguments.of("enum value in lower case", with("\"strategy\": {\"status\": \"adopted\"}")),
        Arguments.of("impossible date", with("\"strategy\": {\"adoptedOn\": \"2026-02-31\"}")),
        Arguments.of(
            "date in another format", with("\"staff\": {\"teamEstablishedOn\": \"3/2026\"}")),
        Arguments.of(
            "date with a time", with("\"staff\": {\"teamEstablishedOn\": \"2026-01-01T10:00\"}")),
        Arguments.of(
            "percentage of 101",
            with("\"evaluation\": {\"projectsMonitoredFromInceptionPercent\": 101}")),
        Arguments.of(
            "negative percentage",
            with("\"evaluation\": {\"projectsMonitoredFromInceptionPercent\": -1}")),
        Arguments.of("negative team size", with("\"staff\": {\"teamSize\": -1}")),
        Arguments.of("fraction for a count", with("\"staff\": {\"humanCentredDesignStaff\": 2.5}")),
        Arguments.of("count beyond a Java int", with("\"staff\": {\"teamSize\": 3000000000}")),
        Arguments.of("population of 0", with("\"population\": 0")),
        Arguments.of("survey wave before 2000", with("\"surveyWave\": 1999")),
        Arguments.of(
            "commitment horizon of 51", with("\"funding\": {\"commitmentHorizonYears\": 51}")),
        Arguments.of(
            "target year before 1900",
            with("\"strategy\": {\"goals\": [{\"description\": \"d\", \"targetYear\": 1899}]}")),
        Arguments.of(
            "budget year after 2200",
            with(
                "\"funding\": {\"budgetLines\": [{\"year\": 2201, \"amount\": 1, \"currency\":"
                    + " \"EUR\"}]}")),
        Arguments.of(
            "negative budget",
            with(
                "\"funding\": {\"budgetLines\": [{\"year\": 2025, \"amount\": -5, \"currency\":"
                    + " \"EUR\"}]}")),
        Arguments.of(
            "currency in lower case",
            with(
                "\"funding\": {\"budgetLines\": [{\"year\": 2025, \"amount\": 5, \"currency\":"
                    + " \"eur\"}]}")),
        Arguments.of(
            "budget line without a currency",
            with("\"funding\": {\"budgetLines\": [{\"year\": 2025, \"amount\": 5}]}")),
        Arguments.of("country in lower case", MINIMAL.replace("\"GB\"", "\"gb\"")),
        Arguments.of("missing name", MINIMAL.replace(", \"name\": \"Riverton\"", "")),
        Arguments.of("empty name", MINIMAL.replace("\"Riverton\"", "\"\"")),
        Arguments.of("missing schemaVersion", MINIMAL.replace("\"schemaVersion\": \"1.0\", ", "")),
        Arguments.of("version 2", MINIMAL.replace("\"1.0\"", "\"2.0\"")),
        Arguments.of("number for the version", MINIMAL.replace("\"1.0\"", "1.0")),
        Arguments.of(
            "version with a ten-digit minor", MINIMAL.replace("\"1.0\"", "\"1.0000000000\"")),
        Arguments.of(
            "unknown key in a yes/no map",
            with("\"engagement\": {\"innovationTools\": {\"HACKATHON\": true}}")),
        Arguments.of(
            "text in a yes/no map",
            with("\"engagement\": {\"innovationTools\": {\"HACKATHONS\": \"true\"}}")),
        Arguments.of(
            "null in a yes/no map",
            with("\"engagement\": {\"innovationTools\": {\"HACKATHONS\": null}}")),
        Arguments.of("list for a yes/no map", with("\"engagement\": {\"innovationTools\": []}")),
        Arguments.of("null fact", with("\"notes\": null")),
        Arguments.of("null section", with("\"leadership\": null")),
        Arguments.of("null list", with("\"sources\": null")),
        Arguments.of("null list item", with("\"sources\": [null]")),
        Arguments.of("number for a text", with("\"notes\": 42")),
        Arguments.of("number for the name", MINIMAL.replace("\"Riverton\"", "42")),
        Arguments.of(
            "text for money",
            with(budgetLine("\"year\": 2025, \"amount\": \"1000\", \"currency\": \"EUR\""))),
        Arguments.of("object for a list", with("\"sources\": {\"title\": \"survey\"}")),
        Arguments.of("list for a section", with("\"strategy\": []")),
        Arguments.of("goal without a description", with("\"strategy\": {\"goals\": [{}]}")),
        Arguments.of(
            "empty indicator",
            with("\"strategy\": {\"goals\": [{\"description\": \"d\", \"indicator\": \"\"}]}")),
        Arguments.of("source without a title", with("\"sources\": [{\"url\": \"https://x\"}]")),
        Arguments.of("list of 1001 items", with("\"sources\": [" + sources(1001) + "]")),
        Arguments.of("a list, not an object", "[]"),
        Arguments.of("a text, not an object", "\"Riverton\""));
  }

  /**
   * What a schema cannot say: contradictions between facts, dates and years relative to the
   * assessment, codes outside ISO's lists, blank (not empty) texts, the reader's stricter reading
   * of numbers, and the parser's limits. The schema accepts these; the reader refuses them.
   */
  static Stream<Arguments> onlyTheReaderRefuses() {
    return Stream.of(
        Arguments.of(
            "published strategy that is not adopted",
            with("\"strategy\": {\"status\": \"IN_DEVELOPMENT\", \"published\": true}")),
        Arguments.of(
            "strategy said to set no goals, with goals",
            with("\"strategy\": {\"statesGoals\": false, \"goals\": [{\"description\": \"d\"}]}")),
        Arguments.of(
            "no dedicated team, yet a team size",
            with("\"staff\": {\"dedicatedTeam\": false, \"teamSize\": 3}")),
        Arguments.of(
            "no dedicated budget, yet a commitment horizon",
            with("\"funding\": {\"dedicatedBudget\": false, \"commitmentHorizonYears\": 3}")),
        Arguments.of(
            "public framework that is not adopted",
            with("\"regulation\": {\"frameworkAdopted\": false, \"frameworkPublic\": true}")),
        Arguments.of(
            "strategy adopted after the assessment",
            with("\"strategy\": {\"status\": \"ADOPTED\", \"adoptedOn\": \"2026-04-01\"}")),
        Arguments.of(
            "source consulted after the assessment",
            with("\"sources\": [{\"title\": \"t\", \"accessedOn\": \"2027-01-01\"}]")),
        Arguments.of("survey wave after the assessment year", with("\"surveyWave\": 2027")),
        Arguments.of(
            "budget year two years after the assessment",
            with(budgetLine("\"year\": 2028, \"amount\": 1, \"currency\": \"EUR\""))),
        Arguments.of(
            "the same budget year twice",
            with(
                "\"funding\": {\"budgetLines\": [{\"year\": 2025, \"amount\": 1, \"currency\":"
                    + " \"EUR\"}, {\"year\": 2025, \"amount\": 2, \"currency\": \"EUR\"}]}")),
        Arguments.of("country not in ISO 3166", MINIMAL.replace("\"GB\"", "\"ZZ\"")),
        Arguments.of(
            "currency not in ISO 4217",
            with(budgetLine("\"year\": 2025, \"amount\": 1, \"currency\": \"ABC\""))),
        Arguments.of("blank name", MINIMAL.replace("\"Riverton\"", "\"   \"")),
        Arguments.of(
            "the same key twice (the parser keeps the last for the schema)",
            MINIMAL.replace("\"name\": \"Riverton\"", "\"name\": \"A\", \"name\": \"B\"")),
        Arguments.of(
            "text longer than 100 000 characters",
            with("\"notes\": \"" + "x".repeat(100_001) + "\"")));
  }

  /**
   * Where the schema is stricter than the model: the survey wave's upper bound is relative to the
   * assessment date in the model, and a fixed 2100 in the schema.
   */
  static Stream<Arguments> onlyTheSchemaRefuses() {
    return Stream.of(
        Arguments.of(
            "survey wave 2101 in a profile assessed in 2102",
            MINIMAL.replace("2026-03-31", "2102-01-01").replace("}", ", \"surveyWave\": 2101}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothRefuse")
  void should_both_refuse(String kind, String document) {
    assertThat(schemaAccepts(document)).as("the schema accepts: " + kind).isFalse();
    assertThat(readerAccepts(document)).as("the reader accepts: " + kind).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onlyTheReaderRefuses")
  void should_be_refused_by_the_reader_only(String kind, String document) {
    assertThat(schemaAccepts(document)).as("the schema refuses: " + kind).isTrue();
    assertThat(readerAccepts(document)).as("the reader accepts: " + kind).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onlyTheSchemaRefuses")
  void should_be_refused_by_the_schema_only(String kind, String document) {
    assertThat(schemaAccepts(document)).as("the schema accepts: " + kind).isFalse();
    assertThat(readerAccepts(document)).as("the reader refuses: " + kind).isTrue();
  }

  @Test
  void should_both_accept_every_profile_the_library_writes() {
    List<CityProfile> profiles = RandomProfiles.seeded(2027).stream().limit(500).toList();
    for (CityProfile p : profiles) {
      String written = DocumentFormat.JSON.writeProfile(p);
      assertThat(schemaAccepts(written)).as(written).isTrue();
      assertThat(readerAccepts(written)).as(written).isTrue();
    }
  }

  @Test
  void should_both_accept_what_a_hand_written_profile_may_leave_out_or_add() {
    for (String document :
        List.of(
            MINIMAL,
            with("\"strategy\": {}, \"engagement\": {\"innovationTools\": {}}, \"sources\": []"),
            with("\"notes\": \"\""),
            MINIMAL.replace("\"1.0\"", "\"1.7\""),
            with("\"population\": 2147483647, \"surveyWave\": 2026"),
            with(budgetLine("\"year\": 2027, \"amount\": 0.5, \"currency\": \"EUR\"")),
            with("\"strategy\": {\"goals\": [{\"description\": \"d\", \"baseline\": 1e3}]}"))) {
      assertThat(schemaAccepts(document)).as(document).isTrue();
      assertThat(readerAccepts(document)).as(document).isTrue();
    }
  }

  @Test
  void the_reader_reports_the_same_pointer_as_the_schema_for_a_shape_problem() {
    String document = with("\"strategy\": {\"publishd\": true}, \"staff\": {\"teamSize\": -1}");
    List<String> fromSchema =
        SCHEMA.validate(JSON.readTree(document)).stream().map(DocumentProblem::pointer).toList();
    Throwable thrown = catchThrowable(() -> DocumentFormat.JSON.readProfile(document));
    assertThat(thrown).isInstanceOf(InvalidDocumentException.class);
    assertThat(((InvalidDocumentException) thrown).problems())
        .extracting(DocumentProblem::pointer)
        .containsExactlyInAnyOrderElementsOf(fromSchema);
    assertThatThrownBy(() -> DocumentFormat.JSON.readProfile(document))
        .hasMessageContaining("/strategy/publishd");
  }

  /** The samples the foreign check (tools/schema-check, with ajv) validates, and the examples. */
  static Stream<Arguments> samples() throws IOException {
    List<Arguments> samples = new ArrayList<>();
    for (Path folder :
        List.of(Path.of("..", "examples", "cities"), FIXTURES, FIXTURES.resolve("invalid"))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        files
            .filter(f -> f.toString().matches(".*\\.(json|ya?ml)$"))
            .sorted()
            .forEach(f -> samples.add(Arguments.of(f, !folder.endsWith("invalid"))));
      }
    }
    return samples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_agree_on_the_samples_of_the_foreign_check(Path file, boolean valid)
      throws IOException {
    DocumentFormat format = DocumentFormat.of(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode tree = format.tree(text.getBytes(StandardCharsets.UTF_8));
    assertThat(SCHEMA.validate(tree).isEmpty()).as("the schema accepts " + file).isEqualTo(valid);
    boolean read;
    try {
      format.readProfile(text);
      read = true;
    } catch (InvalidDocumentException e) {
      read = false;
    }
    assertThat(read).as("the reader accepts " + file).isEqualTo(valid);
  }

  private static boolean schemaAccepts(String document) {
    return SCHEMA.validate(JSON.readTree(document)).isEmpty();
  }

  private static boolean readerAccepts(String document) {
    try {
      DocumentFormat.JSON.readProfile(document);
      return true;
    } catch (InvalidDocumentException e) {
      return false;
    }
  }

  /** A funding section with one budget line of the given properties. */
  private static String budgetLine(String line) {
    return "\"funding\": {\"budgetLines\": [{" + line + "}]}";
  }

  private static String sources(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ", ").append("{\"title\": \"s").append(i).append("\"}");
    }
    return out.toString();
  }
}
