package org.cityframework.json;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;

/**
 * One problem with a document: where it is (a JSON Pointer into the document), what was expected,
 * what was found, and a sentence a consultant understands.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value; empty for the whole document
 * @param expected what a valid document has there, when that can be said
 * @param found what this document has there, when that can be said
 * @param message the problem in plain words
 */
public record DocumentProblem(
    String pointer, Optional<String> expected, Optional<String> found, String message)
    implements Serializable {

  /** Creates a problem; pointer and message are required. */
  public DocumentProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(expected, "expected");
    requireNonNull(found, "found");
    requireNonNull(message, "message");
  }

  static DocumentProblem of(String pointer, String expected, String found, String message) {
    return new DocumentProblem(
        pointer, Optional.ofNullable(expected), Optional.ofNullable(found), message);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(the whole document)" : pointer) + ": " + message;
  }
}
