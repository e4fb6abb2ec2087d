package org.cityframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cityframework.cli.BatchLineWork;
import org.cityframework.json.DocumentFormat;
import org.cityframework.testkit.RandomProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One profile of {@code cityframework assess --batch}: the bytes of one line of JSON Lines to its
 * summary line, as a worker thread does it (read, assess, score, write the summary), against a bare
 * parse of the same bytes into a Jackson tree.
 *
 * <p>The line is the profile's JSON text without layout, as {@code cityframework generate} writes
 * it. With {@code city=generated} each operation takes the next of 1,024 different lines, random
 * profiles as {@code generate} draws them, as a batch meets them: a JIT that has seen one profile
 * only may find shortcuts that a real batch never gets. Run with {@code -prof gc} for the bytes
 * allocated per line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

  /**
   * The profile: eastvale (identity and a handful of facts), riverton (typical), northport (large)
   * full (every fact stated) or generated (1,024 random profiles in turn).
   */
  @Param({"eastvale", "riverton", "northport", CityDocuments.FULL, GENERATED})
  public String city;

  private static final String GENERATED = "generated";

  /** How many lines {@code generated} takes in turn: a power of two. */
  private static final int LINES = 1024;

  private byte[][] lines;
  private int next;
  private BatchLineWork work;
  private JsonMapper mapper;

  /** Makes the line once. */
  @Setup
  public void load() {
    String json =
        city.equals(GENERATED)
            ? null
            : city.equals(CityDocuments.FULL)
                ? DocumentFormat.JSON.writeProfile(CityDocuments.profile(city))
                : CityDocuments.text(city);
    work = new BatchLineWork();
    mapper = new JsonMapper();
    if (city.equals(GENERATED)) {
      RandomProfiles profiles = RandomProfiles.seeded(1);
      lines = new byte[LINES][];
      for (int i = 0; i < LINES; i++) {
        lines[i] = BatchLineWork.line(DocumentFormat.JSON.writeProfile(profiles.next()));
      }
    } else {
      lines = new byte[][] {BatchLineWork.line(json)};
    }
    for (byte[] line : lines) {
      if (work.summary(line).contains("\"error\":true")) {
        throw new IllegalStateException(city + " is not a valid profile: " + work.summary(line));
      }
    }
  }

  /** The line for the next operation: always the same one, but for {@code generated}. */
  private byte[] line() {
    return lines[next++ & (lines.length - 1)];
  }

  /** The baseline: parses the line into a Jackson tree with a default mapper, nothing more. */
  @Benchmark
  public JsonNode parseLine() {
    return mapper.readTree(line());
  }

  /** The line to its summary line: what a batch does per profile, but for the hand-offs. */
  @Benchmark
  public String summaryLine() {
    return work.summary(line());
  }
}
