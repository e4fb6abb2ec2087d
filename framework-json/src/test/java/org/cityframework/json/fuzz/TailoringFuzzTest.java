package org.cityframework.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.json.TailoringDocument;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Waiver;

/**
 * Any bytes given to the tailoring reader, as JSON and as YAML, give a tailoring or an {@code
 * InvalidDocumentException}; a tailoring read names only checks of the catalogue, has at most one
 * waiver for each, and assesses a profile with every waiver either applied or kept as expired.
 */
class TailoringFuzzTest {
  private static final Catalogue CATALOGUE = Catalogue.standard();
  private static final CityProfile PROFILE =
      CityProfile.builder()
          .name("Riverton")
          .country("GB")
          .assessedOn(LocalDate.of(2026, 3, 31))
          .build();

  @DictionaryEntries({
    // Names the reader looks for, ids of the catalogue, a date either side of the assessment
    "\"schemaVersion\"",
    "\"disabled\"",
    "\"weights\"",
    "\"waivers\"",
    "\"checkId\"",
    "\"justification\"",
    "\"authority\"",
    "\"expiresOn\"",
    "\"R5.1\"",
    "\"R4.0\"",
    "\"2026-01-31\"",
    "\"2027-12-31\"",
    "&a ",
    "*a",
    "!!str "
  })
  @FuzzTest
  void reads_a_tailoring_or_refuses_it(byte[] document) {
    for (DocumentFormat format : DocumentFormat.values()) {
      TailoringDocument tailoring;
      try {
        tailoring = format.readTailoring(document, CATALOGUE);
      } catch (InvalidDocumentException e) {
        Outcome.describesEveryProblem(e);
        continue;
      }
      assertThat(tailoring.waivers().stream().map(Waiver::checkId)).doesNotHaveDuplicates();
      Assessment a = tailoring.applyTo(Assessor.standard()).assess(PROFILE);
      assertThat(a.findings()).hasSize(CATALOGUE.size() - tailoring.tailoring().disabled().size());
      for (Waiver w : tailoring.waivers()) {
        Finding f = a.finding(w.checkId()).orElseThrow();
        assertThat(w.appliesOn(PROFILE.assessedOn()) ? f.waiver() : f.expiredWaiver()).contains(w);
      }
    }
  }
}
