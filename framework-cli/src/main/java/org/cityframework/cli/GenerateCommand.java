package org.cityframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cityframework generate}: writes synthetic city profiles as JSON Lines. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Write synthetic city profiles as JSON Lines, for trials and benchmarks.",
    description = {
      "Writes N valid, random city profiles, one compact JSON document per line, drawn with"
          + " the testkit's RandomProfiles. The same N, seed and share give the same bytes,"
          + " whatever the number of threads.",
      "The output is what assess --batch reads."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN, ExitCodes.BUG},
    footer = {
      "%nExamples:",
      "  cityframework generate 100000 --seed 7 --output wave.jsonl",
      "  cityframework generate 1000 | cityframework assess --batch - --format csv"
    })
final class GenerateCommand implements Callable<Integer> {

  /** Blocks waiting to be written, per worker thread. */
  private static final int QUEUED_PER_THREAD = 1;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "N", description = "How many profiles to write (0 or more).")
  long count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed: the same seed gives the same profiles (default: 1).")
  long seed;

  @Option(
      names = "--unknown-share",
      paramLabel = "X",
      description =
          "The share of facts left unknown, from 0 (every fact stated) to 1 (nothing but the"
              + " identity); about a third by default.")
  Double unknownShare;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Mixin WorkOptions work;

  @Override
  public Integer call() {
    if (count < 0) {
      throw new ParameterException(
          spec.commandLine(), "N is a number of profiles, 0 or more (found " + count + ").");
    }
    if (unknownShare != null && !(unknownShare >= 0 && unknownShare <= 1)) {
      throw new ParameterException(
          spec.commandLine(),
          "--unknown-share is a share from 0 to 1 (found " + unknownShare + ").");
    }
    int workers = work.threads();
    SyntheticProfiles profiles = new SyntheticProfiles(seed, unknownShare, count);
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    long[] written = {0};
    boolean show = work.showProgress();
    try (BatchProgress bar = BatchProgress.start(err, "generate", count, show);
        StreamedOutput target = StreamedOutput.open(output, spec.commandLine().getOut())) {
      new OrderedWork<SyntheticProfiles.Block, SyntheticProfiles.Drawn>(
              workers, QUEUED_PER_THREAD * workers, b -> 1, Integer.MAX_VALUE)
          .run(
              profiles::next,
              profiles::draw,
              new OrderedWork.Sink<>() {
                @Override
                public void accept(SyntheticProfiles.Drawn drawn) {
                  target.write(drawn.text(), drawn.length());
                  written[0] += drawn.block().size();
                  bar.stepTo(written[0]);
                }

                @Override
                public void idle() {
                  target.flush();
                }
              });
      target.flush();
    } catch (IOException e) {
      throw CommandFailure.writing("Cannot generate: " + CommandFailure.reason(e) + ".", e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.print(
        String.format(
            Locale.ROOT,
            "%d %s written in %.1f s (%.0f profiles/s).%n",
            written[0],
            written[0] == 1 ? "profile" : "profiles",
            seconds,
            seconds > 0 ? written[0] / seconds : 0.0));
    err.flush();
    return 0;
  }
}
