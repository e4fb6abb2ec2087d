package org.cityframework.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Status;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two assessments of a city, whether they came from two profiles or from two
 * assessment documents: the changes of status and the score moves. Written as the JSON output of
 * {@code diff} (docs/cli.md).
 *
 * @param compared {@code profiles} or {@code assessments}
 * @param before the earlier city
 * @param after the later city
 * @param changes every check whose status changed, in the later assessment's rank order, then the
 *     checks only the earlier one has
 * @param scoreMoves how each score moved, keyed "overall", "R1" to "R10", then element, component
 *     and layer names
 */
record Comparison(
    String compared, City before, City after, List<Change> changes, Map<String, Move> scoreMoves) {

  /** The version of the JSON document {@code diff --format json} writes. */
  static final String VERSION = "1.0";

  /**
   * A city as an assessment names it.
   *
   * @param name the city's name
   * @param country the ISO 3166-1 alpha-2 country code
   * @param assessedOn the date of the facts, as YYYY-MM-DD
   */
  record City(String name, String country, String assessedOn) {
    static City of(CityProfile p) {
      return new City(p.name(), p.country(), p.assessedOn().toString());
    }
  }

  /**
   * One check whose status changed.
   *
   * @param checkId the check's id
   * @param summary what the practice is
   * @param from the earlier status; empty when the earlier assessment does not have the check
   * @param to the later status; empty when the later assessment does not have the check
   * @param priority the finding's priority in the later assessment
   */
  record Change(
      String checkId,
      String summary,
      Optional<Status> from,
      Optional<Status> to,
      Priority priority) {

    /** A gap before that is met or not applicable now. */
    boolean isResolved() {
      return from.map(Status::isGap).orElse(false)
          && to.map(s -> s == Status.MET || s == Status.NOT_APPLICABLE).orElse(false);
    }

    /** A gap now that was not a gap before. */
    boolean isNewGap() {
      return to.map(Status::isGap).orElse(false) && !from.map(Status::isGap).orElse(false);
    }
  }

  /**
   * How one score moved.
   *
   * @param before the earlier score, empty when nothing was assessed
   * @param after the later score, empty when nothing is assessed
   * @param coverageBefore the earlier coverage, 0 to 100
   * @param coverageAfter the later coverage, 0 to 100
   */
  record Move(
      OptionalDouble before, OptionalDouble after, double coverageBefore, double coverageAfter) {

    /** The change in points, when both scores exist, rounded to one decimal. */
    OptionalDouble delta() {
      if (before.isEmpty() || after.isEmpty()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
    }
  }

  /** The comparison of two assessments of profiles, as {@link Progress#between} made it. */
  static Comparison of(Progress p) {
    Map<String, Move> moves = new LinkedHashMap<>();
    p.scoreMoves()
        .forEach(
            (key, m) ->
                moves.put(
                    key, new Move(m.before(), m.after(), m.coverageBefore(), m.coverageAfter())));
    return new Comparison(
        "profiles",
        City.of(p.before().profile()),
        City.of(p.after().profile()),
        p.changes().stream()
            .map(c -> new Change(c.checkId(), c.summary(), c.from(), c.to(), c.priority()))
            .toList(),
        moves);
  }

  /**
   * The comparison of two assessment documents: statuses compared by check id, scores by key, as
   * {@link Progress#between} compares them.
   */
  static Comparison of(ReportedAssessment before, ReportedAssessment after) {
    List<Change> changes = new ArrayList<>();
    after
        .findings()
        .forEach(
            (id, now) -> {
              Optional<Status> from =
                  Optional.ofNullable(before.findings().get(id))
                      .map(ReportedAssessment.Entry::status);
              if (from.isEmpty() || from.get() != now.status()) {
                changes.add(
                    new Change(id, now.summary(), from, Optional.of(now.status()), now.priority()));
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
                        Optional.of(was.status()),
                        Optional.empty(),
                        Priority.NONE));
              }
            });
    Map<String, Move> moves = new LinkedHashMap<>();
    after
        .scores()
        .forEach(
            (key, now) -> {
              ReportedAssessment.Score was = before.scores().get(key);
              moves.put(
                  key,
                  new Move(
                      was == null ? OptionalDouble.empty() : was.score(),
                      now.score(),
                      was == null ? 0 : was.coverage(),
                      now.coverage()));
            });
    return new Comparison("assessments", before.city(), after.city(), changes, moves);
  }

  /** Gaps (not met or partly met) that are now met or not applicable. */
  List<Change> resolved() {
    return changes.stream().filter(Change::isResolved).toList();
  }

  /** Practices that are gaps now but were not before. */
  List<Change> newGaps() {
    return changes.stream().filter(Change::isNewGap).toList();
  }

  /** Every other change of status. */
  List<Change> otherChanges() {
    return changes.stream().filter(c -> !c.isResolved() && !c.isNewGap()).toList();
  }

  /** The comparison as the JSON document of {@code diff --format json}. */
  String json() {
    ObjectNode root = JsonTrees.object();
    root.put("schemaVersion", VERSION);
    root.put("compared", compared);
    city(root.putObject("before"), before);
    city(root.putObject("after"), after);
    changes(root.putArray("resolved"), resolved());
    changes(root.putArray("newGaps"), newGaps());
    changes(root.putArray("otherChanges"), otherChanges());
    ObjectNode moves = root.putObject("scoreMoves");
    scoreMoves.forEach(
        (key, m) -> {
          ObjectNode move = moves.putObject(key);
          m.before().ifPresent(v -> move.put("before", v));
          m.after().ifPresent(v -> move.put("after", v));
          m.delta().ifPresent(v -> move.put("delta", v));
          move.put("coverageBefore", m.coverageBefore());
          move.put("coverageAfter", m.coverageAfter());
        });
    return JsonTrees.write(root);
  }

  private static void city(ObjectNode node, City city) {
    node.put("name", city.name());
    node.put("country", city.country());
    node.put("assessedOn", city.assessedOn());
  }

  private static void changes(ArrayNode list, List<Change> changes) {
    for (Change c : changes) {
      ObjectNode item = list.addObject();
      item.put("checkId", c.checkId());
      item.put("summary", c.summary());
      c.from().ifPresent(s -> item.put("from", s.name()));
      c.to().ifPresent(s -> item.put("to", s.name()));
      item.put("priority", c.priority().name());
    }
  }
}
