package org.cityframework.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the long-running commands: how many threads, and whether to show progress. */
final class WorkOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: the number of processors). The output does not depend on"
              + " it.")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on standard error, or not (default: only when standard error is"
              + " a terminal).")
  Boolean progress;

  /** Whether either option was given. */
  boolean given() {
    return threads != null || progress != null;
  }

  /** The number of worker threads: as asked, or one per processor. */
  int threads() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads is from 1 to 256 (found " + threads + ").");
    }
    return threads;
  }

  /** Whether to show the progress bar: as asked, or when standard error is a terminal. */
  boolean showProgress() {
    return progress == null ? BatchProgress.onTerminal() : progress;
  }
}
