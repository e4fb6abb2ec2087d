package org.cityframework.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.core.CityProfile;

/**
 * What changed between two assessments of a city, whether they came from two profiles ({@link
 * #of(Progress)}) or from two assessment documents ({@link #of(ReportedAssessment,
 * ReportedAssessment)}): the changes of status and the score moves. The json module writes it as
 * the JSON document of {@code diff --format json} (docs/cli.md), and reads the assessment
 * documents; the report module lays it out as text and Markdown.
 *
 * @param compared {@code profiles} or {@code assessments}
 * @param before the earlier city
 * @param after the later city
 * @param changes every check whose verdict changed (its status, or only its bounds), in the later
 *     assessment's rank order, then the checks only the earlier one has
 * @param scoreMoves how each score moved, keyed "overall", "R1" to "R10", then element, component
 *     and layer names
 */
public record AssessmentComparison(
    String compared, City before, City after, List<Change> changes, Map<String, Move> scoreMoves) {

  /** The version of the JSON document {@code diff --format json} writes. */
  public static final String VERSION = "1.1";

  /**
   * A city as an assessment names it.
   *
   * @param name the city's name
   * @param country the ISO 3166-1 alpha-2 country code
   * @param assessedOn the date of the facts, as YYYY-MM-DD
   */
  public record City(String name, String country, String assessedOn) {
    /** The city a profile names. */
    public static City of(CityProfile p) {
      return new City(p.name(), p.country(), p.assessedOn().toString());
    }

    /** The date a text gives as YYYY-MM-DD (a year of four digits); empty for any other text. */
    static Optional<LocalDate> date(String text) {
      return Dates.parse(text);
    }

    /** The city as a reader names it: "Riverton (GB)". */
    public String named() {
      return name + " (" + country + ")";
    }
  }

  /**
   * One check whose verdict changed: its status, or the bounds the unknown facts leave open (a
   * finding still not assessed whose worst or best case moved). A verdict here is the range from
   * its worst case to its best case, all an assessment document says of it.
   *
   * @param checkId the check's id
   * @param summary what the practice is
   * @param was the earlier verdict; empty when the earlier assessment does not have the check
   * @param now the later verdict; empty when the later assessment does not have the check
   * @param priority the finding's priority in the later assessment
   */
  public record Change(
      String checkId,
      String summary,
      Optional<Verdict> was,
      Optional<Verdict> now,
      Priority priority) {

    public Change {
      was = was.map(AssessmentComparison::range);
      now = now.map(AssessmentComparison::range);
    }

    /** The earlier status; empty when the earlier assessment does not have the check. */
    public Optional<Status> from() {
      return was.map(Verdict::status);
    }

    /** The later status; empty when the later assessment does not have the check. */
    public Optional<Status> to() {
      return now.map(Verdict::status);
    }

    /** The earlier worst case (equal to the status when it is decided). */
    public Optional<Status> worstBefore() {
      return was.map(Verdict::worstCase);
    }

    /** The earlier best case, not applicable counting above met. */
    public Optional<Status> bestBefore() {
      return was.map(Verdict::bestCase);
    }

    /** The later worst case (equal to the status when it is decided). */
    public Optional<Status> worstAfter() {
      return now.map(Verdict::worstCase);
    }

    /** The later best case, not applicable counting above met. */
    public Optional<Status> bestAfter() {
      return now.map(Verdict::bestCase);
    }

    /** Whether the status stayed the same and only the bounds moved. */
    public boolean isBoundsOnly() {
      return library().isBoundsOnly();
    }

    /**
     * A certain gap before (best case not met or partly met, decided or not) that is met or not
     * applicable now, whatever facts are still unknown.
     */
    public boolean isResolved() {
      return library().isResolved();
    }

    /** A certain gap now that was not a certain gap before. */
    public boolean isNewGap() {
      return library().isNewGap();
    }

    /** The same change as the library states it, for its meaning of resolved and new gaps. */
    private StatusChange library() {
      return new StatusChange(checkId, summary, was, now, priority);
    }
  }

  /**
   * How one score moved, with the range the unknown facts left open.
   *
   * @param before the earlier score, empty when nothing was assessed
   * @param after the later score, empty when nothing is assessed
   * @param coverageBefore the earlier coverage, 0 to 100
   * @param coverageAfter the later coverage, 0 to 100
   * @param floorBefore the earlier floor (lowest score once every fact is known); empty when
   *     nothing was in scope, or the earlier assessment document does not say (version 1.0)
   * @param floorAfter the later floor; empty likewise
   * @param ceilingBefore the earlier ceiling (highest score once every fact is known); empty with
   *     the floor
   * @param ceilingAfter the later ceiling; empty with the floor
   */
  public record Move(
      OptionalDouble before,
      OptionalDouble after,
      double coverageBefore,
      double coverageAfter,
      OptionalDouble floorBefore,
      OptionalDouble floorAfter,
      OptionalDouble ceilingBefore,
      OptionalDouble ceilingAfter) {

    /** The change in points, when both scores exist, rounded to one decimal. */
    public OptionalDouble delta() {
      if (before.isEmpty() || after.isEmpty()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
    }

    /** Whether the floor or the ceiling moved. */
    public boolean boundsMoved() {
      return !floorBefore.equals(floorAfter) || !ceilingBefore.equals(ceilingAfter);
    }

    /** Whether only the range moved: the score and its coverage stayed the same. */
    public boolean isBoundsOnly() {
      return boundsMoved() && before.equals(after) && coverageBefore == coverageAfter;
    }
  }

  /**
   * A verdict as the range from its worst to its best case: a document gives only the two bounds,
   * so two verdicts with the same bounds are the same here.
   */
  static Verdict range(Verdict v) {
    return Verdict.between(v.worstCase(), v.bestCase());
  }

  /** The comparison of two assessments of profiles, as {@link Progress#between} made it. */
  public static AssessmentComparison of(Progress p) {
    Map<String, Move> moves = new LinkedHashMap<>();
    p.scoreMoves()
        .forEach(
            (key, m) ->
                moves.put(
                    key,
                    new Move(
                        m.before(),
                        m.after(),
                        m.coverageBefore(),
                        m.coverageAfter(),
                        m.floorBefore(),
                        m.floorAfter(),
                        m.ceilingBefore(),
                        m.ceilingAfter())));
    return new AssessmentComparison(
        "profiles",
        City.of(p.before().profile()),
        City.of(p.after().profile()),
        p.changes().stream()
            .map(c -> new Change(c.checkId(), c.summary(), c.was(), c.now(), c.priority()))
            .filter(c -> !c.was().equals(c.now()))
            .toList(),
        moves);
  }

  /**
   * The comparison of two assessment documents: verdicts compared by check id, scores by key, as
   * {@link Progress#between} compares them.
   */
  public static AssessmentComparison of(ReportedAssessment before, ReportedAssessment after) {
    List<Change> changes = new ArrayList<>();
    after
        .findings()
        .forEach(
            (id, now) -> {
              Optional<Verdict> was =
                  Optional.ofNullable(before.findings().get(id))
                      .map(ReportedAssessment.Entry::verdict);
              if (was.isEmpty() || !was.get().equals(now.verdict())) {
                changes.add(
                    new Change(id, now.summary(), was, Optional.of(now.verdict()), now.priority()));
              }
            });
    before
        .findings()
        .forEach(
            (id, was) -> {
              if (!after.findings().containsKey(id)) {
                changes.add(
                    new Change(
                        id,
                        was.summary(),
                        Optional.of(was.verdict()),
                        Optional.empty(),
                        Priority.NONE));
              }
            });
    Map<String, Move> moves = new LinkedHashMap<>();
    ReportedAssessment.Score none =
        new ReportedAssessment.Score(
            OptionalDouble.empty(), 0, OptionalDouble.empty(), OptionalDouble.empty());
    after
        .scores()
        .forEach(
            (key, now) -> {
              ReportedAssessment.Score was = before.scores().getOrDefault(key, none);
              moves.put(
                  key,
                  new Move(
                      was.score(),
                      now.score(),
                      was.coverage(),
                      now.coverage(),
                      was.floor(),
                      now.floor(),
                      was.ceiling(),
                      now.ceiling()));
            });
    return new AssessmentComparison("assessments", before.city(), after.city(), changes, moves);
  }

  /** Whether both assessments are of the same city: the same name and the same country. */
  public boolean sameCity() {
    return before.name().equals(after.name()) && before.country().equals(after.country());
  }

  /**
   * Whether the comparison runs backwards in time: the earlier assessment ({@code before}) has
   * facts of a later date than the later one, so that every change reads the wrong way round.
   */
  public boolean backwards() {
    Optional<LocalDate> from = City.date(before.assessedOn());
    Optional<LocalDate> to = City.date(after.assessedOn());
    return from.isPresent() && to.isPresent() && from.get().isAfter(to.get());
  }

  /**
   * What a reader should know before trusting the comparison, one sentence each: that the two
   * assessments are of different cities ({@link #sameCity}), or that the first is the newer one
   * ({@link #backwards}). Empty when neither. {@code first} and {@code second} name the two
   * assessments, the earlier first, as the caller knows them (file names, say).
   */
  public List<String> warnings(String first, String second) {
    List<String> warnings = new ArrayList<>();
    if (!sameCity()) {
      warnings.add(
          first
              + " and "
              + second
              + " are assessments of different cities: "
              + before.named()
              + " and "
              + after.named()
              + ".");
    }
    if (backwards()) {
      warnings.add(
          first
              + " is the newer assessment (facts as of "
              + before.assessedOn()
              + ") and "
              + second
              + " the older (facts as of "
              + after.assessedOn()
              + "), so every change reads backwards in time; give the older one first.");
    }
    return warnings;
  }

  /** Certain gaps (not met or partly met, decided or not) that are now met or not applicable. */
  public List<Change> resolved() {
    return changes.stream().filter(Change::isResolved).toList();
  }

  /** Practices that are certain gaps now but were not before (met, or possibly met). */
  public List<Change> newGaps() {
    return changes.stream().filter(Change::isNewGap).toList();
  }

  /** Every other change: of status, or of the bounds of a finding still not assessed. */
  public List<Change> otherChanges() {
    return changes.stream().filter(c -> !c.isResolved() && !c.isNewGap()).toList();
  }
}
