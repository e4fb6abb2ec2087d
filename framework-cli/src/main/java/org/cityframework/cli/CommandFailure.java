package org.cityframework.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.SafeText;

/**
 * A command could not do its work because of its input or its environment: the lines say why, as
 * plain sentences for standard error, and the exit code says which: {@link ExitCodes#INPUT} for an
 * input that is invalid or cannot be read (the constructors), {@link ExitCodes#OUTPUT} for output
 * that cannot be written ({@link #writing}), {@link ExitCodes#UNEXPECTED} for a broken build
 * ({@link #broken}).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;
  private final int exitCode;

  /** An input is invalid or cannot be read: one line per problem. */
  CommandFailure(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
    this.exitCode = ExitCodes.INPUT;
  }

  /** An input is invalid or cannot be read. */
  CommandFailure(String line) {
    this(List.of(line));
  }

  /** An input cannot be read, for the given cause. */
  CommandFailure(String line, Throwable cause) {
    this(line, cause, ExitCodes.INPUT);
  }

  private CommandFailure(String line, Throwable cause, int exitCode) {
    super(line, cause);
    this.lines = List.of(line);
    this.exitCode = exitCode;
  }

  /** The output cannot be written; {@code cause} may be null. */
  static CommandFailure writing(String line, Throwable cause) {
    return new CommandFailure(line, cause, ExitCodes.OUTPUT);
  }

  /** This build lacks something it should have: not the user's doing. */
  static CommandFailure broken(String line) {
    return new CommandFailure(line, null, ExitCodes.UNEXPECTED);
  }

  List<String> lines() {
    return lines;
  }

  /** The code the command line exits with. */
  int exitCode() {
    return exitCode;
  }

  /**
   * One line per problem of a document listed ({@code FILE: POINTER: message}), and, when the
   * exception left problems out, a last line that counts them.
   */
  static List<String> lines(String file, InvalidDocumentException e) {
    List<String> lines = new ArrayList<>(e.problems().size() + 1);
    e.problems().forEach(p -> lines.add(line(file, p)));
    if (e.problemsLeftOut() > 0) {
      lines.add(leftOut(file, e));
    }
    return lines;
  }

  /** {@code FILE: and K more problems (only the first N are listed)}. */
  static String leftOut(String file, InvalidDocumentException e) {
    long k = e.problemsLeftOut();
    return file
        + ": and "
        + k
        + (k == 1 ? " more problem" : " more problems")
        + " (only the first "
        + e.problems().size()
        + " are listed)";
  }

  /** One problem as a line: file name, pointer and message cleaned for a terminal. */
  static String line(String file, DocumentProblem p) {
    return SafeText.line(file)
        + ": "
        + SafeText.line(p.pointer().isEmpty() ? "(the whole document)" : p.pointer())
        + ": "
        + SafeText.line(p.message());
  }

  /** Why reading or writing failed, in words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "there is no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
