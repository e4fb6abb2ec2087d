package org.cityframework.cli;

import java.nio.charset.StandardCharsets;
import org.cityframework.rules.Assessor;

/**
 * What a worker of {@code cityframework assess --batch} does with one line, opened to the
 * benchmarks: the command line keeps its classes package-private, so this class sits in its package
 * (in the benchmarks' jar, not in the command line's).
 */
public final class BatchLineWork {
  private final BatchAssessment batch =
      new BatchAssessment(Assessor.standard(), SummaryFormat.JSON, null, 1);

  /** The work of a batch writing JSON Lines summaries, with the standard checks. */
  public BatchLineWork() {}

  /**
   * A profile as one line of a batch's input: its JSON text without layout (what {@code
   * cityframework generate} writes), in UTF-8, without the line end.
   */
  public static byte[] line(String json) {
    StringBuilder compact = new StringBuilder(json.length());
    SyntheticProfiles.compact(json, compact);
    return compact.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The summary line of a line of input: read, assessed, scored and written as the batch writes it
   * (its problems, when the line is not a valid profile), with its line end.
   */
  public String summary(byte[] line) {
    return batch.assess(new JsonLines.Line(1, line, false)).text();
  }
}
