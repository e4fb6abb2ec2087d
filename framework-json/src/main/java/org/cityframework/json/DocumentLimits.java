package org.cityframework.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Limits on what a document may hold, set deliberately so that hostile input is refused quickly
 * with a clear error instead of exhausting memory or time (docs/json.md, "Limits on hostile
 * input"). A real profile is a few kilobytes, nests four levels and has short texts.
 */
final class DocumentLimits {
  private DocumentLimits() {}

  static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxDocumentLength(10_000_000)
          .maxNestingDepth(32)
          .maxStringLength(100_000)
          .maxNumberLength(64)
          .maxNameLength(200)
          .maxTokenCount(1_000_000)
          .build();
}
