package org.cityframework.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;

/**
 * What reading a document may end in: a profile, or a refusal listing its problems. Any other
 * exception escapes and is a finding for the fuzzer.
 */
record Outcome(Optional<CityProfile> profile, List<DocumentProblem> problems) {

  /** Reads the bytes as a stream, the way a file or a request body is read. */
  static Outcome ofBytes(DocumentFormat format, byte[] document) {
    return of(() -> format.readProfile(new ByteArrayInputStream(document)));
  }

  /** Reads the bytes decoded as text; invalid UTF-8 becomes replacement characters. */
  static Outcome ofText(DocumentFormat format, byte[] document) {
    return of(() -> format.readProfile(new String(document, StandardCharsets.UTF_8)));
  }

  private static Outcome of(Supplier<CityProfile> reading) {
    try {
      return new Outcome(Optional.of(reading.get()), List.of());
    } catch (InvalidDocumentException e) {
      describesEveryProblem(e);
      return new Outcome(Optional.empty(), e.problems());
    }
  }

  /** Checks that a refusal has problems, each with a JSON Pointer and a message. */
  static void describesEveryProblem(InvalidDocumentException e) {
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              // A JSON Pointer is empty or starts with "/"; a name may hold any character.
              assertThat(p.pointer().isEmpty() || p.pointer().startsWith("/"))
                  .as("pointer %s", p.pointer())
                  .isTrue();
              assertThat(p.message()).isNotBlank();
            });
  }

  /**
   * Checks that the same document read as bytes and as text has the same outcome, when the bytes
   * are valid UTF-8 (so that the text holds exactly what the bytes say).
   */
  static Outcome ofBytesAndText(DocumentFormat format, byte[] document) {
    Outcome fromBytes = ofBytes(format, document);
    Outcome fromText = ofText(format, document);
    if (isUtf8(document)) {
      assertThat(fromText.profile()).as("read as text").isEqualTo(fromBytes.profile());
    }
    return fromBytes;
  }

  /** Writes the profile, reads it back and writes it again: equal model, the same bytes. */
  static void roundTrips(DocumentFormat format, CityProfile profile) {
    String written = format.writeProfile(profile);
    CityProfile again = format.readProfile(written);
    assertThat(again).as("read back from\n%s", written).isEqualTo(profile);
    assertThat(format.writeProfile(again)).isEqualTo(written);
  }

  private static boolean isUtf8(byte[] document) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(document));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
