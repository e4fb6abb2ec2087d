package org.cityframework.collect;

import java.util.List;

/**
 * What an import did, in numbers, with the problems of the file as a whole (its header, its
 * encoding, its limits, columns nothing maps); the problems of each row come with the row ({@link
 * ImportedRow}). An import is complete when it has no problem at all: every row imported and every
 * column read.
 *
 * @param rows the rows read beneath the header, blank rows left out
 * @param imported the rows that gave a profile
 * @param rejected the rows that gave problems instead
 * @param fileProblems the problems of the file as a whole, in the order found
 */
public record ImportReport(
    long rows, long imported, long rejected, List<SurveyProblem> fileProblems) {
  /** Creates a report. */
  public ImportReport {
    fileProblems = List.copyOf(fileProblems);
  }

  /** Whether every row was imported and the file had no problem. */
  public boolean isComplete() {
    return rejected == 0 && fileProblems.isEmpty();
  }
}
