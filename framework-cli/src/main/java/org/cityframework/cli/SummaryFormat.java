package org.cityframework.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cityframework.json.DocumentProblem;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;
import tools.jackson.core.JsonGenerator;

/**
 * The summary lines of a batch assessment: one per profile, in JSON Lines or CSV. The fields are
 * listed in docs/cli.md.
 */
enum SummaryFormat {
  /** One compact JSON object per line, {@code \n} line ends. */
  JSON,

  /** A header row, then one row per profile (RFC 4180, CRLF line ends). */
  CSV;

  /** The version of the summary line format. */
  static final String VERSION = "1.0";

  /** How many findings the summary lists, in rank order. */
  static final int TOP = 3;

  private static final int RECOMMENDATIONS = 10;

  /** The names of the recommendations' scores: R1 to R10. */
  private static final String[] RECOMMENDATION_NAMES =
      IntStream.rangeClosed(1, RECOMMENDATIONS).mapToObj(r -> "R" + r).toArray(String[]::new);

  private static final Status[] STATUSES = Status.values();

  /** Room for a typical summary line, in characters. */
  private static final int LINE = 640;

  /** What comes before the first line: the CSV header, or nothing. */
  String header() {
    if (this == JSON) {
      return "";
    }
    List<String> columns = new ArrayList<>();
    columns.addAll(
        List.of("line", "error", "name", "country", "assessedOn", "score", "coverage", "maturity"));
    for (int r = 1; r <= RECOMMENDATIONS; r++) {
      columns.add("R" + r);
    }
    for (Status s : Status.values()) {
      columns.add(s.name());
    }
    for (int i = 1; i <= TOP; i++) {
      columns.addAll(List.of("top" + i + "CheckId", "top" + i + "Status", "top" + i + "Priority"));
    }
    columns.add("problems");
    return row(columns);
  }

  /** The summary of the assessment of the profile on line {@code line}. */
  String summary(long line, Assessment a) {
    Score overall = a.scores().overall();
    List<Finding> top =
        a.findings().stream().filter(f -> f.priority() != Priority.NONE).limit(TOP).toList();
    if (this == CSV) {
      List<String> cells = new ArrayList<>();
      cells.addAll(
          List.of(
              Long.toString(line),
              "false",
              cell(a.profile().name()),
              cell(a.profile().country()),
              a.profile().assessedOn().toString(),
              number(overall.score()),
              Double.toString(overall.coverage()),
              overall.maturity().map(Enum::name).orElse("")));
      for (int r = 1; r <= RECOMMENDATIONS; r++) {
        Score s = a.scores().byRecommendation().get(r);
        cells.add(s == null ? "" : number(s.score()));
      }
      for (Status s : Status.values()) {
        cells.add(Integer.toString(overall.counts().getOrDefault(s, 0)));
      }
      for (int i = 0; i < TOP; i++) {
        if (i < top.size()) {
          Finding f = top.get(i);
          cells.addAll(List.of(f.checkId(), f.status().name(), f.priority().name()));
        } else {
          cells.addAll(List.of("", "", ""));
        }
      }
      cells.add("");
      return row(cells);
    }
    StringWriter text = new StringWriter(LINE);
    try (JsonGenerator g = JsonTrees.compactGenerator(text)) {
      start(g, line, false);
      g.writeStringProperty("name", a.profile().name());
      g.writeStringProperty("country", a.profile().country());
      g.writeStringProperty("assessedOn", a.profile().assessedOn().toString());
      score(g, "score", overall.score());
      g.writeNumberProperty("coverage", overall.coverage());
      if (overall.maturity().isPresent()) {
        g.writeStringProperty("maturity", overall.maturity().get().name());
      } else {
        g.writeNullProperty("maturity");
      }
      g.writeObjectPropertyStart("recommendations");
      for (int r = 1; r <= RECOMMENDATIONS; r++) {
        Score s = a.scores().byRecommendation().get(r);
        score(g, RECOMMENDATION_NAMES[r - 1], s == null ? OptionalDouble.empty() : s.score());
      }
      g.writeEndObject();
      g.writeObjectPropertyStart("counts");
      for (Status s : STATUSES) {
        g.writeNumberProperty(s.name(), overall.counts().getOrDefault(s, 0));
      }
      g.writeEndObject();
      g.writeArrayPropertyStart("top");
      for (Finding f : top) {
        g.writeStartObject();
        g.writeStringProperty("checkId", f.checkId());
        g.writeStringProperty("status", f.status().name());
        g.writeStringProperty("priority", f.priority().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.append('\n').toString();
  }

  /** The error line of a line that is not a valid profile. */
  String problems(long line, List<DocumentProblem> problems) {
    if (this == CSV) {
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(line));
      cells.add("true");
      int empty = 6 + RECOMMENDATIONS + Status.values().length + 3 * TOP;
      for (int i = 0; i < empty; i++) {
        cells.add("");
      }
      cells.add(
          cell(
              problems.stream()
                  .map(
                      p ->
                          (p.pointer().isEmpty() ? "(the whole line)" : p.pointer())
                              + ": "
                              + p.message())
                  .collect(Collectors.joining(" | "))));
      return row(cells);
    }
    StringWriter text = new StringWriter(LINE);
    try (JsonGenerator g = JsonTrees.compactGenerator(text)) {
      start(g, line, true);
      g.writeArrayPropertyStart("problems");
      for (DocumentProblem p : problems) {
        g.writeStartObject();
        g.writeStringProperty("pointer", p.pointer());
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.append('\n').toString();
  }

  /** Opens the line's object and writes the fields every line starts with. */
  private static void start(JsonGenerator g, long line, boolean error) {
    g.writeStartObject();
    g.writeStringProperty("schemaVersion", VERSION);
    g.writeNumberProperty("line", line);
    g.writeBooleanProperty("error", error);
  }

  private static void score(JsonGenerator g, String name, OptionalDouble score) {
    if (score.isPresent()) {
      g.writeNumberProperty(name, score.getAsDouble());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static String number(OptionalDouble score) {
    return score.isPresent() ? Double.toString(score.getAsDouble()) : "";
  }

  private static String row(List<String> cells) {
    return String.join(",", cells) + "\r\n";
  }

  /**
   * A text cell: cleaned to one line as every echoed text is ({@link SafeText#line}: runs of white
   * space become one space, control and format characters U+FFFD); a value a spreadsheet would read
   * as a formula gets a leading single quote; a value with a comma or a double quote is quoted.
   */
  static String cell(String value) {
    String text = SafeText.line(value);
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
