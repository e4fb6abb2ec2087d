package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cityframework.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireCommandTest {

  @Test
  void writes_the_library_page_to_the_output_file(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("forms").resolve("questionnaire.html");

    Run run = Run.of("questionnaire", "--output", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Questionnaire.standard(Locale.ENGLISH).html());
  }

  @Test
  void without_an_output_file_the_page_goes_to_standard_output() {
    Run run = Run.of("questionnaire", "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Questionnaire.standard(Locale.ENGLISH).html());
  }

  @Test
  void lang_fr_writes_the_french_page() {
    Run run = Run.of("questionnaire", "--lang", "fr");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Questionnaire.standard(Locale.FRENCH).html())
        .contains("<html lang=\"fr\">");
  }

  @Test
  void an_unwritable_output_exits_4(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("file"), "");

    Run run = Run.of("questionnaire", "--output", file.resolve("q.html").toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).startsWith("Cannot write ");
  }
}
