package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message about a malformed document is plain words with its place: no Java class or method
 * names, no doubled brackets, and the line and column where the fault is.
 */
class ParseMessageTest {
  private static final String JSON_HEAD =
      "{\"schemaVersion\": \"1.0\",\n\"assessedOn\": \"2026-03-31\",\n\"country\": \"GB\",\n";
  private static final String YAML_HEAD =
      "schemaVersion: '1.0'\nassessedOn: '2026-03-31'\ncountry: GB\n";

  static Stream<Arguments> malformed() {
    return Stream.of(
        json("\"name\": \"X\"}\n{}", "line 5, column 1"),
        json("\"name\": \"X\"} x", "line 4, column 14"),
        json("\"name\": \"X\",}", null),
        json("\"name\": \"X\" \"notes\": 1}", null),
        json("\"name\": 'X'}", "line 4, column 9"),
        json("\"name\": \"X\u0001\"}", "line 4, column 11"),
        json("\"name\": \"X\\q\"}", null),
        json("\"name\": \"X\\u12\"}", null),
        json("\"name\": \"X\"", null),
        json("\"name\": \"X", null),
        json("\"population\": 1e999999999, \"name\": \"X\"}", null),
        json("\"population\": 01, \"name\": \"X\"}", null),
        json("\"population\": -, \"name\": \"X\"}", null),
        json("\"population\": " + "9".repeat(65) + ", \"name\": \"X\"}", null),
        json("\"population\": NaN, \"name\": \"X\"}", null),
        json("\"population\": Infinity, \"name\": \"X\"}", null),
        json("\"name\": tru}", null),
        json("\"name\": \"X\", \"name\": \"Y\"}", null),
        json("\"" + "n".repeat(201) + "\": 1, \"name\": \"X\"}", "line 4, column"),
        json("\"notes\": \"" + "x".repeat(100_001) + "\", \"name\": \"X\"}", "line 4, column"),
        json("\"strategy\": " + "[".repeat(40) + "]".repeat(40) + ", \"name\": \"X\"}", null),
        yaml("name: X\n---\nname: Y\n", null),
        yaml("name: X\n...\nname: Y\n", null),
        yaml("name: X\n  bad: indentation\n", null),
        yaml("name: [X\n", null),
        yaml("name: \"X\n", null),
        yaml("name: 'X\n", null),
        yaml("name: X\n\tnotes: tab\n", null),
        yaml("name: X\nname: Y\n", null),
        yaml("population: " + "9".repeat(70) + "\nname: X\n", null),
        yaml("population: 1e999999999\nname: X\n", null),
        yaml("population: 1e9222222299\nname: X\n", "line 4, column"),
        yaml(
            "name: X\nstrategy:\n  goals:\n    - description: d\n      baseline: 1e9222222299\n",
            "a number is too large or too precise to read (line 8, column"),
        json("\"population\": 1e9222222299, \"name\": \"X\"}", null),
        yaml("population: 0x" + "F".repeat(70) + "\nname: X\n", null),
        yaml("population: 1" + "0".repeat(63) + "\nname: X\n", null),
        yaml("name: X\nnotes: \"\\q\"\n", null),
        yaml("name: X\nnotes: \"\u0001\"\n", "line 5, column 9"),
        yaml("name: X\nnotes: \u0085\u0080\n", "line 5, column 9"),
        yaml("name: X\nnotes: *a\n", null),
        yaml("name: !!binary X\n", null),
        yaml("name: X\n%TAG ! tag:x\n", null),
        yaml("name: X\n" + "n".repeat(201) + ": 1\n", "line 5, column"),
        yaml("name: X\nnotes: " + "x".repeat(100_001) + "\n", "line 5, column"),
        yaml("name: X\nstrategy: " + "[".repeat(40) + "]".repeat(40) + "\n", null),
        yaml("? [a]\n: b\nname: X\n", null),
        yaml("name: X\n- item\n", null),
        yaml("name: X\n@notes: 1\n", null),
        yaml("name: X\nnotes: `x`\n", null));
  }

  static Arguments json(String rest, String place) {
    return Arguments.of(DocumentFormat.JSON, JSON_HEAD + rest, place);
  }

  static Arguments yaml(String rest, String place) {
    return Arguments.of(DocumentFormat.YAML, YAML_HEAD + rest, place);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void a_malformed_document_gets_plain_words_and_its_place(
      DocumentFormat format, String document, String place) {
    for (InvalidDocumentException e :
        List.of(
            refused(format, () -> format.readProfile(document)),
            refused(format, () -> format.readProfile(document.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(e.problems())
          .allSatisfy(
              p -> {
                assertThat(p.message())
                    .doesNotContain("java.", "Exception", "((", "`", "StreamReadConstraints")
                    .doesNotContain("line -1", "column -1", "#-1");
                assertThat(p.pointer()).doesNotContain("\n");
              });
      if (place != null) {
        assertThat(e.problems().get(0).message()).contains(place);
      }
    }
  }

  private static InvalidDocumentException refused(DocumentFormat format, Runnable reading) {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, reading::run);
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
