package org.cityframework.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Limits on what a document may hold, set deliberately so that hostile input is refused quickly
 * with a clear error instead of exhausting memory or time (docs/json.md, "Limits on hostile
 * input"). A real profile is a few kilobytes, nests four levels and has short texts.
 */
final class DocumentLimits {
  private DocumentLimits() {}

  /** The largest document read, in bytes. */
  static final int MAX_DOCUMENT_BYTES = 10_000_000;

  static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(32)
          .maxStringLength(100_000)
          .maxNumberLength(64)
          .maxNameLength(200)
          .maxTokenCount(1_000_000)
          .build();
}
