package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DataStewardship;
import org.cityframework.core.StrategyStatus;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Score;
import org.cityframework.rules.ScoreMove;
import org.cityframework.rules.Status;
import org.cityframework.rules.StatusChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JShell scripts in examples/jshell/ run snippet by snippet after startup.jsh, as the jshell
 * tool runs them (one shell for all, as a consultant runs one script after another), with no
 * rejected snippet and no exception, and print what their comments promise. The expected numbers
 * come from the library itself, so the scripts stay right as the rules move.
 */
class JShellScriptsTest {
  private static final Path SCRIPTS = Path.of("jshell");
  private static final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private static final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private static JShell shell;
  private static String startup;

  @Test
  void the_startup_script_says_what_is_available() {
    assertThat(startup).startsWith("City Framework: load(").contains("assess(profile)", "save(");
  }

  @Test
  void assess_prints_rivertons_top_five_findings_and_overall_score() throws IOException {
    Assessment riverton = Assessor.standard().assess(ExampleCities.riverton());
    Score overall = riverton.scores().overall();
    List<String> expected = new ArrayList<>();
    expected.add("Riverton: top 5 findings");
    riverton.findings().stream().limit(5).map(Finding::toString).forEach(expected::add);
    expected.add(
        "Overall score: "
            + points(overall.score())
            + " (coverage "
            + points(OptionalDouble.of(overall.coverage()))
            + "%)");

    assertThat(lines(run("assess.jsh"))).containsSubsequence(expected).doesNotContain("#6");
  }

  @Test
  void whatif_shows_how_a_data_strategy_and_a_citywide_data_team_move_r7() throws IOException {
    CityProfile riverton = ExampleCities.riverton();
    CityProfile adopted =
        riverton.withDataStrategy(riverton.dataStrategy().withStatus(StrategyStatus.ADOPTED));
    DataStewardship team =
        adopted.dataGovernance().stewardship().withDataTeam(true).withCitywide(true);
    Progress progress =
        Progress.between(
            Assessor.standard().assess(riverton),
            Assessor.standard()
                .assess(
                    adopted.withDataGovernance(adopted.dataGovernance().withStewardship(team))));

    String out = run("whatif.jsh");

    assertThat(lines(out))
        .contains(
            "R7.0: " + status(progress.before(), "R7.0") + " -> MET  " + summary(progress, "R7.0"),
            move(progress, "R7"),
            move(progress, "overall"));
    assertThat(progress.after().finding("R7.0").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(progress.scoreMoves().get("R7").delta().orElseThrow()).isPositive();
  }

  @Test
  void compare_prints_resolved_gaps_new_gaps_and_the_overall_move() throws IOException {
    Progress progress =
        Progress.between(
            Assessor.standard().assess(ExampleCities.rivertonEarlierWave()),
            Assessor.standard().assess(ExampleCities.riverton()));

    List<String> out = lines(run("compare.jsh"));

    assertThat(out)
        .contains(
            "Resolved gaps: " + progress.resolved().size(),
            "New gaps: " + progress.newGaps().size(),
            move(progress, "overall").replace("overall score", "Overall score"));
    for (StatusChange change : progress.resolved()) {
      assertThat(out)
          .anySatisfy(line -> assertThat(line).startsWith("  " + change.checkId() + " "));
    }
    for (StatusChange change : progress.newGaps()) {
      assertThat(out)
          .anySatisfy(line -> assertThat(line).startsWith("  " + change.checkId() + " "));
    }
    assertThat(progress.resolved()).isNotEmpty();
  }

  @Test
  void load_takes_a_name_or_a_path_from_the_repository_root_or_from_examples() throws IOException {
    String out =
        run(
            "name",
            """
            System.out.println(load("Riverton").equals(load("cities/riverton.json")));
            System.out.println(load("examples/cities/riverton.yaml").equals(load("riverton")));
            System.out.println(load("riverton-2024").surveyWave());
            """);

    assertThat(lines(out)).containsExactly("true", "true", "OptionalInt[2018]");
  }

  @Test
  void save_writes_a_report_by_its_extension_or_else_the_json_document(@TempDir Path folder)
      throws IOException {
    Assessment riverton = Assessor.standard().assess(ExampleCities.riverton());
    Path html = folder.resolve("riverton.html");
    Path json = folder.resolve("riverton.json");

    String out =
        run(
            "save",
            "var riverton = assess(load(\"riverton\"));\n"
                + ("save(riverton, \"" + slashes(html) + "\");\n")
                + ("save(riverton, \"" + slashes(json) + "\");\n"));

    assertThat(lines(out)).containsExactly("saved " + slashes(html), "saved " + slashes(json));
    assertThat(html).content(StandardCharsets.UTF_8).isEqualTo(ReportFormat.HTML.render(riverton));
    assertThat(json)
        .content(StandardCharsets.UTF_8)
        .isEqualTo(DocumentFormat.JSON.writeAssessment(riverton));
  }

  /** One shell for all the scripts: startup.jsh runs once, then each test runs its script. */
  @BeforeAll
  static void startShell() throws IOException {
    shell =
        JShell.builder()
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .remoteVMOptions("-Dfile.encoding=UTF-8", "-Duser.language=en")
            .build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    startup = run("startup.jsh");
  }

  @AfterAll
  static void closeShell() {
    shell.close();
  }

  /** Runs a script in the shared shell and returns what it printed. */
  private static String run(String script) throws IOException {
    return run(script, Files.readString(SCRIPTS.resolve(script), StandardCharsets.UTF_8));
  }

  /** Runs snippets in the shared shell and returns what they printed. */
  private static String run(String name, String snippets) {
    int from = out.size();
    evaluate(name, snippets);
    assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error").isEmpty();
    byte[] printed = out.toByteArray();
    return new String(printed, from, printed.length - from, StandardCharsets.UTF_8);
  }

  /**
   * Evaluates a script snippet by snippet, as the jshell tool splits it; {@code /exit} is the only
   * command allowed, and ends the script.
   */
  private static void evaluate(String script, String text) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = text;
    while (!withoutComments(remaining).isEmpty()) {
      String next = withoutComments(remaining);
      if (next.startsWith("/")) {
        assertThat(next.strip()).as("%s: the only command, at the end", script).isEqualTo("/exit");
        return;
      }
      CompletionInfo info = analysis.analyzeCompletion(remaining);
      assertThat(info.completeness().isComplete())
          .as("%s: a complete snippet at %s", script, firstLine(next))
          .isTrue();
      for (SnippetEvent event : shell.eval(info.source())) {
        String where = script + ": " + firstLine(event.snippet().source());
        if (event.exception() != null) {
          throw new AssertionError(where + " threw " + describe(event.exception()));
        }
        if (event.causeSnippet() == null && event.status() != Snippet.Status.VALID) {
          throw new AssertionError(
              where + " is " + event.status() + ": " + diagnostics(event.snippet()));
        }
      }
      remaining = info.remaining();
    }
  }

