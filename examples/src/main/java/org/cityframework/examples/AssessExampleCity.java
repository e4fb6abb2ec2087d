package org.cityframework.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;

/**
 * The main job: assesses a shipped example city and prints its prioritised findings.
 *
 * <p>Usage: {@code AssessExampleCity [CITY | FILE] [--width N]}: an example city's name (Riverton
 * by default) or a profile document ({@code .json}, {@code .yaml}); the text report wraps at N
 * columns (100 by default).
 */
public final class AssessExampleCity {
  private AssessExampleCity() {}

  /** Runs the main job. */
  public static void main(String[] args) {
    String city = "Riverton";
    int width = ReportFormat.DEFAULT_WIDTH;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--width") && i + 1 < args.length) {
        width = Integer.parseInt(args[++i]);
      } else {
        city = args[i];
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String name = city;
    Path file = Path.of(city);
    CityProfile profile;
    try {
      profile =
          Files.isRegularFile(file)
              ? DocumentFormat.of(file).readProfile(file)
              : ExampleCities.named(city)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no example city or file "
                                  + name
                                  + "; choose one of "
                                  + String.join(", ", ExampleCities.NAMES)));
    } catch (IllegalArgumentException e) { // an invalid document lists every problem
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    Assessment assessment = Assessor.standard().assess(profile);
    out.print(ReportFormat.TEXT.render(assessment, width));
  }
}
