package org.cityframework.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever profile the JSON reader accepts can be assessed and its report written; the profile
 * writes and reads back equal in both formats, and the copy assesses to the same report.
 */
class AssessmentFuzzTest {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

  @DictionaryEntries({
    // Numbers whose size is in the exponent, not in their length; a character beyond the BMP
    "e999999999",
    "e-999999999",
    "E+9999999",
    "9223372036854775808",
    "\uD83D\uDE00",
    "\uFEFF"
  })
  @FuzzTest
  void assesses_whatever_it_reads_and_reads_back_what_it_writes(byte[] document) {
    Optional<CityProfile> read = Outcome.ofBytes(DocumentFormat.JSON, document).profile();
    if (read.isEmpty()) {
      return;
    }
    CityProfile profile = read.get();
    Assessment assessment = ASSESSOR.assess(profile);
    String report = DocumentFormat.JSON.writeAssessment(assessment);
    JsonNode tree = PLAIN_JSON.readTree(report);
    assertThat(tree.path("findings").size()).isEqualTo(assessment.findings().size());

    Outcome.roundTrips(DocumentFormat.JSON, profile);
    Outcome.roundTrips(DocumentFormat.YAML, profile);
    CityProfile copy = DocumentFormat.JSON.readProfile(DocumentFormat.JSON.writeProfile(profile));
    assertThat(DocumentFormat.JSON.writeAssessment(ASSESSOR.assess(copy))).isEqualTo(report);
  }
}
