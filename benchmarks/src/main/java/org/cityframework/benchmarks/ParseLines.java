package org.cityframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse-only baseline of a batch: reads a JSON Lines file line by line and parses each line
 * into a Jackson tree, nothing more.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.cityframework.benchmarks.ParseLines FILE
 * [THREADS]} prints how many lines it parsed and how many per second, so the rate of {@code
 * cityframework assess --batch FILE} can be stated as a share of it (benchmarks/batch.sh). One
 * thread by default; with more, lines are parsed in chunks by that many threads while the main
 * thread reads.
 */
public final class ParseLines {
  private static final int CHUNK = 256;

  private ParseLines() {}

  /**
   * Parses every non-blank line of the file and prints the count and the rate.
   *
   * @param args the file, and optionally the number of parsing threads (1 by default)
   * @throws IOException if the file cannot be read
   * @throws ExecutionException if a line is not well-formed JSON
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static void main(String[] args)
      throws IOException, ExecutionException, InterruptedException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ParseLines FILE [THREADS]");
      System.exit(2);
    }
    int threads = args.length == 2 ? Integer.parseInt(args[1]) : 1;
    JsonMapper mapper = new JsonMapper();
    long started = System.nanoTime();
    long lines;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      lines = threads == 1 ? parse(in, mapper) : parse(in, mapper, threads);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d lines parsed in %.2f s (%.0f profiles/s, %d %s)%n",
        lines,
        seconds,
        lines / seconds,
        threads,
        threads == 1 ? "thread" : "threads");
  }

  /** Parses on this thread. */
  private static long parse(InputStream in, JsonMapper mapper) throws IOException {
    Lines lines = new Lines(in);
    long count = 0;
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      mapper.readTree(line);
      count++;
    }
    return count;
  }

  /** Reads on this thread, parses chunks of lines on {@code threads} others. */
  private static long parse(InputStream in, JsonMapper mapper, int threads)
      throws IOException, ExecutionException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Lines lines = new Lines(in);
      List<Future<Integer>> pending = new ArrayList<>();
      long count = 0;
      while (true) {
        List<byte[]> chunk = new ArrayList<>(CHUNK);
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          chunk.add(line);
          if (chunk.size() == CHUNK) {
            break;
          }
        }
        if (chunk.isEmpty()) {
          break;
        }
        pending.add(
            pool.submit(
                () -> {
                  chunk.forEach(mapper::readTree);
                  return chunk.size();
                }));
        // Keep a few chunks per thread in flight, so that memory does not grow with the file.
        while (pending.size() > 4 * threads) {
          count += pending.remove(0).get();
        }
      }
      for (Future<Integer> f : pending) {
        count += f.get();
      }
      return count;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The non-blank lines of a stream, each in its own array, without its line end. */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int length;

    Lines(InputStream in) {
      this.in = in;
    }

    byte[] next() throws IOException {
      while (true) {
        length = 0;
        boolean any = false;
        while (true) {
          if (position == limit) {
            limit = Math.max(in.read(buffer), 0);
            position = 0;
            if (limit == 0) {
              break;
            }
          }
          any = true;
          int from = position;
          while (position < limit && buffer[position] != '\n') {
            position++;
          }
          keep(from, position);
          if (position < limit) {
            position++;
            break;
          }
        }
        if (!blank()) {
          return Arrays.copyOf(line, length);
        }
        if (!any) {
          return null;
        }
      }
    }

    /** Whether the line holds nothing but spaces, tabs and carriage returns, as the batch skips. */
    private boolean blank() {
      for (int i = 0; i < length; i++) {
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
          return false;
        }
      }
      return true;
    }

    private void keep(int from, int to) {
      int count = to - from;
      if (length + count > line.length) {
        line = Arrays.copyOf(line, 2 * (length + count));
      }
      System.arraycopy(buffer, from, line, length, count);
      length += count;
    }
  }
}
