package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DataMethod;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader without a tree reads every valid profile to the profile the tree reader builds, and
 * leaves every other document to the tree reader, which reports its problems.
 */
class QuickProfileReaderTest {
  private static final QuickProfileReader QUICK = DocumentFormat.JsonMappers.PROFILES;

  @Test
  void reads_every_valid_profile_as_the_tree_reader_does() {
    for (double unknown : new double[] {0, 0.3, 0.7, 1}) {
      RandomProfiles profiles = RandomProfiles.seeded(2027).withUnknownShare(unknown);
      for (int i = 0; i < 200; i++) {
        byte[] document = bytes(DocumentFormat.JSON.writeProfile(profiles.next()));
        CityProfile quick = QUICK.read(document);
        assertThat(quick)
            .isNotNull()
            .isEqualTo(ProfileReader.read(DocumentFormat.JSON.tree(document)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"name\": \"Again\"", // a repeated property
        "\"nmae\": \"x\"", // an unknown property
        "\"population\": null",
        "\"population\": 3.0", // a whole number the tree reader reads, this one does not
        "\"strategy\": {\"published\": true, \"published\": true}",
        "\"engagement\": {\"innovationTools\": {\"HACKATHONS\": true, \"HACKATHONS\": true}}",
        "\"engagement\": {\"innovationTools\": {\"HACKATON\": true}}",
        "\"engagement\": {\"innovationTools\": {\"HACKATHONS\": \"yes\"}}",
        "\"engagement\": {\"innovationTools\": [\"HACKATHONS\"]}",
        "\"strategy\": {\"status\": \"NONE\", \"published\": true}", // a broken rule
        "\"schemaVersion\": \"1.0\"", // the version twice
        "\"sources\": [null]"
      })
  void leaves_any_other_document_to_the_tree_reader(String fault) {
    String document =
        "{\"schemaVersion\": \"1.0\", \"name\": \"R\", \"country\": \"GB\","
            + " \"assessedOn\": \"2026-03-31\", "
            + fault
            + "}";
    assertThat(QUICK.read(bytes(document))).isNull();
  }

  @Test
  void reads_yes_no_keys_in_any_order_as_the_tree_reader_does() {
    String document =
        "{\"schemaVersion\": \"1.0\", \"name\": \"R\", \"country\": \"GB\","
            + " \"assessedOn\": \"2026-03-31\", \"dataUse\": {\"methods\": {"
            + "\"PERFORMANCE_ANALYSIS\": false, \"RANDOMISED_CONTROLLED_TRIALS\": true,"
            + " \"RESIDENT_SURVEYS\": true}, \"sectorsWithSufficientData\": {}}}";
    CityProfile quick = QUICK.read(bytes(document));
    assertThat(quick)
        .isNotNull()
        .isEqualTo(ProfileReader.read(DocumentFormat.JSON.tree(bytes(document))));
    assertThat(quick.dataUse().methods())
        .containsExactly(
            Map.entry(DataMethod.RANDOMISED_CONTROLLED_TRIALS, true),
            Map.entry(DataMethod.RESIDENT_SURVEYS, true),
            Map.entry(DataMethod.PERFORMANCE_ANALYSIS, false));
  }

  @Test
  void leaves_a_document_without_its_version_or_with_more_after_it_to_the_tree_reader() {
    String plain = "{\"name\": \"R\", \"country\": \"GB\", \"assessedOn\": \"2026-03-31\"";
    assertThat(QUICK.read(bytes(plain + "}"))).isNull();
    assertThat(QUICK.read(bytes(plain + ", \"schemaVersion\": \"2.0\"}"))).isNull();
    assertThat(QUICK.read(bytes(plain + ", \"schemaVersion\": \"1.0\"} {}"))).isNull();
    assertThat(QUICK.read(bytes(plain + ", \"schemaVersion\": \"1.0\"}"))).isNotNull();
  }

  @Test
  void reads_plain_dates_exactly_as_the_iso_formatter() {
    for (int year : new int[] {0, 1, 1900, 2000, 2023, 2024, 2100, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(ProfileReader.plainDate(text)).as(text).isEqualTo(iso(text));
        }
      }
    }
    assertThat(ProfileReader.plainDate("+2026-01-01")).isNull();
    assertThat(ProfileReader.plainDate("2026-1-01")).isNull();
  }

  private static LocalDate iso(String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bytes_read_as_the_same_text_does_a_byte_order_mark_allowed_and_more_than_10_mb_refused() {
    String text = DocumentFormat.JSON.writeProfile(RandomProfiles.seeded(6).next());
    byte[] marked = bytes("\uFEFF" + text);
    assertThat(DocumentFormat.JSON.readProfile(bytes(text)))
        .isEqualTo(DocumentFormat.JSON.readProfile(text))
        .isEqualTo(DocumentFormat.JSON.readProfile(marked));
    byte[] huge = new byte[DocumentLimits.MAX_DOCUMENT_BYTES + 1];
    assertThatThrownBy(() -> DocumentFormat.JSON.readProfile(huge))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DocumentProblem::message)
                    .containsExactly("the document is larger than 10 MB, the safety limit"));
  }
}
