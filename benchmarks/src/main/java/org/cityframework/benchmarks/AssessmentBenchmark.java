package org.cityframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Scores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time of one warm assessment, for a small, a typical, a large and a full profile.
 *
 * <p>The profile is read once in setup, so only {@code Assessor.standard().assess(profile)} is
 * measured; {@link #assessWithScores} adds every score (overall, per recommendation, element,
 * component and layer), which an assessment computes when first asked for them and every report
 * shows; {@link #assessWithoutEvidence} is the assessment of {@code Assessor.withoutEvidence()},
 * whose findings carry no evidence, as a batch summary takes it. Run with {@code -prof gc} for the
 * bytes allocated per assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {

  /**
   * The profile: eastvale (identity and a handful of facts), riverton (typical), northport (large)
   * or full (every fact stated).
   */
  @Param({"eastvale", "riverton", "northport", CityDocuments.FULL})
  public String city;

  private Assessor assessor;
  private Assessor withoutEvidence;
  private CityProfile profile;

  /** Reads the profile once. */
  @Setup
  public void read() {
    assessor = Assessor.standard();
    withoutEvidence = assessor.withoutEvidence();
    profile = CityDocuments.profile(city);
  }

  /** Assesses the profile read in setup. */
  @Benchmark
  public Assessment assess() {
    return assessor.assess(profile);
  }

  /** Assesses the profile read in setup and computes all its scores, as a report shows them. */
  @Benchmark
  public Scores assessWithScores() {
    Scores s = assessor.assess(profile).scores();
    // The element, component and layer scores are made when first asked for, and then kept.
    s.byElement();
    s.byComponent();
    s.byLayer();
    return s;
  }

  /** Assesses the profile read in setup without recording evidence. */
  @Benchmark
  public Assessment assessWithoutEvidence() {
    return withoutEvidence.assess(profile);
  }
}
