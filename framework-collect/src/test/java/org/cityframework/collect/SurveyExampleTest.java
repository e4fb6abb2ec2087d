package org.cityframework.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cityframework.core.CityProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of examples/survey: five cities' messy answers, imported through its mapping,
 * give two profiles and exactly the problems of expected-problems.txt (regenerated with
 * -Dgolden.update=true); the same answers as a workbook give the same.
 */
class SurveyExampleTest {
  static final Path EXAMPLE = Path.of("..", "examples", "survey");

  @Test
  void the_example_imports_with_the_expected_problems_listed_exactly() throws IOException {
    Result csv = Result.of(EXAMPLE.resolve("survey.csv"));

    golden(EXAMPLE.resolve("expected-problems.txt"), csv.text());
    assertThat(csv.report().rows()).isEqualTo(5);
    assertThat(csv.report().imported()).isEqualTo(2);
    assertThat(csv.report().rejected()).isEqualTo(3);
    assertThat(csv.profiles())
        .extracting(CityProfile::name)
        .containsExactly("Riverton", "Port Amélie");
  }

  @Test
  void the_committed_workbook_is_the_csv_as_a_spreadsheet_and_imports_the_same(@TempDir Path dir)
      throws IOException {
    Path made = dir.resolve("survey.xlsx");
    Workbooks.fromCsv(EXAMPLE.resolve("survey.csv"), made);
    Path committed = EXAMPLE.resolve("survey.xlsx");
    if (Boolean.getBoolean("golden.update")) {
      Files.copy(made, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readAllBytes(committed)).isEqualTo(Files.readAllBytes(made));

    Result csv = Result.of(EXAMPLE.resolve("survey.csv"));
    Result xlsx = Result.of(committed);

    assertThat(xlsx.text()).isEqualTo(csv.text());
    assertThat(xlsx.profiles()).isEqualTo(csv.profiles());
  }

  /** The profiles and the problems of one import, the problems as lines. */
  record Result(ImportReport report, List<CityProfile> profiles, String text) {
    static Result of(Path file) {
      SurveyImport survey = SurveyImport.of(SurveyMapping.read(EXAMPLE.resolve("mapping.yaml")));
      List<CityProfile> profiles = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      ImportReport report =
          survey.read(
              file,
              row -> {
                row.profile().ifPresent(profiles::add);
                row.problems().forEach(p -> text.append(p).append('\n'));
              });
      StringBuilder all = new StringBuilder();
      report.fileProblems().forEach(p -> all.append(p).append('\n'));
      all.append(text);
      return new Result(report, profiles, all.toString());
    }
  }

  static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
