package org.cityframework.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level command, {@code cityframework}, and the wiring of its subcommands. */
@Command(
    name = "cityframework",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    description = {
      "Assesses a city's innovation and data-use capacity against the OECD's ten"
          + " recommendations (84 checks, R1.0 to R10.7), and validates and compares city"
          + " profiles.",
      "A profile is a JSON or YAML document (docs/json.md); - reads JSON from standard input.",
      "assess --batch assesses many profiles, one per line (JSON Lines); generate writes"
          + " synthetic ones."
    },
    subcommands = {
      AssessCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      CatalogueCommand.class,
      SchemaCommand.class,
      GenerateCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE},
    footer = {
      "%nExample:",
      "  cityframework assess examples/cities/riverton.json --format markdown"
    })
final class RootCommand implements Callable<Integer> {
  private final InputStream in;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
  boolean debug;

  RootCommand(InputStream in) {
    this.in = in;
  }

  /** Standard input, for a FILE given as {@code -}. */
  InputStream in() {
    return in;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing a command: assess, validate, diff, catalogue, schema or generate.");
  }

  /**
   * The command line, reading {@code in} for {@code -} and writing to {@code out} and {@code err}.
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new RootCommand(in));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(RootCommand::failed);
    cli.setParameterExceptionHandler(RootCommand::misused);
    return cli;
  }

  /** A usage error: what is wrong, the synopsis, and where to read more; exit code 2. */
  private static int misused(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    Help help = cli.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int failed(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof CommandFailure f) {
      f.lines().forEach(err::println);
    } else {
      err.println(
          "Unexpected error ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "). Run again with --debug to see where it happened.");
    }
    if (debugging(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  private static boolean debugging(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
