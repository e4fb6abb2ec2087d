package org.cityframework.json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.Priority;
import org.cityframework.rules.ReportedAssessment;
import org.cityframework.rules.Status;
import org.cityframework.rules.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@link ReportedAssessment} from the tree of an assessment document ({@code assess
 * --format json}, versions 1.0 and 1.1): every problem with its JSON Pointer.
 *
 * <p>Documents of version 1.0 have no bounds: there a decided status is its own bounds, {@code
 * NOT_ASSESSED} leaves anything from {@code NOT_MET} to {@code MET}, and no score has a floor or a
 * ceiling. From version 1.1 on, every finding has its {@code worstCase} and {@code bestCase}.
 */
final class ReportedAssessmentReader {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The statuses in the order of the bounds, worst first. */
  private static final List<Status> ORDER =
      List.of(Status.NOT_MET, Status.PARTLY_MET, Status.MET, Status.NOT_APPLICABLE);

  private ReportedAssessmentReader() {}

  /** Whether a document is an assessment report: an object with a {@code findings} list. */
  static boolean isAssessment(JsonNode root) {
    return root.isObject() && root.has("findings") && root.get("findings").isArray();
  }

  /**
   * Reads what a comparison needs from the tree of an assessment document ({@link
   * DocumentFormat#readTree}), of version 1.0 or 1.1.
   *
   * @param root the document's tree, one for which {@link #isAssessment} holds
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
   */
  static ReportedAssessment read(JsonNode root) {
    ProblemList problems = new ProblemList();
    problems.version(root, "assessment");
    boolean bounded = hasBounds(root);
    AssessmentComparison.City city = city(root, problems);
    Map<String, ReportedAssessment.Entry> findings = new LinkedHashMap<>();
    JsonNode list = root.get("findings");
    for (int i = 0; i < list.size(); i++) {
      String at = Pointer.child("/findings", i);
      JsonNode f = list.get(i);
      if (!f.isObject()) {
        problems.add(at, "an object", ProfileReader.found(f), "a finding is an object");
        continue;
      }
      Optional<String> id = problems.text(f, "checkId", at, true);
      Optional<String> summary = problems.text(f, "summary", at, true);
      Optional<Status> status = constant(f, "status", at, Status.class, problems);
      Optional<Priority> priority = constant(f, "priority", at, Priority.class, problems);
      Optional<Verdict> verdict =
          status.flatMap(s -> bounded ? bounds(f, at, s, problems) : Optional.of(Verdict.of(s)));
      if (id.isPresent() && summary.isPresent() && verdict.isPresent() && priority.isPresent()) {
        if (findings.containsKey(id.get())) {
          problems.add(
              Pointer.child(at, "checkId"),
              "each check once",
              id.get(),
              "the findings have " + id.get() + " twice");
        }
        Verdict v = verdict.get();
        findings.put(
            id.get(),
            new ReportedAssessment.Entry(
                summary.get(), v.status(), v.worstCase(), v.bestCase(), priority.get()));
      }
    }
    Map<String, ReportedAssessment.Score> scores = scores(root, bounded, problems);
    problems.throwIfAny();
    return new ReportedAssessment(city, findings, scores);
  }

  /**
   * Whether the document has bounds: version 1.1 or later. A version that is not readable is
   * reported by {@link ProblemList#version}; the document is then read as 1.1 for the rest.
   */
  private static boolean hasBounds(JsonNode root) {
    JsonNode version = root.get("schemaVersion");
    return version == null || !version.isString() || !version.stringValue().matches("1\\.0+");
  }

