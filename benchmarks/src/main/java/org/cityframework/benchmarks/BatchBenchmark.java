package org.cityframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cityframework.cli.BatchLineWork;
import org.cityframework.json.DocumentFormat;
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
 * it. Run with {@code -prof gc} for the bytes allocated per line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

  /**
   * The profile: eastvale (identity and a handful of facts), riverton (typical), northport (large)
   * or full (every fact stated).
   */
  @Param({"eastvale", "riverton", "northport", CityDocuments.FULL})
  public String city;

  private byte[] line;
  private BatchLineWork work;
  private JsonMapper mapper;

  /** Makes the line once. */
  @Setup
  public void load() {
    String json =
        city.equals(CityDocuments.FULL)
            ? DocumentFormat.JSON.writeProfile(CityDocuments.profile(city))
            : CityDocuments.text(city);
    line = BatchLineWork.line(json);
    work = new BatchLineWork();
    mapper = new JsonMapper();
    if (work.summary(line).contains("\"error\":true")) {
      throw new IllegalStateException(city + " is not a valid profile: " + work.summary(line));
    }
  }

  /** The baseline: parses the line into a Jackson tree with a default mapper, nothing more. */
  @Benchmark
  public JsonNode parseLine() {
    return mapper.readTree(line);
  }

  /** The line to its summary line: what a batch does per profile, but for the hand-offs. */
  @Benchmark
  public String summaryLine() {
    return work.summary(line);
  }
}
