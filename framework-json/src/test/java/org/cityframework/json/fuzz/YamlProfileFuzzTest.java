package org.cityframework.json.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cityframework.json.DocumentFormat;

/**
 * Any bytes given to the YAML reader give a profile or an {@code InvalidDocumentException}; read as
 * a stream or as text, they give the same profile; what was read writes and reads back equal.
 */
class YamlProfileFuzzTest {
  @DictionaryEntries({
    // YAML's references, tags and document markers; a character beyond the BMP. No line breaks:
    // Jazzer writes each entry on a line of libFuzzer's dictionary file.
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "<<: ",
    "---",
    "...",
    "? ",
    "\uD83D\uDE00",
    "\uFEFF"
  })
  @FuzzTest
  void reads_a_profile_or_refuses_it(byte[] document) {
    Outcome.ofBytesAndText(DocumentFormat.YAML, document)
        .profile()
        .ifPresent(p -> Outcome.roundTrips(DocumentFormat.YAML, p));
  }
}
