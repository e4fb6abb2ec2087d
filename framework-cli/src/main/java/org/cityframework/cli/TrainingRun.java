package org.cityframework.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The training run of the launcher's class data sharing archive: the {@code cityframework} script
 * runs it once after each build, with {@code -XX:ArchiveClassesAtExit}, so that the archive holds
 * the classes the usual commands load (docs/cli.md, "Start-up").
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=cityframework.jsa -cp cityframework.jar \
 *     org.cityframework.cli.TrainingRun examples/cities/riverton.json examples/cities/riverton.yaml
 * }</pre>
 *
 * <p>For each FILE it runs {@code assess FILE}, {@code assess FILE --format json} and {@code
 * validate FILE} in this one virtual machine, as {@link CityFramework} would, and discards their
 * output. It fails (an exception, so exit code 1) when any of them does not exit with 0: the
 * launcher then keeps no archive.
 */
final class TrainingRun {
  private TrainingRun() {}

  /** Runs the commands on each FILE given. */
  public static void main(String[] files) {
    for (String file : files) {
      run("assess", file);
      run("assess", file, "--format", "json");
      run("validate", file);
    }
  }

  private static void run(String... args) {
    PrintWriter none =
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    int code =
        RootCommand.commandLine(InputStream.nullInputStream(), none, none, args).execute(args);
    none.flush();
    if (code != 0) {
      throw new IllegalStateException(
          "cityframework " + String.join(" ", args) + " exited with " + code + ".");
    }
  }
}
