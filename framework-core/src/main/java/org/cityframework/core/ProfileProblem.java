package org.cityframework.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One problem with a city profile: where it is, as a JSON Pointer (RFC 6901) into the profile, and
 * a sentence a consultant understands.
 *
 * @param pointer the location of the offending fact, for example {@code /strategy/published}
 * @param message what is wrong, in plain words
 */
public record ProfileProblem(String pointer, String message) implements Serializable {

  /** Creates a problem; both parts are required. */
  public ProfileProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /** This problem as seen from an enclosing object at {@code parentPointer}. */
  public ProfileProblem under(String parentPointer) {
    return new ProfileProblem(parentPointer + pointer, message);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(the whole profile)" : pointer) + ": " + message;
  }
}
