package org.cityframework.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property of the template: random valid profiles, written to a survey export through the
 * template's columns as a survey tool would (Yes, No, Don't know or a blank, the constants, plain
 * numbers, dates as yyyy-MM-dd), import back equal, through CSV and XLSX alike.
 */
class TemplateRoundTripTest {
  private static final int PROFILES = 60;
  private static final SurveyTemplate TEMPLATE = SurveyTemplate.of(3);
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Test
  void random_profiles_written_through_the_template_import_back_equal(@TempDir Path dir)
      throws IOException {
    List<CityProfile> profiles = randomProfiles(20260407L);
    SplittableRandom random = new SplittableRandom(7);
    List<List<String>> rows = new ArrayList<>();
    for (CityProfile p : profiles) {
      rows.add(cells(p, random));
    }
    Path csv = dir.resolve("survey.csv");
    StringBuilder text = new StringBuilder(TEMPLATE.csvHeader(Locale.ENGLISH));
    rows.forEach(
        r ->
            text.append(String.join(",", r.stream().map(TemplateRoundTripTest::csv).toList()))
                .append("\r\n"));
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    Path xlsx = dir.resolve("survey.xlsx");
    List<List<Object>> sheet = new ArrayList<>();
    sheet.add(new ArrayList<>(TEMPLATE.headers(Locale.ENGLISH)));
    rows.forEach(r -> sheet.add(new ArrayList<>(r)));
    Workbooks.write(xlsx, sheet);

    SurveyMapping mapping = SurveyMapping.parse(TEMPLATE.mapping(Locale.ENGLISH));
    for (Path file : List.of(csv, xlsx)) {
      List<CityProfile> imported = new ArrayList<>();
      List<SurveyProblem> problems = new ArrayList<>();
      ImportReport report =
          SurveyImport.of(mapping)
              .read(
                  file,
                  row -> {
                    row.profile().ifPresent(imported::add);
                    problems.addAll(row.problems());
                  });

      assertThat(report.fileProblems()).as(file.toString()).isEmpty();
      assertThat(problems).as(file.toString()).isEmpty();
      assertThat(report.imported()).isEqualTo(PROFILES);
      for (int i = 0; i < PROFILES; i++) {
        assertThat(imported.get(i)).as(file + ", profile " + i).isEqualTo(profiles.get(i));
      }
    }
  }

  @Test
  void the_template_has_a_column_for_every_fact_with_a_header_of_its_own() {
    List<String> headers = TEMPLATE.headers(Locale.ENGLISH);

    assertThat(headers).hasSameSizeAs(TEMPLATE.facts()).doesNotHaveDuplicates();
    assertThat(TEMPLATE.facts())
        .startsWith("/name", "/country", "/assessedOn")
        .contains(
            "/leadership/mayorPrioritisesInnovation",
            "/strategy/goals/2/target",
            "/dataUse/methods/RESIDENT_SURVEYS");
    assertThat(headers.get(TEMPLATE.facts().indexOf("/strategy/goals/1/indicator")))
        .isEqualTo("Which indicator measures progress towards goal 2?");
    assertThat(TEMPLATE.mapping(Locale.ENGLISH)).isEqualTo(TEMPLATE.mapping(Locale.ENGLISH));
    assertThat(SurveyMapping.parse(TEMPLATE.mapping(Locale.FRENCH)).columns())
        .isEqualTo(TEMPLATE.headers(Locale.FRENCH));
  }

  private static List<CityProfile> randomProfiles(long seed) {
    List<CityProfile> profiles = new ArrayList<>();
    double[] shares = {0, 1.0 / 3, 0.8, 1};
    RandomProfiles random = RandomProfiles.seeded(seed);
    for (int i = 0; i < PROFILES; i++) {
      profiles.add(random.withUnknownShare(shares[i % shares.length]).next());
    }
    return profiles;
  }

  /** The answers of a profile in the template's columns. */
  private static List<String> cells(CityProfile profile, SplittableRandom random) {
    JsonNode doc = JSON.readTree(DocumentFormat.JSON.writeProfile(profile));
    List<String> cells = new ArrayList<>();
    for (String pointer : TEMPLATE.facts()) {
      JsonNode v = doc.at(pointer);
      if (v.isMissingNode()) {
        cells.add(random.nextBoolean() ? "" : "Don't know");
      } else if (v.isBoolean()) {
        cells.add(v.booleanValue() ? "Yes" : "No");
      } else if (v.isNumber()) {
        cells.add(v.decimalValue().toPlainString());
      } else {
        cells.add(v.asString());
      }
    }
    return cells;
  }

  private static String csv(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replace("\"", "\"\"") + "\""
        : cell;
  }
}
