package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The training run of the launcher's class data sharing archive. */
class TrainingRunTest {

  @Test
  void runs_the_usual_commands_on_the_example_city() {
    assertThatCode(
            () ->
                TrainingRun.main(
                    new String[] {Run.city("riverton.json"), Run.city("riverton.yaml")}))
        .doesNotThrowAnyException();
  }

  @Test
  void fails_when_a_command_does() {
    assertThatThrownBy(() -> TrainingRun.main(new String[] {Run.city("missing.json")}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cityframework assess " + Run.city("missing.json") + " exited with 3.");
  }
}
