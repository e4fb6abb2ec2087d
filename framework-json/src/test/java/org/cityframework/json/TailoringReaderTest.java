package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Tailoring;
import org.cityframework.rules.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** DocumentFormat.readTailoring: a tailoring file read as strictly as a profile. */
class TailoringReaderTest {
  private static final Catalogue CATALOGUE = Catalogue.standard();

  private static TailoringDocument read(DocumentFormat format, String text) {
    return format.readTailoring(text.getBytes(StandardCharsets.UTF_8), CATALOGUE);
  }

  private static List<String> problems(DocumentFormat format, String text) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(format, text));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(DocumentProblem::toString).toList();
  }

  @Test
  void a_json_and_a_yaml_tailoring_read_the_same() {
    TailoringDocument json =
        read(
            DocumentFormat.JSON,
            """
            {"schemaVersion": "1.0", "disabled": ["R5.2"], "weights": {"R3.1": 5},
             "waivers": [{"checkId": "R4.0", "justification": "The team is being recruited",
                          "authority": "Chief executive", "expiresOn": "2027-12-31"}]}
            """);
    TailoringDocument yaml =
        read(
            DocumentFormat.YAML,
            """
            schemaVersion: "1.0"
            disabled: [R5.2]
            weights:
              R3.1: 5
            waivers:
              - checkId: R4.0
                justification: The team is being recruited
                authority: Chief executive
                expiresOn: 2027-12-31
            """);

    assertThat(yaml).isEqualTo(json);
    assertThat(json.tailoring())
        .isEqualTo(Tailoring.builder().addDisabled("R5.2").putWeight("R3.1", 5).build());
    assertThat(json.waivers())
        .containsExactly(
            Waiver.builder()
                .checkId("R4.0")
                .justification("The team is being recruited")
                .authority("Chief executive")
                .expiresOn(LocalDate.of(2027, 12, 31))
                .build());
  }

  @Test
  void every_problem_is_listed_with_its_pointer() {
    assertThat(
            problems(
                DocumentFormat.JSON,
                """
                {"schemaVersion": "2.0", "disable": ["R5.2"],
                 "disabled": ["R5.2", "R11.1", 7, "R5.2"],
                 "weights": {"R3.1": 11, "R99.9": 2, "R5.2": 3, "R2.1": "5", "R2.2": 2.5},
                 "waivers": [{"checkId": "R4.0", "justification": " ", "expiresOn": "2027-02-30",
                              "by": "me"},
                             {"checkId": "R5.2", "justification": "j", "authority": "a",
                              "expiresOn": "2027-01-01"},
                             "R4.1"]}
                """))
        .containsExactly(
            "/schemaVersion: this version reads version 1 of the tailoring format; this document"
                + " is version 2.0",
            "/disable: a tailoring has no property \"disable\"; it has schemaVersion, disabled,"
                + " weights and waivers",
            "/disabled/1: no check has the id \"R11.1\" (the catalogue runs from R1.0 to R10.7;"
                + " see cityframework catalogue)",
            "/disabled/2: a check id such as \"R5.2\" is expected here, not the number 7",
            "/disabled/3: R5.2 is switched off twice",
            "/weights/R3.1: a weight is a whole number from 1 to 10, not the number 11",
            "/weights/R99.9: no check has the id \"R99.9\" (the catalogue runs from R1.0 to R10.7;"
                + " see cityframework catalogue)",
            "/weights/R5.2: R5.2 is switched off in /disabled, so it cannot have a weight",
            "/weights/R2.1: a weight is a whole number from 1 to 10, not the text \"5\"",
            "/weights/R2.2: a weight is a whole number from 1 to 10, not the number 2.5",
            "/waivers/0/by: a waiver has no property \"by\"; it has checkId, justification,"
                + " authority and expiresOn",
            "/waivers/0/justification: justification must say something; it is blank",
            "/waivers/0/authority: authority is required",
            "/waivers/0/expiresOn: expiresOn is a calendar date such as \"2027-12-31\", not"
                + " \"2027-02-30\"",
            "/waivers/1/checkId: R5.2 is switched off in /disabled, so there is no finding to"
                + " waive",
            "/waivers/2: a waiver is an object with checkId, justification, authority and"
                + " expiresOn, not the text \"R4.1\"");
  }

  @Test
  void two_waivers_for_one_check_are_refused_naming_both() {
    assertThat(
            problems(
                DocumentFormat.YAML,
                """
                schemaVersion: "1.0"
                waivers:
                  - {checkId: R5.1, justification: j, authority: a, expiresOn: 2027-01-01}
                  - {checkId: R4.0, justification: j, authority: a, expiresOn: 2027-01-01}
                  - {checkId: R4.1, justification: j, authority: a, expiresOn: 2027-01-01}
                  - {checkId: R5.1, justification: k, authority: b, expiresOn: 2028-01-01}
                """))
        .containsExactly("/waivers/3: a second waiver for R5.1; the first is /waivers/0");
  }

  @Test
  void an_expired_waiver_is_read_like_any_other() {
    TailoringDocument t =
        read(
            DocumentFormat.JSON,
            """
            {"schemaVersion": "1.0", "waivers": [{"checkId": "R5.1", "justification": "j",
              "authority": "a", "expiresOn": "2026-01-31"}]}
            """);
    assertThat(t.waivers()).singleElement().satisfies(w -> assertThat(w.expiresOn()).hasYear(2026));
  }

  @Test
  void a_tailoring_says_its_version_and_is_one_object() {
    assertThat(problems(DocumentFormat.YAML, "disabled: [R5.2]\n"))
        .containsExactly(
            "/schemaVersion: the document must say which version of the tailoring format it"
                + " follows: \"schemaVersion\": \"1.0\"");
    assertThat(problems(DocumentFormat.JSON, "[]"))
        .containsExactly(
            "(the whole document): a tailoring is an object with schemaVersion, disabled, weights"
                + " and waivers, not a list");
    assertThat(problems(DocumentFormat.YAML, ""))
        .containsExactly("(the whole document): the document is empty");
    assertThat(problems(DocumentFormat.JSON, ""))
        .containsExactly("(the whole document): the document is empty");
  }

  @Test
  void the_parser_and_its_limits_are_those_of_profiles() {
    assertThat(
            problems(
                DocumentFormat.JSON,
                "{\"schemaVersion\": \"1.0\", \"weights\": {\"R3.1\": 2, \"R3.1\": 3}}"))
        .singleElement()
        .asString()
        .contains("not well-formed JSON (line 1")
        .contains("R3.1");
    assertThat(
            problems(
                DocumentFormat.YAML,
                "schemaVersion: \"1.0\"\ndisabled: &ids [R5.2]\nweights: *ids\n"))
        .satisfiesExactly(
            anchor -> assertThat(anchor).startsWith("/disabled: YAML anchors"),
            alias -> assertThat(alias).startsWith("/weights: YAML aliases"));
    assertThat(problems(DocumentFormat.JSON, "[".repeat(40) + "]".repeat(40)))
        .singleElement()
        .asString()
        .contains("safety limit");
    assertThat(
            problems(
                DocumentFormat.JSON,
                "{\"schemaVersion\": \"1.0\", \"disabled\": [\"" + "R".repeat(100_001) + "\"]}"))
        .singleElement()
        .asString()
        .contains("safety limit");
  }

  @Test
  void a_list_longer_than_the_catalogue_is_refused_unread() {
    String ids = "\"R1.0\", ".repeat(85) + "\"R1.0\"";
    assertThat(
            problems(
                DocumentFormat.JSON,
                "{\"schemaVersion\": \"1.0\", \"disabled\": ["
                    + ids
                    + "], \"waivers\": ["
                    + ids
                    + "]}"))
        .containsExactly(
            "/disabled: the catalogue has 84 checks, so this can have at most 84 items, not 86",
            "/waivers: the catalogue has 84 checks, so this can have at most 84 items, not 86");
  }

  @Test
  @Timeout(10)
  void problems_past_the_hundredth_are_counted_not_listed() {
    StringBuilder doc = new StringBuilder("{\"schemaVersion\": \"1.0\"");
    for (int i = 0; i < 200_000; i++) {
      doc.append(",\"k").append(i).append("\":1");
    }
    String text = doc.append('}').toString();
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(DocumentFormat.JSON, text));
    assertThat(e.problems()).hasSize(InvalidDocumentException.MAX_PROBLEMS);
    assertThat(e.problems().get(0).toString())
        .startsWith("/k0: a tailoring has no property \"k0\"");
    assertThat(e.problemsLeftOut()).isEqualTo(199_900);
    assertThat(e.problemCount()).isEqualTo(200_000);
    assertThat(e.getMessage()).endsWith("and 199900 more problems").hasSizeLessThan(20_000);
  }

  @Test
  @Timeout(10)
  void a_document_over_ten_megabytes_is_refused_unread() {
    byte[] large = new byte[10_000_001];
    java.util.Arrays.fill(large, (byte) ' ');
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> DocumentFormat.YAML.readTailoring(large, CATALOGUE));
    assertThat(e.problems().get(0).message()).contains("larger than 10 MB");
  }

  @Test
  void a_file_reads_as_its_bytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "schemaVersion: \"1.0\"\ndisabled: [R5.2]\n");
    assertThat(DocumentFormat.YAML.readTailoring(file, CATALOGUE).tailoring().disabled())
        .containsExactly("R5.2");
  }
}
