package org.cityframework.cli;

/**
 * The exit codes of every command, and the lines of its help that list them. When more than one
 * applies, the largest wins: a batch with an invalid line and findings at the threshold exits with
 * {@link #INPUT}, and output that cannot be written exits with {@link #OUTPUT} whatever came
 * before.
 */
final class ExitCodes {
  private ExitCodes() {}

  /** The work is done, and no finding reached {@code --fail-on}. */
  static final int SUCCESS = 0;

  /** Findings at or above {@code --fail-on}: the work is done, the city fails the threshold. */
  static final int FINDINGS = 1;

  /** A usage error: an unknown command or option, a missing argument (picocli's own code). */
  static final int MISUSED = 2;

  /** An input is invalid or cannot be read: each problem is printed on standard error. */
  static final int INPUT = 3;

  /** The output cannot be written (a file, or standard output closed or full). */
  static final int OUTPUT = 4;

  /** The command could not finish for a reason of its own: a bug, to report. */
  static final int UNEXPECTED = 5;

  static final String HEADING = "%nExit codes (when more than one applies, the largest wins):%n";
  static final String OK = "0:Success.";
  static final String OK_NO_FINDINGS = "0:Success, and no finding at or above --fail-on.";
  static final String FAILED_ON = "1:Findings at or above --fail-on (the report is written).";
  static final String USAGE = "2:Usage error: an unknown command or option, a missing argument.";
  static final String INVALID =
      "3:An input is invalid or cannot be read (each problem is printed).";
  static final String UNWRITTEN = "4:The output cannot be written.";
  static final String UNWRITTEN_OR_KEPT =
      "4:The output cannot be written, or --output names a file that exists (without --force).";
  static final String BUG = "5:Unexpected error: run again with --debug, and please report it.";
}
