package org.cityframework.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the command line in-process, with standard input given and standard output and error
 * captured; nothing calls System.exit.
 *
 * @param exitCode what the process would exit with
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record Run(int exitCode, String out, String err) {
  /** The shipped example cities. */
  static final Path CITIES = Path.of("..", "examples", "cities");

  /** Runs the command line with empty standard input. */
  static Run of(String... args) {
    return withInput("", args);
  }

  /** Runs the command line with the given standard input. */
  static Run withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        RootCommand.commandLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The path of an example city document, as an argument. */
  static String city(String file) {
    return CITIES.resolve(file).toString();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
  }
}
