package org.cityframework.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;

/**
 * The README's first example for a developer embedding the library: reads a profile, assesses it,
 * prints the overall score and the three most urgent findings, and writes the HTML report. The
 * lines between the markers are the README's code block, word for word (a test compares them).
 *
 * <p>Usage: {@code FirstAssessment PROFILE.json REPORT.html}.
 */
public final class FirstAssessment {
  private FirstAssessment() {}

  /** Assesses the profile {@code args[0]} and writes its HTML report to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    // README begin
    // A bad document: an InvalidDocumentException that lists every problem
    CityProfile profile = DocumentFormat.JSON.readProfile(Path.of(args[0]));
    Assessment assessment = Assessor.standard().assess(profile); // immutable, thread-safe
    Score overall = assessment.scores().overall();
    System.out.println("Score " + overall.score().orElse(0) + ", coverage " + overall.coverage());
    for (Finding f : assessment.findings().subList(0, 3)) { // most urgent first
      System.out.println(f.checkId() + " " + f.priority() + ": " + f.check().summary());
    }
    String html = ReportFormat.HTML.render(assessment); // one self-contained page
    Files.writeString(Path.of(args[1]), html);
    // README end
  }
}
