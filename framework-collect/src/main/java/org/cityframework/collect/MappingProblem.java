package org.cityframework.collect;

import static java.util.Objects.requireNonNull;

/**
 * One problem with a survey mapping: the line of the mapping file it is on, and what is wrong, in a
 * sentence a survey designer understands.
 *
 * @param line the line of the mapping file, from 1; 0 for the file as a whole
 * @param message the problem in plain words
 */
public record MappingProblem(int line, String message) {
  /** Creates a problem; the message is required. */
  public MappingProblem {
    requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("a line is 0 or more, found " + line);
    }
  }

  @Override
  public String toString() {
    return (line == 0 ? "" : "line " + line + ": ") + message;
  }
}
