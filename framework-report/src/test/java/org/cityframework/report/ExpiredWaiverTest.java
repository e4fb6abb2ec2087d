package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Waiver;
import org.junit.jupiter.api.Test;

/** A waiver that has expired stays visible under its finding, which counts again. */
class ExpiredWaiverTest {
  private static final Waiver EXPIRED =
      Waiver.builder()
          .checkId("R5.1")
          .justification("Budget agreed next year")
          .authority("Council")
          .expiresOn(LocalDate.of(2026, 1, 31))
          .build();
  private static final String LINE =
      "Waiver expired on 2026-01-31 (granted by Council: Budget agreed next year); the finding"
          + " counts again.";

  private static final Assessment ASSESSMENT =
      Assessor.standard().withWaivers(List.of(EXPIRED)).assess(Cities.profile("riverton.json"));

  @Test
  void the_finding_keeps_its_status_and_priority_and_names_the_expired_waiver() {
    Finding f = ASSESSMENT.finding("R5.1").orElseThrow();
    Finding plain =
        Assessor.standard().assess(Cities.profile("riverton.json")).finding("R5.1").orElseThrow();
    assertThat(f.isWaived()).isFalse();
    assertThat(f.priority()).isEqualTo(plain.priority());
    assertThat(f.rank()).isEqualTo(plain.rank());
    assertThat(Words.of(Locale.ENGLISH).expiredWaiver(f)).contains(LINE);
    assertThat(Words.of(Locale.ENGLISH).expiredWaiver(plain)).isEmpty();
  }

  @Test
  void every_format_shows_it_once_under_its_finding() {
    String text = ReportFormat.TEXT.render(ASSESSMENT, 200);
    String markdown = ReportFormat.MARKDOWN.render(ASSESSMENT);
    String html = ReportFormat.HTML.render(ASSESSMENT);
    assertThat(text).containsOnlyOnce(LINE);
    assertThat(markdown).containsOnlyOnce("**" + LINE + "**");
    assertThat(html).containsOnlyOnce("<p class=\"waiver\">" + LINE + "</p>");
    String finding = markdown.substring(markdown.indexOf(". R5.1: "));
    assertThat(finding.substring(0, finding.indexOf("\n### "))).contains(LINE);
  }
}
