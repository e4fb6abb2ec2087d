package org.cityframework.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Status;
import tools.jackson.databind.JsonNode;

/**
 * What {@code diff} needs of an assessment document (written by {@code assess --format json}): the
 * city, each finding's status and priority by check id, and each score by key. Properties it does
 * not need are not read.
 *
 * @param city the city assessed
 * @param findings the findings by check id, in rank order
 * @param scores the scores keyed "overall", "R1" to "R10", then element, component, layer names
 */
record ReportedAssessment(
    Comparison.City city, Map<String, Entry> findings, Map<String, Score> scores) {

  /**
   * One finding.
   *
   * @param summary what the practice is
   * @param status what the check found
   * @param priority how urgently it needs attention
   */
  record Entry(String summary, Status status, Priority priority) {}

  /**
   * One score.
   *
   * @param score from 0 to 100; empty when nothing was assessed
   * @param coverage the share of weight assessed, from 0 to 100
   */
  record Score(OptionalDouble score, double coverage) {}

  /** Whether a document is an assessment report: an object with a {@code findings} list. */
  static boolean isAssessment(JsonNode root) {
    return root.isObject() && root.has("findings") && root.get("findings").isArray();
  }

  /**
   * Reads what a comparison needs.
   *
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
   */
  static ReportedAssessment read(JsonNode root) {
    ProblemList problems = new ProblemList();
    problems.version(root, "assessment");
    Comparison.City city = city(root, problems);
    Map<String, Entry> findings = new LinkedHashMap<>();
    JsonNode list = root.get("findings");
    for (int i = 0; i < list.size(); i++) {
      String at = Pointers.child("/findings", i);
      JsonNode f = list.get(i);
      if (!f.isObject()) {
        problems.add(at, "an object", JsonTrees.found(f), "a finding is an object");
        continue;
      }
      Optional<String> id = problems.text(f, "checkId", at, true);
      Optional<String> summary = problems.text(f, "summary", at, true);
      Optional<Status> status = constant(f, "status", at, Status.class, problems);
      Optional<Priority> priority = constant(f, "priority", at, Priority.class, problems);
      if (id.isPresent() && summary.isPresent() && status.isPresent() && priority.isPresent()) {
        if (findings.containsKey(id.get())) {
          problems.add(
              Pointers.child(at, "checkId"),
              "each check once",
              id.get(),
              "the findings have " + id.get() + " twice");
        }
        findings.put(id.get(), new Entry(summary.get(), status.get(), priority.get()));
      }
    }
    Map<String, Score> scores = scores(root, problems);
    problems.throwIfAny();
    return new ReportedAssessment(city, findings, scores);
  }

  private static Comparison.City city(JsonNode root, ProblemList problems) {
    JsonNode city = root.get("city");
    if (city == null || !city.isObject()) {
      problems.add(
          "/city",
          "an object",
          city == null ? "nothing" : JsonTrees.found(city),
          "an assessment names its city: an object with name, country and assessedOn");
      return new Comparison.City("", "", "");
    }
    return new Comparison.City(
        problems.text(city, "name", "/city", true).orElse(""),
        problems.text(city, "country", "/city", true).orElse(""),
        problems.text(city, "assessedOn", "/city", true).orElse(""));
  }

  private static Map<String, Score> scores(JsonNode root, ProblemList problems) {
    Map<String, Score> scores = new LinkedHashMap<>();
    JsonNode table = root.get("scores");
    if (table == null || !table.isObject()) {
      problems.add(
          "/scores",
          "an object",
          table == null ? "nothing" : JsonTrees.found(table),
          "an assessment has its scores: an object with overall, byRecommendation, byElement,"
              + " byComponent and byLayer");
      return scores;
    }
    score(table.get("overall"), "/scores/overall", problems)
        .ifPresent(s -> scores.put("overall", s));
    for (String group : new String[] {"byRecommendation", "byElement", "byComponent", "byLayer"}) {
      JsonNode node = table.get(group);
      String at = Pointers.child("/scores", group);
      if (node == null) {
        continue;
      }
      if (!node.isObject()) {
        problems.add(at, "an object", JsonTrees.found(node), group + " is an object of scores");
        continue;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        score(e.getValue(), Pointers.child(at, e.getKey()), problems)
            .ifPresent(s -> scores.put(e.getKey(), s));
      }
    }
    return scores;
  }

  private static Optional<Score> score(JsonNode node, String at, ProblemList problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          at,
          "an object",
          node == null ? "nothing" : JsonTrees.found(node),
          "a score is an object with score and coverage");
      return Optional.empty();
    }
    JsonNode score = node.get("score");
    JsonNode coverage = node.get("coverage");
    boolean valid = true;
    if (score != null && !score.isNumber()) {
      problems.add(
          Pointers.child(at, "score"),
          "a number",
          JsonTrees.found(score),
          "a score is a number from 0 to 100");
      valid = false;
    }
    if (coverage == null || !coverage.isNumber()) {
      problems.add(
          Pointers.child(at, "coverage"),
          "a number",
          coverage == null ? "nothing" : JsonTrees.found(coverage),
          "coverage is a number from 0 to 100");
      valid = false;
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(
        new Score(
            score == null ? OptionalDouble.empty() : OptionalDouble.of(score.doubleValue()),
            coverage.doubleValue()));
  }

  private static <E extends Enum<E>> Optional<E> constant(
      JsonNode node, String name, String at, Class<E> type, ProblemList problems) {
    Optional<String> text = problems.text(node, name, at, true);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.get())) {
        return Optional.of(e);
      }
    }
    problems.add(
        Pointers.child(at, name),
        "one of " + Arrays.toString(type.getEnumConstants()),
        "\"" + text.get() + "\"",
        name
            + " is not \""
            + text.get()
            + "\"; it is one of "
            + Arrays.toString(type.getEnumConstants()));
    return Optional.empty();
  }
}
