package org.cityframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
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

/** The time to write one assessment: as a JSON document and as the text report. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WritingBenchmark {

  /** The example city whose assessment is written. */
  @Param({"riverton"})
  public String city;

  private Assessment assessment;

  /** Assesses the profile once. */
  @Setup
  public void assess() {
    assessment = Assessor.standard().assess(CityDocuments.profile(city));
  }

  /** Writes the assessment as a JSON document. */
  @Benchmark
  public String writeAssessment() {
    return DocumentFormat.JSON.writeAssessment(assessment);
  }

  /** Renders the assessment as the text report at the default width. */
  @Benchmark
  public String renderText() {
    return ReportFormat.TEXT.render(assessment);
  }
}
