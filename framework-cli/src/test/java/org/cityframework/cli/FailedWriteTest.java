package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A write to standard output that fails (a full disk, a reader that has gone) stops every command
 * at that write, says so on standard error in one line, and exits with 1.
 */
class FailedWriteTest {
  private static final String FAILED =
      "Cannot write to standard output: " + FullOutput.REASON + ".";

  @TempDir static Path dir;

  private static String wave;
  private static String before;
  private static String after;

  /** A batch of profiles, and two assessment documents for diff. */
  @BeforeAll
  static void documents() throws IOException {
    Path lines = dir.resolve("wave.jsonl");
    Files.writeString(lines, Run.of("generate", "40").out());
    wave = lines.toString();
    before = dir.resolve("before.json").toString();
    after = dir.resolve("after.json").toString();
    Run.of("assess", Run.city("riverton-2024.json"), "-f", "json", "-o", before);
    Run.of("assess", Run.city("riverton.json"), "-f", "json", "-o", after);
  }

  /** Every command that writes to standard output, in each of its formats. */
  static Stream<List<String>> commands() {
    String riverton = Run.city("riverton.json");
    String earlier = Run.city("riverton-2024.json");
    return Stream.of(
        List.of("assess", riverton),
        List.of("assess", riverton, "-f", "markdown"),
        List.of("assess", riverton, "-f", "html"),
        List.of("assess", riverton, "-f", "csv"),
        List.of("assess", riverton, "-f", "json"),
        List.of("assess", earlier, riverton),
        List.of("assess", "--batch", wave, "--threads", "2"),
        List.of("assess", "--batch", wave, "-f", "csv"),
        List.of("catalogue"),
        List.of("catalogue", "-f", "markdown"),
        List.of("catalogue", "-f", "json"),
        List.of("catalogue", "-f", "yaml"),
        List.of("schema"),
        List.of("schema", "report"),
        List.of("diff", earlier, riverton),
        List.of("diff", earlier, riverton, "-f", "markdown"),
        List.of("diff", earlier, riverton, "-f", "json"),
        List.of("diff", before, after),
        List.of("diff", before, after, "-f", "markdown"),
        List.of("diff", before, after, "-f", "json"),
        List.of("validate", riverton, Run.city("riverton.yaml"), Run.city("lakeside.json")),
        List.of("generate", "60", "--threads", "2"),
        List.of("--help"),
        List.of("assess", "--help"),
        List.of("--version"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void a_command_whose_output_fails_at_once_stops_says_so_and_exits_with_4(List<String> args) {
    assertStopsAtTheFailure(args, 0);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void a_command_whose_output_fails_half_way_stops_says_so_and_exits_with_4(List<String> args) {
    long size = Run.of(args.toArray(String[]::new)).out().getBytes(StandardCharsets.UTF_8).length;
    assertThat(size).as("the output of %s", args).isPositive();
    assertStopsAtTheFailure(args, size / 2);
  }

  private static void assertStopsAtTheFailure(List<String> args, long room) {
    FullOutput stream = new FullOutput(room);
    StringWriter err = new StringWriter();
    String[] arguments = args.toArray(String[]::new);
    int code =
        RootCommand.commandLine(
                InputStream.nullInputStream(),
                StandardOutput.printer(stream),
                new PrintWriter(err),
                arguments)
            .execute(arguments);

    assertThat(code).as("%s: %s", args, err).isEqualTo(ExitCodes.OUTPUT);
    assertThat(err.toString()).as("%s", args).isEqualTo(FAILED + "\n");
    assertThat(stream.failures()).as("writes tried after the first failure").isEqualTo(1);
    assertThat(stream.written()).isLessThanOrEqualTo(room);
  }

  @Test
  void a_writer_that_swallows_its_failures_still_gives_exit_code_4() {
    StringWriter err = new StringWriter();
    PrintWriter swallowing =
        new PrintWriter(new OutputStreamWriter(new FullOutput(0), StandardCharsets.UTF_8));

    int code =
        RootCommand.commandLine(InputStream.nullInputStream(), swallowing, new PrintWriter(err))
            .execute("catalogue");

    assertThat(code).isEqualTo(ExitCodes.OUTPUT);
    assertThat(err.toString()).isEqualTo("Cannot write to standard output.\n");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_batch_whose_output_fails_stops_reading_its_endless_input() throws InterruptedException {
    byte[] line = Run.of("generate", "1").out().getBytes(StandardCharsets.UTF_8);
    EndlessInput in = new EndlessInput(line);
    StringWriter err = new StringWriter();
    String[] args = {"assess", "--batch", "-", "--threads", "2"};

    int code =
        RootCommand.commandLine(
                in, StandardOutput.printer(new FullOutput(100_000)), new PrintWriter(err), args)
            .execute(args);

    assertThat(code).isEqualTo(ExitCodes.OUTPUT);
    assertThat(err.toString()).isEqualTo(FAILED + "\n");
    long read = in.taken();
    Thread.sleep(500);
    assertThat(in.taken()).as("bytes read since the batch stopped").isEqualTo(read);
  }

  /** The same line over and over, never ending; counts the bytes read. */
  private static final class EndlessInput extends InputStream {
    private final byte[] line;
    private long read;

    EndlessInput(byte[] line) {
      this.line = line;
    }

    @Override
    public synchronized int read() {
      return line[(int) (read++ % line.length)] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = line[(int) (read++ % line.length)];
      }
      return length;
    }

    synchronized long taken() {
      return read;
    }
  }
}
