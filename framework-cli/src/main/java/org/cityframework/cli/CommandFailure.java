package org.cityframework.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.report.SafeText;

/**
 * A command could not do its work because of its input or its environment: the lines say why, as
 * plain sentences for standard error. The command line exits with 1.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  CommandFailure(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  CommandFailure(String line) {
    this(List.of(line));
  }

  CommandFailure(String line, Throwable cause) {
    super(line, cause);
    this.lines = List.of(line);
  }

  List<String> lines() {
    return lines;
  }

  /** One line per problem of a document: {@code FILE: POINTER: message}. */
  static List<String> lines(String file, InvalidDocumentException e) {
    return e.problems().stream().map(p -> line(file, p)).toList();
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
