package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/**
 * The words that depend on what checks read: every fact a built-in check reads has a question, and
 * every condition that shows an action done names facts its own check reads.
 */
class WordsCoverageTest {
  /** The pointers each built-in check reads, list indexes as {@code *}, over many profiles. */
  private static final Map<String, Set<String>> READ = read();

  private static Map<String, Set<String>> read() {
    Map<String, Set<String>> read = new HashMap<>();
    RandomProfiles.seeded(17).stream()
        .limit(1_500)
        .forEach(
            p -> {
              for (Finding f : Assessor.standard().assess(p).findings()) {
                Set<String> pointers = read.computeIfAbsent(f.checkId(), k -> new HashSet<>());
                for (Evidence e : f.evidence()) {
                  pointers.add(e.pointer().replaceAll("/[0-9]+(/|$)", "/*$1"));
                }
              }
            });
    return read;
  }

  @Test
  void every_fact_a_check_reads_has_a_question_in_plain_words() {
    ResourceBundle questions = ResourceBundle.getBundle(Questions.BUNDLE, Locale.ROOT);
    Set<String> missing = new HashSet<>();
    READ.values()
        .forEach(s -> s.stream().filter(p -> !questions.containsKey(p)).forEach(missing::add));
    assertThat(missing).isEmpty();
    for (String key : questions.keySet()) {
      assertThat(questions.getString(key)).as(key).endsWith("?").doesNotContain("/");
    }
  }

  @Test
  void every_action_condition_names_facts_its_check_reads() {
    for (Check c : Catalogue.standard().checks()) {
      for (String when : c.info().actionsDoneWhen()) {
        if (when.isBlank()) {
          continue;
        }
        for (String alternative : when.split(" \\| ")) {
          for (String term : alternative.split(" & ")) {
            String pointer = term.strip().split(">=|=")[0];
            assertThat(READ.get(c.info().id()))
                .as("%s reads %s, named in %s", c.info().id(), pointer, when)
                .contains(pointer);
          }
        }
      }
    }
  }
}
