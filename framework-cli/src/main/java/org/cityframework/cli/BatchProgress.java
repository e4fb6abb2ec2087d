package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cityframework.report.SafeText;

/**
 * Standard error during a long run: a progress bar (me.tongfei:progressbar, in plain console mode)
 * when it is shown, and messages that do not garble it. When the bar is not shown, messages are
 * simply printed.
 */
final class BatchProgress implements AutoCloseable {
  private static final int DEFAULT_WIDTH = 80;

  private final PrintWriter err;
  private final Object lock = new Object();
  private final int width;
  private final ProgressBar bar;
  private Thread counter;
  private String shown = "";

  private BatchProgress(PrintWriter err, String task, long total, boolean show) {
    this.err = err;
    this.width = width();
    this.bar =
        show
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" profiles", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new Line())
                .build()
            : null;
  }

  /**
   * Standard error, with a bar when {@code show} is true: {@code total} steps, or a count only when
   * {@code total} is negative.
   */
  static BatchProgress start(PrintWriter err, String task, long total, boolean show) {
    return new BatchProgress(err, task, total, show);
  }

  /**
   * Whether standard error looks like a terminal. On Linux, where {@code /proc/self/fd/2} tells
   * what standard error is, it must be a terminal device ({@code /dev/pts/N} or {@code /dev/ttyN});
   * elsewhere {@code System.console()} must not be null (standard input and output are a terminal).
   * Never with {@code TERM=dumb}.
   */
  static boolean onTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path stderr = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(stderr)) {
      try {
        String target = Files.readSymbolicLink(stderr).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /**
   * Counts the non-blank lines of a file in the background and then gives the bar its total; does
   * nothing when no bar is shown.
   */
  void countLines(Path file) {
    if (bar == null) {
      return;
    }
    counter =
        new Thread(
            () -> {
              try (InputStream in = Files.newInputStream(file)) {
                long lines = nonBlankLines(in);
                bar.maxHint(lines);
              } catch (IOException e) {
                // The bar keeps counting without a total; the batch reports read errors itself.
              }
            },
            "cityframework-line-counter");
    counter.setDaemon(true);
    counter.start();
  }

  /** The number of lines that hold more than spaces, tabs and carriage returns. */
  static long nonBlankLines(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    boolean filled = false;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IOException("interrupted");
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          lines += filled ? 1 : 0;
          filled = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          filled = true;
        }
      }
    }
    return lines + (filled ? 1 : 0);
  }

  /** Moves the bar to {@code done} steps. */
  void stepTo(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  /**
   * Prints a line to standard error, above the bar when there is one, cleaned for a terminal
   * ({@link SafeText#line}): it may echo a file name, a pointer or a message from a document.
   */
  void println(String text) {
    String line = SafeText.line(text);
    synchronized (lock) {
      if (bar != null && !shown.isEmpty()) {
        err.print("\r" + " ".repeat(width) + "\r" + line + "\n\r" + shown);
        err.flush();
      } else {
        err.print(line + "\n");
        err.flush();
      }
    }
  }

  /** Draws the bar a last time and ends its line. */
  @Override
  public void close() {
    if (counter != null) {
      counter.interrupt();
    }
    if (bar != null) {
      bar.close();
    }
    err.flush();
  }

  private static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      return Math.max(20, Integer.parseInt(columns) - 1);
    }
    return DEFAULT_WIDTH - 1;
  }

  /** Where the bar is drawn: standard error, over and over on one line. */
  private final class Line implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      synchronized (lock) {
        shown = rendered;
        err.print("\r" + rendered);
        err.flush();
      }
    }

    @Override
    public void close() {
      synchronized (lock) {
        err.print("\n");
        err.flush();
        shown = "";
      }
    }
  }
}
