package org.cityframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command writes its result: standard output, or a file given with --output. A write that
 * fails is a {@link CommandFailure}: the command stops and exits with {@link ExitCodes#OUTPUT}.
 */
final class Output {
  private Output() {}

  /**
   * Writes text, in UTF-8, to the file or, when {@code file} is null, to standard output.
   *
   * @throws CommandFailure when the file or standard output cannot be written
   */
  static void write(PrintWriter out, Path file, String text) {
    if (file == null) {
      out.print(text);
      flush(out);
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CommandFailure.writing(
          "Cannot write " + file + ": " + CommandFailure.reason(e) + ".", e);
    }
  }

  /** The text with a line break at its end, if it has none. */
  static String ended(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Flushes standard output.
   *
   * @throws CommandFailure when a write failed: at once with {@link StandardOutput}, here with a
   *     writer that swallows its failures (as {@link PrintWriter} does)
   */
  static void flush(PrintWriter out) {
    if (out.checkError()) {
      throw StandardOutput.failed();
    }
  }
}