  /** The text after leading white space and comments. */
  private static String withoutComments(String text) {
    String rest = text.stripLeading();
    while (rest.startsWith("//") || rest.startsWith("/*")) {
      int end = rest.startsWith("//") ? rest.indexOf('\n') : rest.indexOf("*/") + 2;
      rest = end <= 1 ? "" : rest.substring(end).stripLeading();
    }
    return rest;
  }

  private static String describe(Exception e) {
    String name = e instanceof EvalException eval ? eval.getExceptionClassName() : e.toString();
    return name + ": " + e.getMessage();
  }

  private static String diagnostics(Snippet snippet) {
    return shell
        .diagnostics(snippet)
        .map(diag -> diag.getMessage(Locale.ROOT))
        .map(message -> message.replace('\n', ' '))
        .collect(Collectors.joining("; "));
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  private static String slashes(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static Status status(Assessment assessment, String checkId) {
    return assessment.finding(checkId).orElseThrow().status();
  }

  private static String summary(Progress progress, String checkId) {
    return progress.after().finding(checkId).orElseThrow().check().summary();
  }

  /** A score move as the scripts print it. */
  private static String move(Progress progress, String key) {
    ScoreMove move = progress.scoreMoves().get(key);
    double delta = move.delta().orElse(0);
    return key
        + " score: "
        + points(move.before())
        + " -> "
        + points(move.after())
        + " ("
        + (delta < 0 ? "" : "+")
        + points(move.delta())
        + ")";
  }

  private static String points(OptionalDouble score) {
    return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "n/a";
  }
}
