package org.cityframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
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
 * Profiles read from JSON text per second: a bare parse into a Jackson tree (the baseline), the
 * strict profile reader alone, and reading, assessing and scoring (the batch throughput).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadingBenchmark {

  /** The example city whose JSON text is read. */
  @Param({"riverton"})
  public String city;

  private String text;
  private JsonMapper mapper;
  private Assessor assessor;

  /** Loads the JSON text once. */
  @Setup
  public void load() {
    text = CityDocuments.text(city);
    mapper = new JsonMapper();
    assessor = Assessor.standard();
  }

  /** The baseline: parses the text into a Jackson tree with a default mapper, nothing more. */
  @Benchmark
  public JsonNode parseTree() {
    return mapper.readTree(text);
  }

  /** Reads the text into a profile with the strict reader, without assessing it. */
  @Benchmark
  public CityProfile readProfile() {
    return DocumentFormat.JSON.readProfile(text);
  }

  /** Reads the text into a profile, assesses it and computes its scores, as every report does. */
  @Benchmark
  public Assessment readAndAssess() {
    Assessment assessment = assessor.assess(DocumentFormat.JSON.readProfile(text));
    assessment.scores(); // computed once and kept in the returned assessment
    return assessment;
  }
}
