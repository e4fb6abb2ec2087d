// City Framework in JShell: the imports and a few helpers for exploring a city's assessment.
// Start it from the repository root:  ./cityframework jshell
// (or: jshell --class-path framework-cli/target/cityframework.jar
//             --startup DEFAULT --startup examples/jshell/startup.jsh)

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.cityframework.core.*;
import org.cityframework.rules.*;
import org.cityframework.json.*;
import org.cityframework.report.*;

// A file as given, or found from the repository root (examples/...) or from examples/ (cities/...).
Path locate(String file) {
  Path given = Path.of(file);
  if (Files.exists(given)) return given;
  if (file.startsWith("examples/") && Files.exists(Path.of(file.substring("examples/".length()))))
    return Path.of(file.substring("examples/".length()));
  if (Files.exists(Path.of("examples", file))) return Path.of("examples", file);
  return given;
}

// A city profile: a .json/.yaml document, or an example city by name ("riverton", "riverton-2024").
CityProfile load(String pathOrName) {
  String file =
      pathOrName.matches("(?i).*\\.(json|ya?ml)")
          ? pathOrName
          : "cities/" + pathOrName.toLowerCase(Locale.ROOT) + ".json";
  Path path = locate(file);
  if (!Files.isRegularFile(path))
    throw new IllegalArgumentException(
        "no city document " + file + ": give a .json or .yaml file, or one of riverton,"
            + " riverton-2024, lakeside, northport, hillcrest, eastvale");
  return DocumentFormat.of(path).readProfile(path);
}

// The standard assessment: 84 checks, findings in rank order, scores.
Assessment assess(CityProfile profile) {
  return Assessor.standard().assess(profile);
}

// Writes a report by the file's extension (.html, .md, .txt, .csv; docs/reports.md), or else the
// assessment document in JSON (docs/json.md).
void save(Assessment assessment, String file) throws IOException {
  String text =
      Stream.of(ReportFormat.values())
          .filter(format -> file.endsWith("." + format.extension()))
          .findFirst()
          .map(format -> format.render(assessment))
          .orElseGet(() -> DocumentFormat.JSON.writeAssessment(assessment));
  Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
  System.out.println("saved " + file);
}

// A score in points with one decimal, or "n/a" when nothing was assessed.
String points(OptionalDouble score) {
  return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "n/a";
}

System.out.println(
    "City Framework: load(\"riverton\" or a file), assess(profile), save(assessment, \"a.html\"),"
        + " points(score); scripts in examples/jshell/");
