package org.cityframework.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;

/**
 * The main job: assesses a shipped example city and prints its prioritised findings.
 *
 * <p>Usage: {@code AssessExampleCity [CITY] [--top N]}; the city defaults to Riverton, and the top
 * ten findings are shown in full, the rest one line each.
 */
public final class AssessExampleCity {
  private AssessExampleCity() {}

  /** Runs the main job. */
  public static void main(String[] args) {
    String city = "Riverton";
    int top = 10;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--top") && i + 1 < args.length) {
        top = Integer.parseInt(args[++i]);
      } else {
        city = args[i];
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String name = city;
    List<String> known = ExampleCities.all().stream().map(CityProfile::name).toList();
    CityProfile profile =
        ExampleCities.named(city)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no example city "
                            + name
                            + "; choose one of "
                            + known.stream().collect(Collectors.joining(", "))));
    Assessment assessment = Assessor.standard().assess(profile);
    new FindingsText(out, 100).print(assessment, top);
  }
}
