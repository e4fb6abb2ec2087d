package org.cityframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command streams its output: a file (UTF-8, folders created), or standard output.
 *
 * <p>Failures to write become {@link CommandFailure}s, so that they are told apart from failures to
 * read: at the first write that fails to standard output ({@link StandardOutput}), at the next
 * write or flush to a file.
 */
final class StreamedOutput implements AutoCloseable {
  private final Path file;
  private final Writer writer;
  private final PrintWriter out;

  private StreamedOutput(Path file, Writer writer, PrintWriter out) {
    this.file = file;
    this.writer = writer;
    this.out = out;
  }

  static StreamedOutput open(Path file, PrintWriter out) {
    if (file == null) {
      return new StreamedOutput(null, null, out);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new StreamedOutput(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** Writes the first {@code length} characters of {@code text}. */
  void write(char[] text, int length) {
    if (writer == null) {
      out.write(text, 0, length);
      return;
    }
    try {
      writer.write(text, 0, length);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  void write(String text) {
    if (writer == null) {
      out.write(text);
      return;
    }
    try {
      writer.write(text);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** Flushes, and stops the batch when standard output is closed (say, by head). */
  void flush() {
    if (writer == null) {
      Output.flush(out);
      return;
    }
    try {
      writer.flush();
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  @Override
  public void close() {
    if (writer == null) {
      Output.flush(out);
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  private static CommandFailure failure(Path file, IOException e) {
    return CommandFailure.writing(
        "Cannot write " + file + ": " + CommandFailure.reason(e) + ".", e);
  }
}
