package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What users see, compared byte for byte with committed golden files: Riverton's assessment and its
 * progress since 2024 in every format, in English and in French, its text report at 60 columns and
 * its summary at 80. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> reports() {
    Stream.Builder<Arguments> reports = Stream.builder();
    for (ReportFormat format : ReportFormat.values()) {
      reports.add(
          Arguments.of(
              "riverton." + format.extension(),
              (Supplier<String>) () -> format.render(Cities.riverton())));
      reports.add(
          Arguments.of(
              "riverton-progress." + format.extension(),
              (Supplier<String>) () -> format.render(Cities.rivertonProgress())));
    }
    for (ReportFormat format : ReportFormat.values()) {
      reports.add(
          Arguments.of(
              "riverton.fr." + format.extension(),
              (Supplier<String>) () -> format.render(Cities.riverton(), Locale.FRENCH)));
      reports.add(
          Arguments.of(
              "riverton-progress.fr." + format.extension(),
              (Supplier<String>) () -> format.render(Cities.rivertonProgress(), Locale.FRENCH)));
    }
    reports.add(
        Arguments.of(
            "riverton-60.txt",
            (Supplier<String>) () -> ReportFormat.TEXT.render(Cities.riverton(), 60)));
    reports.add(
        Arguments.of(
            "riverton-summary.txt",
            (Supplier<String>)
                () ->
                    ReportFormat.TEXT.render(
                        Cities.riverton(), TextOptions.summary().withWidth(80))));
    reports.add(
        Arguments.of(
            "riverton-summary.fr.txt",
            (Supplier<String>)
                () ->
                    ReportFormat.TEXT.render(
                        Cities.riverton(), TextOptions.summary().withWidth(80), Locale.FRENCH)));
    return reports.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void the_committed_golden_file_matches_the_report(String file, Supplier<String> report)
      throws IOException {
    String rendered = report.get();
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("%s exists; regenerate with -Dgolden.update=true", golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate with -Dgolden.update=true", golden)
        .isEqualTo(rendered);
  }
}
