package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** assess --tailoring: checks switched off, weights changed and findings waived, read strictly. */
class TailoringTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private String file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  private JsonNode assessWith(String tailoring) {
    Run run = Run.of("assess", Run.city("riverton.json"), "-f", "json", "--tailoring", tailoring);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return JSON.readTree(run.out());
  }

  private static JsonNode finding(JsonNode report, String id) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("checkId").stringValue().equals(id)) {
        return f;
      }
    }
    return null;
  }

  @Test
  void a_json_tailoring_switches_off_reweights_and_waives() throws IOException {
    String tailoring =
        file(
            "programme.json",
            """
            {"schemaVersion": "1.0", "disabled": ["R5.2"], "weights": {"R3.1": 5},
             "waivers": [{"checkId": "R4.0", "justification": "The team is being recruited",
                          "authority": "Chief executive", "expiresOn": "2027-12-31"}]}
            """);

    JsonNode report = assessWith(tailoring);

    assertThat(report.get("findings").size()).isEqualTo(83);
    assertThat(finding(report, "R5.2")).isNull();
    assertThat(finding(report, "R3.1").get("weight").intValue()).isEqualTo(5);
    assertThat(finding(report, "R4.0").get("waiver").get("authority").stringValue())
        .isEqualTo("Chief executive");
    assertThat(finding(report, "R4.0").get("priority").stringValue()).isEqualTo("NONE");
  }

  @Test
  void a_yaml_tailoring_reads_as_the_same_json_one() throws IOException {
    String yaml =
        file(
            "programme.yaml",
            """
            # Our programme does not fund low-cost pilots separately.
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
    String json =
        file(
            "programme.json",
            """
            {"schemaVersion": "1.0", "disabled": ["R5.2"], "weights": {"R3.1": 5},
             "waivers": [{"checkId": "R4.0", "justification": "The team is being recruited",
                          "authority": "Chief executive", "expiresOn": "2027-12-31"}]}
            """);

    assertThat(assessWith(yaml)).isEqualTo(assessWith(json));
  }

  @Test
  void an_empty_tailoring_changes_nothing() throws IOException {
    assertThat(assessWith(file("none.json", "{\"schemaVersion\": \"1.0\"}")))
        .isEqualTo(JSON.readTree(Run.of("assess", Run.city("riverton.json"), "-f", "json").out()));
  }

  @Test
  void a_bad_tailoring_is_refused_with_every_problem_and_its_pointer() throws IOException {
    String tailoring =
        file(
            "bad.json",
            """
            {"schemaVersion": "2.0", "disable": ["R5.2"], "disabled": ["R5.2", "R11.1", 7, "R5.2"],
             "weights": {"R3.1": 11, "R99.9": 2, "R5.2": 3, "R2.1": "5", "R2.2": 2.5},
             "waivers": [{"checkId": "R4.0", "justification": " ", "expiresOn": "2027-02-30",
                          "by": "me"},
                         {"checkId": "R5.2", "justification": "j", "authority": "a",
                          "expiresOn": "2027-01-01"},
                         "R4.1"]}
            """);

    Run run = Run.of("assess", Run.city("riverton.json"), "--tailoring", tailoring);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .allSatisfy(line -> assertThat(line).startsWith(tailoring + ": /"))
        .anySatisfy(l -> assertThat(l).contains(": /schemaVersion: ").contains("version 2.0"))
        .anySatisfy(l -> assertThat(l).contains(": /disable: a tailoring has no property"))
        .anySatisfy(l -> assertThat(l).contains(": /disabled/1: no check has the id \"R11.1\""))
        .anySatisfy(l -> assertThat(l).contains(": /disabled/2: a check id such as"))
        .anySatisfy(l -> assertThat(l).contains(": /disabled/3: R5.2 is switched off twice"))
        .anySatisfy(l -> assertThat(l).contains(": /weights/R3.1: a weight is a whole number"))
        .anySatisfy(l -> assertThat(l).contains(": /weights/R99.9: no check has the id"))
        .anySatisfy(l -> assertThat(l).contains(": /weights/R5.2: R5.2 is switched off"))
        .anySatisfy(l -> assertThat(l).contains(": /weights/R2.1: ").contains("the text \"5\""))
        .anySatisfy(l -> assertThat(l).contains(": /weights/R2.2: ").contains("2.5"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/0/by: a waiver has no property"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/0/justification: ").contains("blank"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/0/authority: authority is required"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/0/expiresOn: ").contains("2027-02-30"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/1/checkId: R5.2 is switched off"))
        .anySatisfy(l -> assertThat(l).contains(": /waivers/2: a waiver is an object"))
        .hasSize(16);
  }

  @Test
  void duplicate_keys_are_refused_with_their_place() throws IOException {
    String tailoring =
        file("dup.json", "{\"schemaVersion\": \"1.0\", \"weights\": {\"R3.1\": 2, \"R3.1\": 3}}");

    Run run = Run.of("assess", Run.city("riverton.json"), "--tailoring", tailoring);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("not well-formed JSON (line 1").contains("R3.1");
  }

  @Test
  void a_tailoring_must_say_its_version_and_be_an_object() throws IOException {
    Run missing =
        Run.of(
            "assess",
            Run.city("riverton.json"),
            "--tailoring",
            file("v.yaml", "disabled: [R5.2]\n"));
    Run list = Run.of("assess", Run.city("riverton.json"), "--tailoring", file("l.json", "[]"));
    Run empty = Run.of("assess", Run.city("riverton.json"), "--tailoring", file("e.yaml", ""));

    assertThat(missing.err()).contains(": /schemaVersion: the document must say which version");
    assertThat(list.err()).contains(": (the whole document): a tailoring is an object");
    assertThat(empty.err()).contains(": (the whole document): the document is empty");
    assertThat(missing.exitCode() + list.exitCode() + empty.exitCode())
        .isEqualTo(3 * ExitCodes.INPUT);
  }

  @Test
  void two_waivers_of_one_check_are_refused_naming_both() throws IOException {
    String tailoring =
        file(
            "twice.yaml",
            """
            schemaVersion: "1.0"
            waivers:
              - {checkId: R5.1, justification: j, authority: a, expiresOn: 2027-01-01}
              - {checkId: R5.1, justification: k, authority: b, expiresOn: 2028-01-01}
            """);

    Run run = Run.of("assess", Run.city("riverton.json"), "--tailoring", tailoring);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .containsExactly(
            tailoring + ": /waivers/1: a second waiver for R5.1; the first is /waivers/0");
  }

  @Test
  void an_expired_waiver_no_longer_applies_and_the_report_says_so() throws IOException {
    String tailoring =
        file(
            "expired.json",
            """
            {"schemaVersion": "1.0",
             "waivers": [{"checkId": "R5.1", "justification": "Budget agreed next year",
                          "authority": "Council", "expiresOn": "2026-01-31"}]}
            """);

    Run run =
        Run.of("assess", Run.city("riverton.json"), "-f", "markdown", "--tailoring", tailoring);
    JsonNode report = assessWith(tailoring);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "**Waiver expired on 2026-01-31 (granted by Council: Budget agreed next year); the"
                + " finding counts again.**");
    assertThat(finding(report, "R5.1").get("waiver")).isNull();
    assertThat(finding(report, "R5.1").get("expiredWaiver").get("expiresOn").stringValue())
        .isEqualTo("2026-01-31");
  }
}
