package org.cityframework.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;

/** A plain-text rendering of an assessment for the terminal: scores, then ranked findings. */
final class FindingsText {
  private final PrintStream out;
  private final int width;

  FindingsText(PrintStream out, int width) {
    this.out = out;
    this.width = width;
  }

  void print(Assessment a, int detailed) {
    var p = a.profile();
    out.printf("%s (%s), facts as of %s%n", clean(p.name()), p.country(), p.assessedOn());
    out.printf("Overall: %s%n%n", score(a.scores().overall()));
    out.println("Scores by recommendation");
    for (Map.Entry<Integer, Score> e : a.scores().byRecommendation().entrySet()) {
      out.printf("  R%-3d %s%n", e.getKey(), score(e.getValue()));
    }
    out.println();
    out.println("Findings, most urgent first");
    for (Finding f : a.findings()) {
      String waived = f.isWaived() ? " (waived)" : "";
      out.printf(
          "%3d. %-6s %-13s %-6s %s%s%n",
          f.rank(), f.checkId(), f.status(), f.priority(), f.check().summary(), waived);
      if (f.rank() <= detailed && f.status() != Status.MET) {
        wrap("Why: " + f.check().why() + " (seed " + lines(f) + ")");
        for (String action : f.check().actions()) {
          wrap("Do: " + action);
        }
        wrap(
            "Evidence: "
                + f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("; ")));
        if (!f.check().related().isEmpty()) {
          wrap("Related: " + String.join(", ", f.check().related()));
        }
        out.println();
      }
    }
  }

  /** Profile text is untrusted: control and format characters never reach the terminal. */
  static String clean(String text) {
    return text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "\uFFFD");
  }

  private static String lines(Finding f) {
    return f.check().seedLines().stream().map(l -> "L" + l).collect(Collectors.joining(", "));
  }

  private static String score(Score s) {
    OptionalDouble value = s.score();
    String level = s.maturity().map(Enum::name).orElse("insufficient evidence");
    return (value.isPresent() ? String.format("%5.1f", value.getAsDouble()) : "  n/a")
        + String.format("  coverage %5.1f%%  %s", s.coverage(), level);
  }

  private void wrap(String text) {
    String indent = "             ";
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : clean(text).split("\\s+")) {
      if (line.length() + word.length() + 1 > width && line.length() > indent.length()) {
        lines.add(line.toString());
        line = new StringBuilder(indent + "  ");
      }
      if (line.length() > indent.length() && !line.toString().endsWith(" ")) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    lines.forEach(out::println);
  }
}
