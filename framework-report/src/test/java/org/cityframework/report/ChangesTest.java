package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Progress;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** The report's reading of a progress agrees with the rules' own, element by element. */
class ChangesTest {

  @Test
  void agrees_with_progress_on_changes_and_score_moves() {
    List<Assessment> assessments =
        RandomProfiles.seeded(5).stream().limit(20).map(Assessor.standard()::assess).toList();
    agree(Cities.rivertonProgress());
    agree(Hostile.progress());
    for (int i = 1; i < assessments.size(); i++) {
      agree(Progress.between(assessments.get(i - 1), assessments.get(i)));
    }
  }

  private static void agree(Progress p) {
    Changes c = Changes.of(p);
    // Progress.StatusChange and ScoreMove are records of the same names and components, but
    // inaccessible outside the rules package: their text forms are compared.
    assertThat(c.changes().toString()).isEqualTo(p.changes().toString());
    assertThat(c.resolved().toString()).isEqualTo(p.resolved().toString());
    assertThat(c.newGaps().toString()).isEqualTo(p.newGaps().toString());
    assertThat(c.otherChanges().toString()).isEqualTo(p.otherChanges().toString());
    assertThat(c.moves().toString()).isEqualTo(p.scoreMoves().toString());
  }
}
