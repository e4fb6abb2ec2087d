package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line built for a run's arguments, with only the command they name, behaves as the
 * whole one: the same exit code, standard output and standard error (but for timings, and the
 * frames of this test in a stack trace).
 */
class CommandModelTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--help",
        "--version",
        "-V",
        "help",
        "help assess",
        "help inspect",
        "inspect",
        "asess ../examples/cities/riverton.json",
        "--debug assess ../examples/cities/missing.json",
        "assess ../examples/cities/riverton.json",
        "assess ../examples/cities/riverton.yaml -f json",
        "assess ../examples/cities/riverton.json -f MARKDOWN --width 60 --fail-on high",
        "assess ../examples/cities/missing.json --debug",
        "assess --help",
        "assess -h",
        "assess --version",
        "assess",
        "assess --colour ../examples/cities/riverton.json",
        "assess --format pdf ../examples/cities/riverton.json",
        "assess - -",
        "assess validate",
        "assess assess",
        "assess help",
        "assess --batch missing.jsonl",
        "assess --batch - --threads 0",
        "validate ../examples/cities/riverton.json ../examples/cities/eastvale.json",
        "validate",
        "validate --help",
        "validate --strict x.json",
        "diff ../examples/cities/riverton-2024.json ../examples/cities/riverton.json",
        "diff a.json",
        "catalogue",
        "catalogue --format html",
        "catalogue extra",
        "schema",
        "schema --help",
        "generate 2 --seed 3",
        "generate",
        "generate --help",
        "export --oscal catalog",
        "export --oscal poam ../examples/cities/riverton.json",
        "export --oscal ssp",
        "export --help",
        "import",
        "import --help",
        "import ../examples/survey/survey.csv --mapping missing.yaml --output target/none"
      })
  void only_the_command_named_is_built_and_nothing_changes(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    StringWriter[] whole = {new StringWriter(), new StringWriter()};
    StringWriter[] named = {new StringWriter(), new StringWriter()};

    int wholeCode =
        RootCommand.commandLine(stdin(), writer(whole[0]), writer(whole[1])).execute(args);
    CommandLine cli = RootCommand.commandLine(stdin(), writer(named[0]), writer(named[1]), args);
    int namedCode = cli.execute(args);

    assertThat(namedCode).isEqualTo(wholeCode);
    assertThat(named[0].toString()).isEqualTo(whole[0].toString());
    assertThat(comparable(named[1].toString())).isEqualTo(comparable(whole[1].toString()));
    if (args.length > 0 && cli.getSubcommands().containsKey(args[0]) && !args[0].equals("help")) {
      assertThat(cli.getSubcommands()).containsOnlyKeys(args[0]);
    }
  }

  /** Standard error without what differs between any two runs: this test's frames, timings. */
  private static String comparable(String err) {
    return err.replaceAll("[\t ]at org\\.cityframework\\.cli\\.CommandModelTest\\..*\n", "")
        .replaceAll("written in [0-9.]+ s \\([0-9]+ profiles/s\\)", "written in T");
  }

  private static ByteArrayInputStream stdin() {
    return new ByteArrayInputStream(new byte[0]);
  }

  private static PrintWriter writer(StringWriter w) {
    return new PrintWriter(w);
  }
}
