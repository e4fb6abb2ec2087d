package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a process of its own, as a shell runs it: {@code | head -1} and {@code >
 * /dev/full} end it with exit code 1 and one line on standard error, promptly.
 */
class FailedWriteProcessTest {
  private static final Path FULL = Path.of("/dev/full");

  @TempDir Path dir;

  /** The command line as a process, standard error to a file. */
  private ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(CityFramework.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile());
  }

  private String err() throws IOException {
    return Files.readString(dir.resolve("err.txt"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_batch_piped_to_head_ends_within_seconds_of_head_leaving() throws Exception {
    byte[] line = Run.of("generate", "1").out().getBytes(StandardCharsets.UTF_8);
    Process batch = command("assess", "--batch", "-").start();
    Thread feeder = new Thread(() -> feedForever(batch.getOutputStream(), line));
    feeder.setDaemon(true);
    feeder.start();

    BufferedReader out =
        new BufferedReader(new InputStreamReader(batch.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).startsWith("{\"schemaVersion\":\"1.0\",\"line\":1,");
    out.close(); // what head does after its first line
    long closed = System.nanoTime();

    boolean ended = batch.waitFor(20, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - closed) / 1e9;
    if (!ended) {
      batch.destroyForcibly();
    }

    assertThat(ended).as("the batch ended").isTrue();
    assertThat(seconds).as("seconds from the closed pipe to the end").isLessThan(5);
    assertThat(batch.exitValue()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(err()).startsWith("Cannot write to standard output: ").endsWith(".\n");
    assertThat(err().lines()).hasSize(1);
  }

  /** Writes the line to the process until it stops reading. */
  private static void feedForever(OutputStream in, byte[] line) {
    try (in) {
      while (true) {
        in.write(line);
      }
    } catch (IOException e) {
      // The process has ended.
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void output_to_a_full_disk_exits_with_4_for_every_kind_of_command() throws Exception {
    assumeTrue(Files.isWritable(FULL), "/dev/full is a Linux device");
    Path wave = dir.resolve("wave.jsonl");
    Files.writeString(wave, Run.of("generate", "20").out());
    List<List<String>> commands =
        List.of(
            List.of("assess", Run.city("riverton.json")),
            List.of("catalogue"),
            List.of("assess", "--batch", wave.toString()));
    for (List<String> args : commands) {
      Process p =
          command(args.toArray(String[]::new))
              .redirectOutput(FULL.toFile())
              .redirectInput(new File("/dev/null"))
              .start();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s ended", args).isTrue();

      assertThat(p.exitValue()).as("%s", args).isEqualTo(ExitCodes.OUTPUT);
      assertThat(err())
          .as("%s", args)
          .isEqualTo("Cannot write to standard output: No space left on device.\n");
    }
  }
}
