package org.cityframework.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
 * whatever the platform's default encoding. Standard output is written without {@code System.out},
 * which would swallow a failed write: the first write that fails stops the command, which says so
 * on standard error and exits with 4 ({@link StandardOutput}, {@link ExitCodes}).
 */
public final class CityFramework {
  private CityFramework() {}

  /**
   * Runs the command line and exits with its exit code: 0 when all went well, 1 for findings at or
   * above {@code --fail-on}, invalid input or output that cannot be written, 2 for a usage error.
   */
  public static void main(String[] args) {
    PrintWriter out = StandardOutput.printer(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = RootCommand.commandLine(System.in, out, err, args).execute(args);
    err.flush();
    System.exit(code);
  }
}
