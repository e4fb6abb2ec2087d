package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessor;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/**
 * One shared assessor used from eight threads gives the same reports as one thread, byte for byte.
 */
class ConcurrentAssessmentTest {
  private static final int PROFILES = 2_000;
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void eight_threads_give_the_same_report_bytes_as_one() throws Exception {
    List<CityProfile> profiles = RandomProfiles.seeded(8).stream().limit(PROFILES).toList();
    List<String> single = profiles.stream().map(ConcurrentAssessmentTest::report).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>(PROFILES);
      for (CityProfile p : profiles) {
        futures.add(pool.submit(() -> report(p)));
      }
      for (int i = 0; i < PROFILES; i++) {
        assertThat(futures.get(i).get()).as("report of profile %d", i).isEqualTo(single.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The SHA-256 of the report's bytes: byte-exact comparison without holding every report. */
  private static String report(CityProfile profile) {
    byte[] bytes =
        DocumentFormat.JSON
            .writeAssessment(ASSESSOR.assess(profile))
            .getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
