package org.cityframework.collect;

import java.io.Closeable;
import java.util.List;

/** The rows of a survey export, read one at a time so that memory does not grow with the file. */
interface SurveyRows extends Closeable {
  /**
   * One row beneath the header.
   *
   * @param number the row's number as a spreadsheet shows it (the header is row 1)
   * @param cells its cells, at most one more than the header has
   * @param width how many cells it has in all (more than {@code cells} holds for a long row)
   */
  record Row(long number, List<SurveyCell> cells, int width) {}

  /** The header's cells, or null when the file is empty. */
  List<String> header();

  /** The next row, or null after the last. */
  Row next();

  /** Whether dates in the file count from 1904 (some Mac spreadsheets) rather than 1900. */
  default boolean date1904() {
    return false;
  }

  /** Thrown when the file cannot be read further: the rows read so far stay read. */
  final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long row;

    Unreadable(long row, String message) {
      super(message);
      this.row = row;
    }

    /** The row it happened in; 0 for the file as a whole. */
    long row() {
      return row;
    }
  }
}
