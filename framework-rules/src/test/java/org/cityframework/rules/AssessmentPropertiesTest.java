package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.cityframework.core.CityProfile;
import org.cityframework.testkit.RandomProfiles;
import org.junit.jupiter.api.Test;

/** Properties that hold for every profile, checked on thousands of random ones each run. */
class AssessmentPropertiesTest {
  private static final int PROFILES = 2_000;
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void every_check_gives_exactly_one_status_and_assessment_never_throws() {
    RandomProfiles.seeded(20_261_125).stream()
        .limit(PROFILES)
        .forEach(
            p -> {
              Assessment a = ASSESSOR.assess(p);
              assertThat(a.findings()).hasSize(84);
              assertThat(a.findings()).allSatisfy(f -> assertThat(f.status()).isNotNull());
            });
  }

  @Test
  void an_assessor_without_evidence_decides_ranks_and_scores_exactly_as_with_it() {
    Assessor bare = ASSESSOR.withoutEvidence();
    RandomProfiles.seeded(20_261_207).stream()
        .limit(PROFILES)
        .forEach(
            p -> {
              Assessment full = ASSESSOR.assess(p);
              Assessment outcome = bare.assess(p);
              assertThat(outcome.findings())
                  .isEqualTo(full.findings().stream().map(f -> f.withEvidence(List.of())).toList());
              assertThat(outcome.scores()).isEqualTo(full.scores());
            });
  }

  @Test
  void forgetting_a_fact_never_changes_a_decided_status_except_to_not_assessed() {
    SplittableRandom random = new SplittableRandom(7);
    RandomProfiles profiles = RandomProfiles.seeded(31);
    for (int i = 0; i < PROFILES; i++) {
      CityProfile before = profiles.next();
      List<UnaryOperator<CityProfile>> forgettings = forgettings(before);
      if (forgettings.isEmpty()) {
        continue;
      }
      CityProfile after = forgettings.get(random.nextInt(forgettings.size())).apply(before);
      Assessment was = ASSESSOR.assess(before);
      Assessment is = ASSESSOR.assess(after);
      for (Finding f : was.findings()) {
        Status now = is.finding(f.checkId()).orElseThrow().status();
        assertThat(now)
            .as("%s after forgetting a fact of profile %d (was %s)", f.checkId(), i, f.status())
            .isIn(f.status(), Status.NOT_ASSESSED);
      }
    }
  }

