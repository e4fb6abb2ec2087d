package org.cityframework.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.cityframework.json.DocumentProblem;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
    ObjectNode o = start(line, false);
    o.put("name", a.profile().name());
    o.put("country", a.profile().country());
    o.put("assessedOn", a.profile().assessedOn().toString());
    score(o, "score", overall.score());
    o.put("coverage", overall.coverage());
    if (overall.maturity().isPresent()) {
      o.put("maturity", overall.maturity().get().name());
    } else {
      o.putNull("maturity");
    }
    ObjectNode recommendations = o.putObject("recommendations");
    for (int r = 1; r <= RECOMMENDATIONS; r++) {
      Score s = a.scores().byRecommendation().get(r);
      score(recommendations, "R" + r, s == null ? OptionalDouble.empty() : s.score());
    }
    ObjectNode counts = o.putObject("counts");
    for (Status s : Status.values()) {
      counts.put(s.name(), overall.counts().getOrDefault(s, 0));
    }
    ArrayNode findings = o.putArray("top");
    for (Finding f : top) {
      findings
          .addObject()
          .put("checkId", f.checkId())
          .put("status", f.status().name())
          .put("priority", f.priority().name());
    }
    return JsonTrees.compact(o) + "\n";
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
    ObjectNode o = start(line, true);
    ArrayNode list = o.putArray("problems");
    for (DocumentProblem p : problems) {
      list.addObject().put("pointer", p.pointer()).put("message", p.message());
    }
    return JsonTrees.compact(o) + "\n";
  }

  private static ObjectNode start(long line, boolean error) {
    ObjectNode o = JsonTrees.object();
    o.put("schemaVersion", VERSION);
    o.put("line", line);
    o.put("error", error);
    return o;
  }

  private static void score(ObjectNode o, String name, OptionalDouble score) {
    if (score.isPresent()) {
      o.put(name, score.getAsDouble());
    } else {
      o.putNull(name);
    }
  }

  private static String number(OptionalDouble score) {
    return score.isPresent() ? Double.toString(score.getAsDouble()) : "";
  }

  private static String row(List<String> cells) {
    return String.join(",", cells) + "\r\n";
  }

  /**
   * A text cell: runs of white space and control characters become one space; a value a spreadsheet
   * would read as a formula gets a leading single quote; a value with a comma or a double quote is
   * quoted.
   */
  static String cell(String value) {
    StringBuilder b = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(c);
    }
    String text = b.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
