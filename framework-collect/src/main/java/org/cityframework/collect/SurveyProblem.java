package org.cityframework.collect;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem found importing a survey export: the row it is in, the column and the fact it was
 * meant for when it concerns one cell, and what is wrong in plain words.
 *
 * @param row the row of the file, as a spreadsheet numbers it (the header is row 1); 0 for the file
 *     as a whole
 * @param column the header of the cell's column, for a problem with one cell or one column
 * @param pointer the JSON Pointer of the fact the cell was meant for, when there is one
 * @param message the problem in plain words
 */
public record SurveyProblem(
    long row, Optional<String> column, Optional<String> pointer, String message) {
  /** Creates a problem; row is 0 or more. */
  public SurveyProblem {
    requireNonNull(column, "column");
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    if (row < 0) {
      throw new IllegalArgumentException("a row is 0 or more, found " + row);
    }
  }

  static SurveyProblem of(long row, String column, String pointer, String message) {
    return new SurveyProblem(
        row, Optional.ofNullable(column), Optional.ofNullable(pointer), message);
  }

  /** {@code row 4, column "Team size" (/staff/teamSize): message}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(row == 0 ? "the file" : "row " + row);
    column.ifPresent(c -> s.append(", column ").append(Words.quoted(c)));
    pointer.ifPresent(p -> s.append(" (").append(p).append(')'));
    return s.append(": ").append(message).toString();
  }
}