  /**
   * The worst and best case of a finding of version 1.1: statuses other than NOT_ASSESSED, the
   * worst no better than the best, equal to the status when it is decided.
   */
  private static Optional<Verdict> bounds(
      JsonNode f, String at, Status status, ProblemList problems) {
    Optional<Status> worst = bound(f, "worstCase", at, problems);
    Optional<Status> best = bound(f, "bestCase", at, problems);
    if (worst.isEmpty() || best.isEmpty()) {
      return Optional.empty();
    }
    if (ORDER.indexOf(best.get()) < ORDER.indexOf(worst.get())) {
      problems.add(
          Pointer.child(at, "bestCase"),
          "no worse than the worst case, " + worst.get(),
          "\"" + best.get() + "\"",
          "the best case "
              + best.get()
              + " is below the worst case "
              + worst.get()
              + " (NOT_MET, PARTLY_MET, MET, NOT_APPLICABLE, from worst to best)");
      return Optional.empty();
    }
    Verdict v = Verdict.between(worst.get(), best.get());
    if (v.status() != status) {
      problems.add(
          Pointer.child(at, "status"),
          "\"" + v.status() + "\", as worstCase and bestCase say",
          "\"" + status + "\"",
          "status is "
              + status
              + " but the bounds "
              + worst.get()
              + " and "
              + best.get()
              + (v.isDecided() ? " decide it as " + v.status() : " leave it NOT_ASSESSED"));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** A worst or best case: a status other than NOT_ASSESSED, which is a range, not a bound. */
  private static Optional<Status> bound(JsonNode f, String name, String at, ProblemList problems) {
    Optional<Status> bound = constant(f, name, at, Status.class, problems);
    if (bound.isPresent() && bound.get() == Status.NOT_ASSESSED) {
      problems.add(
          Pointer.child(at, name),
          "one of " + ORDER,
          "\"NOT_ASSESSED\"",
          name + " is one of " + ORDER + ", not NOT_ASSESSED (a range, not a bound)");
      return Optional.empty();
    }
    return bound;
  }

  private static AssessmentComparison.City city(JsonNode root, ProblemList problems) {
    JsonNode city = root.get("city");
    if (city == null || !city.isObject()) {
      problems.add(
          "/city",
          "an object",
          city == null ? "nothing" : ProfileReader.found(city),
          "an assessment names its city: an object with name, country and assessedOn");
      return new AssessmentComparison.City("", "", "");
    }
    return new AssessmentComparison.City(
        problems.text(city, "name", "/city", true).orElse(""),
        problems.text(city, "country", "/city", true).orElse(""),
        date(city, "assessedOn", "/city", problems).orElse(""));
  }

  /**
   * A date as YYYY-MM-DD (a four-digit year, a day the month has), as the assessment's schema says;
   * empty after noting the problem.
   */
  private static Optional<String> date(
      JsonNode parent, String name, String at, ProblemList problems) {
    Optional<String> text = problems.text(parent, name, at, true);
    if (text.isPresent() && ProfileReader.plainDate(text.get()) == null) {
      problems.add(
          Pointer.child(at, name),
          "a date as YYYY-MM-DD",
          ProfileReader.found(parent.get(name)),
          name + " is a date as YYYY-MM-DD, not " + ProfileReader.found(parent.get(name)));
      return Optional.empty();
    }
    return text;
  }

  private static Map<String, ReportedAssessment.Score> scores(
      JsonNode root, boolean bounded, ProblemList problems) {
    Map<String, ReportedAssessment.Score> scores = new LinkedHashMap<>();
    JsonNode table = root.get("scores");
    if (table == null || !table.isObject()) {
      problems.add(
          "/scores",
          "an object",
          table == null ? "nothing" : ProfileReader.found(table),
          "an assessment has its scores: an object with overall, byRecommendation, byElement,"
              + " byComponent and byLayer");
      return scores;
    }
    score(table.get("overall"), "/scores/overall", bounded, problems)
        .ifPresent(s -> scores.put("overall", s));
    for (String group : new String[] {"byRecommendation", "byElement", "byComponent", "byLayer"}) {
      JsonNode node = table.get(group);
      String at = Pointer.child("/scores", group);
      if (node == null) {
        continue;
      }
      if (!node.isObject()) {
        problems.add(at, "an object", ProfileReader.found(node), group + " is an object of scores");
        continue;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        score(e.getValue(), Pointer.child(at, e.getKey()), bounded, problems)
            .ifPresent(s -> scores.put(e.getKey(), s));
      }
    }
    return scores;
  }

  private static Optional<ReportedAssessment.Score> score(
      JsonNode node, String at, boolean bounded, ProblemList problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          at,
          "an object",
          node == null ? "nothing" : ProfileReader.found(node),
          "a score is an object with score and coverage");
      return Optional.empty();
    }
    Optional<OptionalDouble> score = optionalNumber(node, "score", at, problems);
    Optional<OptionalDouble> coverage = optionalNumber(node, "coverage", at, problems);
    boolean valid = score.isPresent() && coverage.isPresent();
    if (coverage.isPresent() && coverage.get().isEmpty()) {
      problems.add(
          Pointer.child(at, "coverage"),
          "a number from 0 to 100",
          "nothing",
          "coverage is a number from 0 to 100");
      valid = false;
    }
    OptionalDouble floor = OptionalDouble.empty();
    OptionalDouble ceiling = OptionalDouble.empty();
    if (bounded) {
      Optional<OptionalDouble> low = optionalNumber(node, "floor", at, problems);
      Optional<OptionalDouble> high = optionalNumber(node, "ceiling", at, problems);
      if (low.isEmpty() || high.isEmpty()) {
        valid = false;
      } else if (low.get().isPresent() != high.get().isPresent()) {
        String missing = low.get().isPresent() ? "ceiling" : "floor";
        problems.add(
            Pointer.child(at, missing),
            "a number",
            "nothing",
            "a score has both a floor and a ceiling, or neither");
        valid = false;
      } else if (low.get().isPresent() && low.get().getAsDouble() > high.get().getAsDouble()) {
        problems.add(
            Pointer.child(at, "ceiling"),
            "at least the floor, " + low.get().getAsDouble(),
            Double.toString(high.get().getAsDouble()),
            "the ceiling is below the floor");
        valid = false;
      } else {
        floor = low.get();
        ceiling = high.get();
      }
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(
        new ReportedAssessment.Score(score.get(), coverage.get().getAsDouble(), floor, ceiling));
  }

  /**
   * A number from 0 to 100 that may be left out (a score, its coverage, floor and ceiling): empty
   * after noting the problem when it is not a number, not finite (YAML's {@code .nan}, {@code
   * .inf}) or out of range; an empty OptionalDouble when it is left out.
   */
  private static Optional<OptionalDouble> optionalNumber(
      JsonNode node, String name, String at, ProblemList problems) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.of(OptionalDouble.empty());
    }
    OptionalDouble number = percentage(value);
    if (number.isEmpty()) {
      problems.add(
          Pointer.child(at, name),
          "a number from 0 to 100",
          ProfileReader.found(value),
          name + " is a number from 0 to 100, not " + ProfileReader.found(value));
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /**
   * The number of a node when it is a finite number from 0 to 100; empty otherwise. Decided without
   * arithmetic on the number's size: {@code 1e999999} compares by its exponent, and only a number
   * in range becomes a double.
   */
  private static OptionalDouble percentage(JsonNode value) {
    if (!value.isNumber()) {
      return OptionalDouble.empty();
    }
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue(); // NaN and the infinities fail both comparisons
      return d >= 0 && d <= 100 ? OptionalDouble.of(d) : OptionalDouble.empty();
    }
    BigDecimal d = value.decimalValue();
    return d.signum() >= 0 && d.compareTo(HUNDRED) <= 0
        ? OptionalDouble.of(d.doubleValue())
        : OptionalDouble.empty();
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
        Pointer.child(at, name),
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