  @Test
  void findings_come_in_the_documented_order_with_or_without_waivers() {
    List<CheckInfo> checks = ASSESSOR.catalogue().checks().stream().map(Check::info).toList();
    Map<String, Integer> position = new HashMap<>();
    Map<String, Set<String>> builtOnBy = new HashMap<>();
    for (CheckInfo c : checks) {
      position.put(c.id(), position.size());
      for (String pre : c.prerequisites()) {
        builtOnBy.computeIfAbsent(pre, k -> new HashSet<>()).add(c.id());
      }
    }
    Map<String, Integer> dependents = new HashMap<>();
    for (CheckInfo c : checks) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(builtOnBy.getOrDefault(c.id(), Set.of()));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (seen.add(next)) {
          todo.addAll(builtOnBy.getOrDefault(next, Set.of()));
        }
      }
      dependents.put(c.id(), seen.size());
    }
    // docs/prioritisation.md: priority first; then certain gaps, undecided, waived, met (or
    // certainly met), not applicable; then foundations first, not met before partly met, heavier
    // first, lower effort first, catalogue order.
    Comparator<Finding> documented =
        Comparator.<Finding>comparingInt(f -> f.priority().ordinal())
            .thenComparingInt(
                f -> {
                  if (f.isWaived()) {
                    return 2;
                  }
                  if (f.isCertainGap()) {
                    return 0;
                  }
                  if (f.status() == Status.NOT_APPLICABLE) {
                    return 4;
                  }
                  return f.worstCase() == Status.MET || f.worstCase() == Status.NOT_APPLICABLE
                      ? 3
                      : 1;
                })
            .thenComparingInt(f -> -dependents.get(f.checkId()))
            .thenComparingInt(f -> f.bestCase() == Status.NOT_MET ? 0 : 1)
            .thenComparingInt(f -> -f.check().weight())
            .thenComparingInt(f -> f.check().effort().ordinal())
            .thenComparingInt(f -> position.get(f.checkId()));
    SplittableRandom random = new SplittableRandom(11);
    RandomProfiles profiles = RandomProfiles.seeded(47);
    long waived = 0;
    for (int i = 0; i < PROFILES / 4; i++) {
      CityProfile profile = profiles.next();
      List<Waiver> waivers = new ArrayList<>();
      for (CheckInfo c : checks) {
        if (random.nextInt(8) == 0) {
          waivers.add(
              Waiver.builder()
                  .checkId(c.id())
                  .justification("Covered by the region")
                  .authority("Council")
                  .expiresOn(profile.assessedOn().plusDays(random.nextInt(-400, 400)))
                  .build());
        }
      }
      Assessment a = ASSESSOR.withWaivers(waivers).assess(profile);
      assertThat(a.findings()).as("profile %d", i).isSortedAccordingTo(documented);
      assertThat(a.findings().stream().map(Finding::rank))
          .containsExactlyElementsOf(IntStream.rangeClosed(1, checks.size()).boxed().toList());
      waived += a.findings().stream().filter(Finding::isWaived).count();
    }
    assertThat(waived).as("waived findings, in all").isGreaterThan(PROFILES / 2);
  }

  /** Every way of forgetting one stated fact of the profile's sections (not list elements). */
  static List<UnaryOperator<CityProfile>> forgettings(CityProfile profile) {
    List<UnaryOperator<CityProfile>> all = new ArrayList<>();
    for (Method section : publicAccessors(profile.getClass())) {
      Object value = call(section, profile);
      if (!isModel(value)) {
        continue;
      }
      for (UnaryOperator<Object> forget : forgettingsOf(value)) {
        all.add(p -> with(p, section.getName(), forget.apply(call(section, p))));
      }
    }
    return all;
  }

  private static List<UnaryOperator<Object>> forgettingsOf(Object value) {
    List<UnaryOperator<Object>> all = new ArrayList<>();
    for (Method m : publicAccessors(value.getClass())) {
      Object fact = call(m, value);
      String name = m.getName();
      if (fact instanceof Optional<?> o && o.isPresent()) {
        all.add(v -> with(v, name, Optional.empty()));
      } else if (fact instanceof OptionalInt o && o.isPresent()) {
        all.add(v -> with(v, name, OptionalInt.empty()));
      } else if (fact instanceof Map<?, ?> map) {
        for (Object key : map.keySet()) {
          all.add(
              v -> {
                Map<Object, Object> fewer = new LinkedHashMap<>((Map<?, ?>) call(m, v));
                fewer.remove(key);
                return with(v, name, fewer);
              });
        }
      } else if (isModel(fact)) {
        for (UnaryOperator<Object> inner : forgettingsOf(fact)) {
          all.add(v -> with(v, name, inner.apply(call(m, v))));
        }
      }
    }
    return all;
  }

  private static List<Method> publicAccessors(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())) {
        try {
          methods.add(type.getMethod(m.getName()));
        } catch (NoSuchMethodException e) {
          throw new AssertionError(e);
        }
      }
    }
    methods.sort(java.util.Comparator.comparing(Method::getName));
    return methods;
  }

  private static boolean isModel(Object v) {
    return v != null
        && v.getClass().getPackageName().equals("org.cityframework.core")
        && !v.getClass().isEnum();
  }

  private static Object call(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T with(T target, String attribute, Object value) {
    String name = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isInstance(value)) {
        try {
          return (T) m.invoke(target, value);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " taking " + value.getClass());
  }
}
