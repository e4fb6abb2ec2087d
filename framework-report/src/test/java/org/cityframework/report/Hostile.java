package org.cityframework.report;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Element;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Effort;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Verdict;
import org.cityframework.rules.Waiver;

/**
 * A profile, checks of one's own and a waiver whose every text is an attack on a report: script
 * tags, attribute break-outs, script URLs, CDATA ends, spreadsheet formulas and terminal escapes.
 */
final class Hostile {
  static final List<String> MARKUP =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "<svg onload=alert(1)>",
          "]]>");
  static final List<String> FORMULAS = List.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)");
  static final String TEXT = String.join(" ", MARKUP);
  static final String CONTROLS =
      "red\u001b[31m reset\u001b[0m right\u202eleft bell\u0007 nul\u0000";

  private Hostile() {}

  /** Riverton with every text field replaced by the markup attacks, notes everywhere. */
  static CityProfile profile() {
    CityProfile p = profile(TEXT);
    return p.withNotes(TEXT + "\n" + CONTROLS);
  }

  /**
   * Riverton with {@code text} in every free text: the city's name, goals' descriptions and
   * indicators, barriers' descriptions, sources' titles and URLs, and the notes of the profile, its
   * strategy and its funding.
   */
  static CityProfile profile(String text) {
    try {
      String json = Files.readString(Cities.DIRECTORY.resolve("riverton.json"));
      Matcher m =
          Pattern.compile("\"(name|notes|description|indicator|title|url)\": \"[^\"]*\"")
              .matcher(json);
      String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
      String hostile =
          m.replaceAll(
              r -> Matcher.quoteReplacement("\"" + r.group(1) + "\": \"" + escaped + "\""));
      CityProfile p = DocumentFormat.JSON.readProfile(hostile);
      return p.withNotes(text)
          .withStrategy(p.strategy().withNotes(text))
          .withFunding(p.funding().withNotes(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Checks whose words are the attacks: one per formula, one for markup; all not met. */
  static List<Check> checks() {
    List<String> summaries = new java.util.ArrayList<>(FORMULAS);
    summaries.add(TEXT);
    List<Check> checks = new java.util.ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      String summary = summaries.get(i);
      CheckInfo info =
          CheckInfo.builder()
              .id("X.hostile-" + i)
              .recommendation(1 + i)
              .element(Element.VISION)
              .addSeedLines(29)
              .summary(summary)
              .why(TEXT + " " + CONTROLS)
              .rule(TEXT)
              .addActions(summary, TEXT)
              .effort(Effort.LOW)
              .weight(1)
              .build();
      checks.add(
          new Check() {
            @Override
            public CheckInfo info() {
              return info;
            }

            @Override
            public Verdict evaluate(org.cityframework.rules.Facts facts) {
              facts.read("/name", p -> Optional.of(p.name()));
              facts.read("/notes", CityProfile::notes);
              return Verdict.NOT_MET;
            }
          });
    }
    return checks;
  }

  /**
   * The hostile profile assessed with the hostile checks, a hostile waiver of one of them and a
   * hostile expired waiver of another.
   */
  static Assessment assessment() {
    Waiver waiver =
        Waiver.builder()
            .checkId("X.hostile-0")
            .justification(TEXT)
            .authority(TEXT)
            .expiresOn(LocalDate.of(2030, 1, 1))
            .build();
    Waiver expired = waiver.withCheckId("X.hostile-1").withExpiresOn(LocalDate.of(2020, 1, 1));
    return Assessor.of(Catalogue.standard().with(checks()))
        .withWaivers(List.of(waiver, expired))
        .assess(profile());
  }

  /** From plain Riverton to the hostile one. */
  static Progress progress() {
    return Progress.between(
        Assessor.standard().assess(Cities.profile("riverton-2024.json")), assessment());
  }
}
