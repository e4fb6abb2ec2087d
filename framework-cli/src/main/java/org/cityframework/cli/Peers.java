package org.cityframework.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cityframework.cohort.Cohort;
import org.cityframework.cohort.CohortReport;
import org.cityframework.cohort.PeerFilter;
import org.cityframework.cohort.PeerPositionDocument;
import org.cityframework.report.ReportFormat;
import org.cityframework.report.TextOptions;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;

/**
 * {@code assess --cohort}: the peers a city's report places it among, read as {@code cohort} reads
 * them, and the report with the city's place among them added (or, in JSON and CSV, that place
 * alone).
 */
final class Peers {
  private final Cohort cohort;
  private final int k;
  private final boolean failed;

  private Peers(Cohort cohort, int k, boolean failed) {
    this.cohort = cohort;
    this.k = k;
    this.failed = failed;
  }

  /** Reads the peers the arguments name, reporting bad profiles on {@code err}. */
  static Peers read(
      Assessor assessor,
      List<String> arguments,
      PeerOptions options,
      WorkOptions work,
      InputStream stdin,
      PrintWriter err) {
    PeerFilter filter = options.filter();
    int k = options.minCities();
    CohortReading.Result read =
        new CohortReading(assessor, () -> Cohort.of(assessor.catalogue(), filter), work.threads())
            .read(arguments, stdin, err, work.showProgress());
    if (read.failed() > 0) {
      err.println(
          read.failed()
              + (read.failed() == 1 ? " peer profile" : " peer profiles")
              + " could not be read and are left out of the peers.");
      err.flush();
    }
    return new Peers(read.cohort(), k, read.failed() > 0);
  }

  /** Whether any peer profile could not be read. */
  boolean failed() {
    return failed;
  }

  /**
   * In text, Markdown and HTML the city's report with its place among the peers added, then the
   * chapter's figures beside the city's own answers ({@link CohortReport#amongPeers}); in JSON and
   * CSV the city's place among its peers alone ({@link PeerPositionDocument}, {@link
   * CohortReport#csv(org.cityframework.cohort.PeerPosition)}).
   */
  Function<Assessment, String> render(
      AssessCommand.Format format, TextOptions text, Locale language) {
    return switch (format) {
      case JSON -> a -> PeerPositionDocument.write(cohort.position(a, k));
      case CSV -> a -> CohortReport.csv(cohort.position(a, k));
      case TEXT, MARKDOWN, HTML -> {
        ReportFormat report = ReportFormat.valueOf(format.name());
        yield a -> CohortReport.amongPeers(report, format.render(a, text, language), a, cohort, k);
      }
    };
  }
}
