package org.cityframework.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cityframework.core.CityProfile;
import org.junit.jupiter.api.Test;

class RandomProfilesTest {

  @Test
  void the_same_seed_gives_the_same_profiles() {
    List<CityProfile> first = RandomProfiles.seeded(7).stream().limit(50).toList();
    List<CityProfile> second = RandomProfiles.seeded(7).stream().limit(50).toList();
    assertThat(first).isEqualTo(second);
    assertThat(RandomProfiles.seeded(8).next()).isNotEqualTo(first.get(0));
  }

  @Test
  void every_fact_is_seen_known_and_unknown_and_every_collection_empty_and_not() {
    Set<String> known = new HashSet<>();
    Set<String> unknown = new HashSet<>();
    RandomProfiles.seeded(1).stream().limit(500).forEach(p -> walk("", p, known, unknown));
    assertThat(known).as("facts never stated").containsAll(unknown);
    assertThat(unknown)
        .as("facts never left unknown or empty")
        .containsAll(known.stream().filter(RandomProfilesTest::optional).toList());
    assertThat(known)
        .contains(
            "/strategy/goals/indicator", "/funding/budgetLines/amount",
            "/dataGovernance/stewardship/stagesCovered", "/engagement/innovationTools");
  }

  @Test
  void an_unknown_share_of_one_states_nothing_but_the_identity() {
    CityProfile p = RandomProfiles.seeded(3).withUnknownShare(1).next();
    CityProfile identityOnly =
        CityProfile.builder()
            .name(p.name())
            .country(p.country())
            .assessedOn(p.assessedOn())
            .sources(p.sources())
            .build();
    assertThat(p.withSources(List.of())).isEqualTo(identityOnly.withSources(List.of()));
  }

  @Test
  void rejects_an_unknown_share_outside_zero_to_one() {
    assertThatThrownBy(() -> RandomProfiles.seeded(1).withUnknownShare(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean optional(String path) {
    return !Set.of("/name", "/country", "/assessedOn", "/goals/description").contains(path)
        && !path.endsWith("/kind")
        && !path.endsWith("/year")
        && !path.endsWith("/amount")
        && !path.endsWith("/currency")
        && !path.endsWith("/title")
        && !path.endsWith("/description");
  }

  /** Records, per attribute path (list indexes dropped), whether it was seen stated or not. */
  private static void walk(String at, Object value, Set<String> known, Set<String> unknown) {
    for (Method m : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())
          || m.getParameterCount() > 0
          || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String path = at + "/" + m.getName();
      Object v;
      try {
        v = value.getClass().getMethod(m.getName()).invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      boolean stated;
      if (v instanceof Optional<?> o) {
        stated = o.isPresent();
      } else if (v instanceof OptionalInt o) {
        stated = o.isPresent();
      } else if (v instanceof Collection<?> c) {
        stated = !c.isEmpty();
      } else if (v instanceof Map<?, ?> mp) {
        stated = !mp.isEmpty();
      } else {
        stated = true;
      }
      if (isModel(v)) {
        walk(path, v, known, unknown);
        continue;
      }
      if (stated) {
        known.add(path);
      } else {
        unknown.add(path);
      }
      if (v instanceof Collection<?> c) {
        c.forEach(item -> walk(path, item, known, unknown));
      } else if (v instanceof Optional<?> o && o.isPresent() && isModel(o.get())) {
        walk(path, o.get(), known, unknown);
      } else if (isModel(v)) {
        walk(path, v, known, unknown);
      }
    }
  }

  private static boolean isModel(Object v) {
    return v.getClass().getPackageName().equals("org.cityframework.core") && !v.getClass().isEnum();
  }
}
