package org.cityframework.cohort;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One figure the chapter itself gives about the cities it surveyed, set beside one city's answer to
 * the same question: no cohort needed. Made by {@link ChapterFigures#beside}.
 *
 * @param id the figure's stable id, such as {@code data-significant-role}
 * @param figure the figure in the chapter's own words
 * @param lines the seed lines that state it
 * @param citation where it stands in the chapter, with its seed lines: {@code Rec. 6, opening text,
 *     L143}
 * @param fact the JSON Pointer of the profile fact that answers the same question; empty when no
 *     fact of the profile does
 * @param cityAnswer the city's answer in words: {@code a significant role}, {@code not stated in
 *     the profile}, {@code no fact of the profile answers this}
 * @param standing whether the city is among the share of cities the figure describes
 */
public record ChapterFigure(
    String id,
    String figure,
    List<Integer> lines,
    String citation,
    Optional<String> fact,
    String cityAnswer,
    Standing standing) {

  /** Creates a row; the lines are copied. */
  public ChapterFigure {
    requireNonNull(id, "id");
    requireNonNull(figure, "figure");
    lines = List.copyOf(lines);
    requireNonNull(citation, "citation");
    requireNonNull(fact, "fact");
    requireNonNull(cityAnswer, "cityAnswer");
    requireNonNull(standing, "standing");
  }

  /** Where the city stands against a figure that describes a share of the surveyed cities. */
  public enum Standing {
    /** The city's answer puts it among the share the figure describes. */
    AMONG_THEM("among them"),

    /** The city's answer puts it outside the share the figure describes. */
    NOT_AMONG_THEM("not among them"),

    /** The profile does not state the fact that would tell. */
    NOT_KNOWN("not known"),

    /**
     * The figure is not a share of cities a single city can belong to (a count across all cities, a
     * share of staff), or no fact of the profile answers it: the answer stands beside it only.
     */
    NO_COMPARISON("");

    private final String words;

    Standing(String words) {
      this.words = words;
    }

    /** The standing in words ({@code among them}); empty for {@link #NO_COMPARISON}. */
    public String words() {
      return words;
    }
  }
}
