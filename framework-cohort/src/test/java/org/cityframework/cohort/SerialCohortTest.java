package org.cityframework.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Facts;
import org.cityframework.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A partial cohort serialised on one machine and read on another merges into the cohort of one
 * pass, as Spark or Beam would use it (docs/cohort.md).
 */
class SerialCohortTest {

  static byte[] serialised(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void serialised_partial_cohorts_merge_to_the_summary_of_one_pass() throws Exception {
    PeerFilter filter =
        PeerFilter.of(Set.of("GB", "FR", "US"), Set.of(PopulationBand.MEDIUM), Set.of());
    List<Assessment> cities = CohortTest.cities(17, 400);
    Cohort whole = Cohort.of(Catalogue.standard(), filter);
    cities.forEach(whole::add);
    Random random = new Random(3);
    for (int trial = 0; trial < 5; trial++) {
      int parts = 2 + random.nextInt(5);
      List<Cohort> partials = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partials.add(Cohort.of(Catalogue.standard(), filter));
      }
      cities.forEach(a -> partials.get(random.nextInt(parts)).add(a));
      Cohort merged = Cohort.of(Catalogue.standard(), filter);
      for (Cohort partial : partials) {
        Cohort travelled = (Cohort) read(serialised(partial));
        assertThat(travelled).isEqualTo(partial);
        merged.merge(travelled);
      }
      assertThat(merged).isEqualTo(whole);
      assertThat(CohortDocument.write(merged.summary(5)))
          .isEqualTo(CohortDocument.write(whole.summary(5)));
    }
    assertThat(whole.cities()).isPositive();
    assertThat(whole.summary(1).unknownFacts()).isNotEmpty();
  }

  @Test
  void a_deserialised_cohort_goes_on_counting_and_places_a_city() throws Exception {
    List<Assessment> cities = CohortTest.cities(18, 30);
    Cohort first = Cohort.standard();
    cities.subList(0, 10).forEach(first::add);
    Cohort travelled = (Cohort) read(serialised(first));
    cities.subList(10, 30).forEach(travelled::add);
    Cohort whole = Cohort.standard();
    cities.forEach(whole::add);

    assertThat(travelled).isEqualTo(whole);
    assertThat(PeerPositionDocument.write(travelled.position(cities.get(0), 5)))
        .isEqualTo(PeerPositionDocument.write(whole.position(cities.get(0), 5)));
  }

  @Test
  void the_same_cohort_serialises_to_the_same_bytes() throws Exception {
    Cohort a = Cohort.standard();
    Cohort b = Cohort.standard();
    CohortTest.cities(19, 20).forEach(a::add);
    List<Assessment> backwards = new ArrayList<>(CohortTest.cities(19, 20));
    java.util.Collections.reverse(backwards);
    backwards.forEach(b::add);

    assertThat(serialised(a)).isEqualTo(serialised(b));
  }

  @Test
  void a_cohort_of_checks_of_one_s_own_is_not_serialisable() {
    // The standard checks, but R1.0 weighed otherwise: a check of one's own, with the same id.
    List<Check> checks = new ArrayList<>();
    for (Check c : Catalogue.standard().checks()) {
      checks.add(c.info().id().equals("R1.0") ? reweighed(c) : c);
    }
    Catalogue own = Catalogue.of(checks);
    Cohort cohort = Cohort.of(own, PeerFilter.everyCity());

    assertThatThrownBy(() -> serialised(cohort))
        .isInstanceOf(NotSerializableException.class)
        .hasMessageContaining("standard catalogue");
  }

  private static Check reweighed(Check check) {
    return new Check() {
      @Override
      public CheckInfo info() {
        return check.info().withWeight(check.info().weight() + 1);
      }

      @Override
      public Verdict evaluate(Facts facts) {
        return check.evaluate(facts);
      }
    };
  }

  @Test
  void a_tampered_stream_is_refused() throws Exception {
    Cohort cohort = Cohort.standard();
    CohortTest.cities(20, 10).forEach(cohort::add);
    byte[] bytes = serialised(cohort);
    // The first check id, R1.0, renamed: no longer the standard catalogue's checks.
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.indexOf("R1.0");
    assertThat(at).isPositive();
    bytes[at + 3] = '9';

    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("standard catalogue");
  }
}
