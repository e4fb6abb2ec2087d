package org.cityframework.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cityframework.report.SafeText;
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

/**
 * The top-level command, {@code cityframework}, and the wiring of its subcommands.
 *
 * <p>Picocli builds a command's model (its options, help texts and the types they name) when the
 * command is added, which is a good part of the command line's start-up. So a run whose first
 * argument names a command gets that command alone; the others are added for every other run (help,
 * usage errors, options before the command), whose output lists them.
 */
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
          + " synthetic ones; init writes a blank one to fill in, questionnaire a page a city"
          + " fills in in its browser; import reads them from a survey export (CSV, XLSX)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_NO_FINDINGS,
      ExitCodes.FAILED_ON,
      ExitCodes.USAGE,
      ExitCodes.INVALID,
      ExitCodes.UNWRITTEN,
      ExitCodes.BUG
    },
    footer = {
      "%nExample:",
      "  cityframework assess examples/cities/riverton.json --format markdown"
    })
final class RootCommand implements Callable<Integer> {
  /** The subcommands' names, in the order help lists them. */
  static final List<String> COMMANDS =
      List.of(
          "assess",
          "cohort",
          "validate",
          "diff",
          "catalogue",
          "schema",
          "export",
          "generate",
          "init",
          "questionnaire",
          "import",
          "help");

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
        "Missing a command: assess, cohort, validate, diff, catalogue, schema, export, generate,"
            + " init, questionnaire or import.");
  }

  /**
   * The command line, reading {@code in} for {@code -} and writing to {@code out} and {@code err}.
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(in, out, err, COMMANDS);
  }

  /**
   * The command line for these arguments, as {@link #commandLine(InputStream, PrintWriter,
   * PrintWriter)} but with only the command the first argument names, when it names one other than
   * {@code help}: the same parse, output and exit code, with less to build.
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, String[] args) {
    String first = args.length == 0 ? "" : args[0];
    boolean one = COMMANDS.contains(first) && !first.equals("help");
    return commandLine(in, out, err, one ? List.of(first) : COMMANDS);
  }

  private static CommandLine commandLine(
      InputStream in, PrintWriter out, PrintWriter err, List<String> commands) {
    CommandLine cli = new CommandLine(new RootCommand(in));
    for (String name : commands) {
      cli.addSubcommand(name, command(name));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(RootCommand::failed);
    cli.setParameterExceptionHandler(RootCommand::misused);
    cli.setExecutionStrategy(RootCommand::execute);
    return cli;
  }

  /**
   * Runs the command (or prints the help or the version it asks for), then flushes standard output:
   * a write that failed, here or before, is an error with exit code 4 ({@link StandardOutput}).
   */
  private static int execute(ParseResult parsed) {
    CommandLine cli = parsed.commandSpec().commandLine();
    try {
      int code = new CommandLine.RunLast().execute(parsed);
      if (cli.getOut().checkError()) { // a writer that swallows its failures, as PrintWriter does
        throw StandardOutput.failed();
      }
      return code;
    } catch (CommandFailure e) { // a failed write of the help, the version or the last flush
      return failed(e, cli, parsed);
    }
  }

  private static Object command(String name) {
    return switch (name) {
      case "assess" -> new AssessCommand();
      case "cohort" -> new CohortCommand();
      case "validate" -> new ValidateCommand();
      case "diff" -> new DiffCommand();
      case "catalogue" -> new CatalogueCommand();
      case "schema" -> new SchemaCommand();
      case "export" -> new ExportCommand();
      case "generate" -> new GenerateCommand();
      case "init" -> new InitCommand();
      case "questionnaire" -> new QuestionnaireCommand();
      case "import" -> new ImportCommand();
      case "help" -> new HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** A usage error: what is wrong, the synopsis, and where to read more; exit code 2. */
  private static int misused(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(SafeText.line(String.valueOf(e.getMessage())));
    UnmatchedArgumentException.printSuggestions(e, err);
    Help help = cli.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int failed(Exception e, CommandLine cli, ParseResult parsed) {
    try {
      cli.getOut().flush(); // what was written before the failure stays (a batch's first lines)
    } catch (CommandFailure writing) {
      // Standard output failed as well: the failure below is the one to tell.
    }
    PrintWriter err = cli.getErr();
    int code = ExitCodes.UNEXPECTED;
    if (e instanceof CommandFailure f) {
      f.lines().forEach(line -> err.println(SafeText.line(line)));
      code = f.exitCode();
    } else { // no class name nor a message meant for programmers: --debug shows them
      err.println(
          "Unexpected error: the command could not finish. Run again with --debug to see where it"
              + " happened, and please report it.");
    }
    if (debugging(parsed)) { // cleaned too: a message may echo a document's text
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      trace.toString().lines().forEach(line -> err.println(SafeText.run(line)));
    }
    err.flush();
    return code;
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
