package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that is not whole Unicode characters is refused wherever it is, in JSON and YAML, at its
 * pointer and with its line and column: bytes that are not UTF-8 (overlong forms, code points above
 * U+10FFFF, surrogates) and lone surrogates, escaped or in a Java string.
 */
class MalformedTextTest {
  private static final String JSON_HEAD =
      "{\"schemaVersion\": \"1.0\", \"assessedOn\": \"2026-03-31\", \"country\": \"GB\",\n";
  private static final String YAML_HEAD =
      "schemaVersion: '1.0'\nassessedOn: '2026-03-31'\ncountry: GB\n";

  /** The document's bytes with {@code bad} in place of each "@". */
  static byte[] withBytes(String document, int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : document.getBytes(StandardCharsets.UTF_8)) {
      if (b == '@') {
        for (int x : bad) {
          out.write(x);
        }
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  static Stream<Arguments> invalidUtf8() {
    int[][] sequences = {
      {0xC0, 0xAF}, // an overlong '/'
      {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {0xED, 0xA0, 0x80}, // a surrogate, encoded
      {0xE2, 0x82}, // cut short
      {0xFF}
    };
    return Stream.of(sequences)
        .flatMap(
            bytes ->
                Stream.of(
                    Arguments.of(
                        DocumentFormat.JSON,
                        withBytes(JSON_HEAD + "\"name\": \"X@\"}", bytes),
                        "/name",
                        "line 2, column 11"),
                    Arguments.of(
                        DocumentFormat.YAML,
                        withBytes(YAML_HEAD + "name: X@\n", bytes),
                        "/name",
                        "line 4, column 8"),
                    Arguments.of(
                        DocumentFormat.YAML,
                        withBytes(YAML_HEAD + "name: \"X@\"\n", bytes),
                        "/name",
                        "line 4, column 9"),
                    Arguments.of(
                        DocumentFormat.JSON,
                        withBytes(
                            JSON_HEAD
                                + "\"name\": \"X\", \"strategy\": {\"published\": true, \"n@\": 1}}",
                            bytes),
                        "/strategy",
                        "line 2, column 48"),
                    Arguments.of(
                        DocumentFormat.YAML,
                        withBytes(
                            YAML_HEAD + "name: X\nstrategy:\n  published: true\n  n@: 1\n", bytes),
                        "/strategy",
                        "line 7, column 4")));
  }

  @ParameterizedTest
  @MethodSource("invalidUtf8")
  void bytes_that_are_not_utf8_are_refused_anywhere_at_their_place(
      DocumentFormat format, byte[] document, String pointer, String place) {
    InvalidDocumentException e =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> format.readProfile(new ByteArrayInputStream(document)));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).pointer()).isEqualTo(pointer);
    assertThat(e.problems().get(0).message()).contains("not valid UTF-8", place);
  }

  static Stream<Arguments> loneSurrogates() {
    return Stream.of(
        Arguments.of(DocumentFormat.JSON, JSON_HEAD + "\"name\": \"X\\ud800\"}", "/name"),
        Arguments.of(DocumentFormat.JSON, JSON_HEAD + "\"name\": \"X\\udc00Y\"}", "/name"),
        Arguments.of(
            DocumentFormat.JSON,
            JSON_HEAD
                + "\"name\": \"X\", \"strategy\": {\"goals\": [{\"description\": \"\\ud83d\"}]}}",
            "/strategy/goals/0/description"),
        Arguments.of(
            DocumentFormat.JSON,
            JSON_HEAD + "\"name\": \"X\", \"strategy\": {\"x\\ud800\": 1}}",
            "/strategy"),
        Arguments.of(DocumentFormat.YAML, YAML_HEAD + "name: \"X\\ud800\"\n", "/name"),
        Arguments.of(DocumentFormat.YAML, YAML_HEAD + "name: \"X\\udc00\"\n", "/name"));
  }

  @ParameterizedTest
  @MethodSource("loneSurrogates")
  void an_escaped_lone_surrogate_is_refused_at_its_pointer(
      DocumentFormat format, String document, String pointer) {
    for (InvalidDocumentException e :
        new InvalidDocumentException[] {
          catchThrowableOfType(InvalidDocumentException.class, () -> format.readProfile(document)),
          catchThrowableOfType(
              InvalidDocumentException.class,
              () -> format.readProfile(document.getBytes(StandardCharsets.UTF_8)))
        }) {
      assertThat(e).as("refused").isNotNull();
      assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(pointer);
      assertThat(e.problems().get(0).message()).contains("surrogate");
    }
  }

  @Test
  void a_raw_lone_surrogate_in_a_java_string_is_refused_not_written_as_a_question_mark() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String head = format == DocumentFormat.JSON ? JSON_HEAD : YAML_HEAD;
      String document =
          format == DocumentFormat.JSON
              ? head + "\"name\": \"X\uD800\"}"
              : head + "name: X\uD800\n";
      InvalidDocumentException e =
          catchThrowableOfType(InvalidDocumentException.class, () -> format.readProfile(document));
      assertThat(e).as("refused").isNotNull();
      assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly("/name");
      assertThat(e.problems().get(0).message())
          .contains(
              "surrogate",
              format == DocumentFormat.JSON ? "line 2, column 11" : "line 4, column 8");
    }
  }

  @Test
  void a_surrogate_pair_is_a_character_and_round_trips() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String head = format == DocumentFormat.JSON ? JSON_HEAD : YAML_HEAD;
      String escaped =
          format == DocumentFormat.JSON
              ? head + "\"name\": \"X\\ud83d\\ude00\"}"
              : head + "name: \"X\\ud83d\\ude00\"\n";
      assertThat(format.readProfile(escaped).name()).isEqualTo("X\uD83D\uDE00");
      String written = format.writeProfile(format.readProfile(escaped));
      assertThat(format.readProfile(written).name()).isEqualTo("X\uD83D\uDE00");
      assertThat(format.readProfile(written.getBytes(StandardCharsets.UTF_8)).name())
          .isEqualTo("X\uD83D\uDE00");
    }
  }
}
