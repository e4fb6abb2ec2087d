package org.cityframework.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code cityframework} command line: assesses city profiles, validates and compares them, and
 * prints the check catalogue and the JSON Schemas.
 *
 * <pre>{@code
 * java -jar cityframework.jar assess examples/cities/riverton.json --format markdown
 * java -jar cityframework.jar --help
 * }</pre>
 *
 * <p>The commands, options and exit codes are described in {@code docs/cli.md}. Output is UTF-8
 * whatever the platform's default encoding.
 */
public final class CityFramework {
  private CityFramework() {}

  /**
   * Runs the command line and exits with its exit code: 0 when all went well, 1 for findings at or
   * above {@code --fail-on} or invalid input, 2 for a usage error.
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = RootCommand.commandLine(System.in, out, err, args).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
