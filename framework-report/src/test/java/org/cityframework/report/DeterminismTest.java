package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** Same input, same output, byte for byte, on any thread. */
class DeterminismTest {

  private static List<String> everything(Assessment a, Progress p) {
    List<String> out = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      out.add(f.render(a));
      out.add(f.render(p));
      out.add(f.render(a, 72));
    }
    return out;
  }

  @Test
  void the_same_assessment_rendered_twice_gives_the_same_bytes() {
    Assessment a = Cities.riverton();
    Progress p = Cities.rivertonProgress();
    assertThat(everything(a, p)).isEqualTo(everything(a, p));
    Assessment again = Cities.riverton();
    assertThat(everything(again, Cities.rivertonProgress())).isEqualTo(everything(a, p));
  }

  @Test
  void four_threads_render_the_same_bytes_as_one() throws Exception {
    Assessment a = Cities.riverton();
    Assessment random = Assessor.standard().assess(RandomProfiles.seeded(7).next());
    Progress p = Progress.between(random, a);
    List<String> expected = everything(a, p);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> everything(a, p)));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
