package org.cityframework.json.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cityframework.json.DocumentFormat;

/**
 * Any bytes given to the JSON reader give a profile or an {@code InvalidDocumentException}; read as
 * a stream or as text, they give the same profile; what was read writes and reads back equal.
 */
class JsonProfileFuzzTest {
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
  void reads_a_profile_or_refuses_it(byte[] document) {
    Outcome.ofBytesAndText(DocumentFormat.JSON, document)
        .profile()
        .ifPresent(p -> Outcome.roundTrips(DocumentFormat.JSON, p));
  }
}
