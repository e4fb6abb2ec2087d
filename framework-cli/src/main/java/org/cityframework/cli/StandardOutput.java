package org.cityframework.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the commands write to it: UTF-8, and the first write that fails stops the
 * command.
 *
 * <p>{@code System.out} swallows write errors, and so does a {@link PrintWriter}: a full disk or a
 * reader that has gone ({@code | head -1}) would go unnoticed, and a batch would work on for
 * nothing. Here a failed write throws a {@link CommandFailure} ("Cannot write to standard output:
 * Broken pipe."), which a {@code PrintWriter} lets through (it catches only {@link IOException}s):
 * the command stops where it is, a batch stops reading and its workers are cancelled, the message
 * is printed on standard error and the exit code is 1. Every later write fails at once, without
 * trying again.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private CommandFailure failure;

  private StandardOutput(OutputStream out) {
    this.out = out;
  }

  /** A writer to {@code out} (standard output, or a stream standing for it) whose failures stop. */
  static PrintWriter printer(OutputStream out) {
    return new PrintWriter(
        new OutputStreamWriter(new StandardOutput(out), StandardCharsets.UTF_8), false);
  }

  /** The failure of a write to standard output that could only be seen afterwards. */
  static CommandFailure failed() {
    return CommandFailure.writing("Cannot write to standard output.", null);
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    check();
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  /** Fails again, as a new exception: one may be added to another as suppressed, never itself. */
  private void check() {
    if (failure != null) {
      throw CommandFailure.writing(failure.getMessage(), failure.getCause());
    }
  }

  private CommandFailure fail(IOException e) {
    failure =
        CommandFailure.writing(
            "Cannot write to standard output: " + CommandFailure.reason(e) + ".", e);
    return failure;
  }
}
