package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One fact a check read: where it is in the profile, as a JSON Pointer, and the value seen, or
 * empty when the profile does not state it and nothing implies it.
 *
 * @param pointer the JSON Pointer of the fact, for example {@code /strategy/published}
 * @param value the value seen, in its canonical text form ({@code none} for a fact that cannot be
 *     stated), or empty when unknown
 * @param impliedBy for a fact the profile does not state but other facts decide ({@link
 *     org.cityframework.core.Implications}), the fact it follows from, for example {@code
 *     /staff/dedicatedTeam = false}; empty for a stated or unknown fact
 */
public record Evidence(String pointer, Optional<String> value, Optional<String> impliedBy) {

  /** Creates evidence; every part is required. */
  public Evidence {
    requireNonNull(pointer, "pointer");
    requireNonNull(value, "value");
    requireNonNull(impliedBy, "impliedBy");
  }

  /** Evidence of a stated or unknown fact. */
  public Evidence(String pointer, Optional<String> value) {
    this(pointer, value, Optional.empty());
  }

  /** Whether the value is known: stated, or implied by other facts. */
  public boolean isKnown() {
    return value.isPresent();
  }

  /**
   * The question that collects this fact, in plain words, for a reader who does not read JSON
   * Pointers: "Is the innovation strategy publicly shared?"; a fact in a list names its item
   * ("Which indicator measures progress towards goal 2?"). Every fact a built-in check reads has
   * its own words (the resource bundle {@code org.cityframework.rules.Questions}, the same words as
   * {@link Assessment#toCollect()}); a fact only a check of one's own reads gets a question naming
   * its pointer.
   */
  public String question() {
    return Questions.text(pointer);
  }

  /**
   * The question of {@link #question()} in the language of {@code locale}: French for a French
   * locale, else English (the same words as {@link Assessment#toCollect(java.util.Locale)}).
   */
  public String question(java.util.Locale locale) {
    return Questions.text(pointer, Questions.words(locale));
  }

  /** Whether the value is implied by other facts rather than stated. */
  public boolean isImplied() {
    return impliedBy.isPresent();
  }

  @Override
  public String toString() {
    return pointer
        + " = "
        + value.orElse("unknown")
        + impliedBy.map(because -> " (implied by " + because + ")").orElse("");
  }
}
