package org.cityframework.report;

import java.util.Optional;
import org.cityframework.rules.Finding;

/**
 * The line every format shows under a finding whose waiver has expired: the waiver no longer
 * applies, but its record stays visible, as an XCCDF override's does.
 */
final class ExpiredWaiver {
  private ExpiredWaiver() {}

  /**
   * "Waiver expired on 2026-01-31 (granted by Council: Budget agreed next year); the finding counts
   * again.", or empty when the finding has no expired waiver.
   */
  static Optional<String> line(Finding f) {
    return f.expiredWaiver()
        .map(
            w ->
                "Waiver expired on "
                    + w.expiresOn()
                    + " (granted by "
                    + Words.line(w.authority())
                    + ": "
                    + Words.line(w.justification())
                    + "); the finding counts again.");
  }
}
