package org.cityframework.cli;

/** The exit codes every command documents in its help. */
final class ExitCodes {
  private ExitCodes() {}

  static final String HEADING = "%nExit codes:%n";
  static final String OK = "0:Success.";
  static final String FAILED =
      "1:Findings at or above --fail-on, invalid input (each problem is printed), or output"
          + " that cannot be written.";
  static final String USAGE = "2:Usage error: an unknown command or option, a missing argument.";
}
