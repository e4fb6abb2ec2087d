package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.ComparisonReport;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.ReportedAssessment;
import tools.jackson.databind.JsonNode;

/**
 * Any bytes given to {@code diff} as an assessment document, in JSON or in YAML, are read as {@code
 * diff} reads them: a tree that is not an assessment goes to the profile reader (fuzzed on its
 * own), an assessment gives a {@link ReportedAssessment} or an {@code InvalidDocumentException}
 * whose problems have pointers. What is read holds finite scores from 0 to 100 and a date, and
 * compares with itself as no change, in JSON and in text.
 */
class ReportedAssessmentFuzzTest {
  @DictionaryEntries({
    // YAML's non-finite numbers, numbers whose size is in the exponent, dates beyond four digits
    ".nan",
    ".inf",
    "-.inf",
    "1e999999",
    "e-999999999",
    "+12026",
    "\"score\": ",
    "\"coverage\": ",
    "\"floor\": ",
    "\"ceiling\": ",
    "\"worstCase\": ",
    "\"NOT_ASSESSED\"",
    "\uD83D\uDE00"
  })
  @FuzzTest
  void reads_an_assessment_or_refuses_it(byte[] document) {
    for (DocumentFormat format : DocumentFormat.values()) {
      InputDocument input = new InputDocument("fuzz", "fuzz", format, document);
      Optional<JsonNode> tree;
      try {
        tree = JsonTrees.read(input).filter(DocumentFormat::isAssessment);
      } catch (InvalidDocumentException e) {
        assertPointers(e);
        continue;
      }
      if (tree.isEmpty()) {
        continue;
      }
      ReportedAssessment read;
      try {
        read = DocumentFormat.readAssessment(tree.get());
      } catch (InvalidDocumentException e) {
        assertPointers(e);
        continue;
      }
      assertThat(LocalDate.parse(read.city().assessedOn())).isNotNull();
      read.scores()
          .values()
          .forEach(
              s -> {
                assertThat(s.coverage()).isBetween(0.0, 100.0);
                s.score().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
                s.floor().ifPresent(v -> assertThat(v).isBetween(0.0, s.ceiling().orElseThrow()));
                s.ceiling().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
              });
      AssessmentComparison same = AssessmentComparison.of(read, read);
      assertThat(same.resolved()).isEmpty();
      assertThat(same.newGaps()).isEmpty();
      assertThat(same.otherChanges()).isEmpty();
      assertThat(DocumentFormat.JSON.writeComparison(same))
          .doesNotContain("Infinity")
          .doesNotContain("NaN");
      assertThat(ComparisonReport.text(same)).doesNotContain("Infinity").doesNotContain("NaN");
    }
  }

  private static void assertPointers(InvalidDocumentException e) {
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.pointer().isEmpty() || p.pointer().startsWith("/"))
                  .as("pointer %s", p.pointer())
                  .isTrue();
              assertThat(p.message()).isNotBlank();
            });
  }
}
