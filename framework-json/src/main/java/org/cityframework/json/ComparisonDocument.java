package org.cityframework.json;

import java.util.List;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.AssessmentComparison.Change;
import org.cityframework.rules.AssessmentComparison.City;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A comparison of two assessments as the JSON document of {@code diff --format json}, version
 * {@link AssessmentComparison#VERSION}: the two cities, the resolved gaps, the new gaps, the other
 * changes, and the score moves (docs/cli.md).
 */
final class ComparisonDocument {
  private ComparisonDocument() {}

  static ObjectNode of(AssessmentComparison comparison) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schemaVersion", AssessmentComparison.VERSION);
    root.put("compared", comparison.compared());
    city(root.putObject("before"), comparison.before());
    city(root.putObject("after"), comparison.after());
    changes(root.putArray("resolved"), comparison.resolved());
    changes(root.putArray("newGaps"), comparison.newGaps());
    changes(root.putArray("otherChanges"), comparison.otherChanges());
    ObjectNode moves = root.putObject("scoreMoves");
    comparison
        .scoreMoves()
        .forEach(
            (key, m) -> {
              ObjectNode move = moves.putObject(key);
              m.before().ifPresent(v -> move.put("before", v));
              m.after().ifPresent(v -> move.put("after", v));
              m.delta().ifPresent(v -> move.put("delta", v));
              move.put("coverageBefore", m.coverageBefore());
              move.put("coverageAfter", m.coverageAfter());
              m.floorBefore().ifPresent(v -> move.put("floorBefore", v));
              m.floorAfter().ifPresent(v -> move.put("floorAfter", v));
              m.ceilingBefore().ifPresent(v -> move.put("ceilingBefore", v));
              m.ceilingAfter().ifPresent(v -> move.put("ceilingAfter", v));
              move.put("boundsMoved", m.boundsMoved());
            });
    return root;
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
      c.worstBefore().ifPresent(s -> item.put("worstCaseBefore", s.name()));
      c.bestBefore().ifPresent(s -> item.put("bestCaseBefore", s.name()));
      c.worstAfter().ifPresent(s -> item.put("worstCaseAfter", s.name()));
      c.bestAfter().ifPresent(s -> item.put("bestCaseAfter", s.name()));
      item.put("boundsOnly", c.isBoundsOnly());
      item.put("priority", c.priority().name());
    }
  }
}
