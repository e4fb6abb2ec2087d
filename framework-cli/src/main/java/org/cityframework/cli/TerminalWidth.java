package org.cityframework.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cityframework.report.ReportFormat;

/**
 * The width a text report is laid out to when {@code --width} is not given: the terminal's when
 * standard output is one, else {@value #UNLESS_TERMINAL} columns, so that a report written to a
 * file or a pipe is the same, byte for byte, wherever it is made.
 *
 * <p>The terminal's width is the {@code COLUMNS} environment variable when it holds a whole number
 * (shells set it, but seldom export it), else what {@code stty size} says of {@code /dev/tty}
 * (given half a second), else {@value #UNLESS_TERMINAL}. A terminal narrower than {@link
 * ReportFormat#MIN_WIDTH} gets a report of that width, and its lines wrap in the terminal.
 */
final class TerminalWidth {
  /** The width of a report written anywhere but a terminal, or when the terminal's is unknown. */
  static final int UNLESS_TERMINAL = 80;

  private static final long STTY_MILLIS = 500;

  private TerminalWidth() {}

  /** The width for a report written to standard output, from this process's surroundings. */
  static int ofStandardOutput() {
    return of(standardOutputIsTerminal(), System.getenv("COLUMNS"), TerminalWidth::stty);
  }

  /**
   * The width: {@value #UNLESS_TERMINAL} unless {@code terminal}; else {@code columns} when it is a
   * whole number, else what {@code asked} finds; at least {@link ReportFormat#MIN_WIDTH}.
   */
  static int of(boolean terminal, String columns, Supplier<OptionalInt> asked) {
    if (!terminal) {
      return UNLESS_TERMINAL;
    }
    OptionalInt found = parse(columns);
    if (found.isEmpty()) {
      found = asked.get();
    }
    return Math.max(ReportFormat.MIN_WIDTH, found.orElse(UNLESS_TERMINAL));
  }

  /** A width written as a whole number from 1 to 9999, as COLUMNS or stty gives it. */
  static OptionalInt parse(String columns) {
    if (columns == null) {
      return OptionalInt.empty();
    }
    String digits = columns.strip();
    if (!digits.matches("[0-9]{1,4}") || Integer.parseInt(digits) == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }

  /**
   * Whether standard input and output are a terminal: {@link System#console()} is there only then
   * up to Java 21; from Java 22 on it may be there anyway, and {@code Console.isTerminal()} says.
   */
  private static boolean standardOutputIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The columns of {@code stty size}, reading the controlling terminal, if it answers in time. */
  private static OptionalInt stty() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return OptionalInt.empty();
    }
    Process process = null;
    try {
      process =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(STTY_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
        return OptionalInt.empty();
      }
      String size;
      try (InputStream in = process.getInputStream()) {
        size = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
      }
      int space = size.lastIndexOf(' ');
      return space < 0 ? OptionalInt.empty() : parse(size.substring(space + 1));
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    } finally {
      if (process != null) {
        process.destroy();
      }
    }
  }
}
