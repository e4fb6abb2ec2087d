package org.cityframework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.CityProfile;

/** Test support for the built-in checks: profiles to start from, and how to evaluate one check. */
final class CheckTesting {
  /** The assessment date of every test profile. */
  static final LocalDate ASSESSED_ON = LocalDate.of(2026, 6, 30);

  private static final Map<String, Check> CHECKS = declared();

  private CheckTesting() {}

  /** A profile builder with identity only: every fact unknown until set. */
  static CityProfile.Builder city() {
    return CityProfile.builder().name("Testville").country("FR").assessedOn(ASSESSED_ON);
  }

  /** A profile that states nothing but its identity. */
  static CityProfile unknownCity() {
    return city().build();
  }

  /** The built-in check with this id, declared without building the whole catalogue. */
  static Check check(String id) {
    Check check = CHECKS.get(id);
    assertThat(check).as("built-in check %s", id).isNotNull();
    return check;
  }

  /** The status the check gives the profile. */
  static Status statusOf(String id, CityProfile profile) {
    return verdictOf(id, profile).status();
  }

  /** The verdict the check gives the profile. */
  static Verdict verdictOf(String id, CityProfile profile) {
    return check(id).evaluate(new Facts(profile));
  }

  /** The evidence the check reads on the profile. */
  static List<Evidence> evidenceOf(String id, CityProfile profile) {
    Facts facts = new Facts(profile);
    check(id).evaluate(facts);
    return facts.evidence();
  }

  /**
   * Asserts the case's status, and that every piece of evidence names a real place in the profile
   * holding the value recorded.
   */
  static void assertDecides(CheckCase c) {
    Facts facts = new Facts(c.profile());
    Verdict verdict = check(c.checkId()).evaluate(facts);
    assertThat(verdict.status())
        .as("%s on a profile where %s", c.checkId(), c.description())
        .isEqualTo(c.expected());
    c.bounds()
        .ifPresent(
            bounds ->
                assertThat(verdict)
                    .as("%s bounds on a profile where %s", c.checkId(), c.description())
                    .isEqualTo(bounds));
    assertThat(facts.evidence()).as("%s reads some evidence", c.checkId()).isNotEmpty();
    for (Evidence e : facts.evidence()) {
      if (e.isImplied()) {
        // An implied value may not be in the profile: it is decided by the fact it follows from.
        assertThat(e.impliedBy().get())
            .as("%s evidence %s is implied by some fact", c.checkId(), e.pointer())
            .isNotEmpty();
        continue;
      }
      assertThat(resolve(c.profile(), e.pointer()))
          .as("%s evidence %s", c.checkId(), e.pointer())
          .isEqualTo(e.value());
    }
  }

  /**
   * The canonical text of the value at a JSON Pointer in a profile, found by accessor names, map
   * keys (enum names) and list indexes; empty when the profile does not state it.
   */
  static Optional<String> resolve(CityProfile profile, String pointer) {
    Object at = profile;
    for (String token : pointer.substring(1).split("/")) {
      at = unwrap(at);
      if (at == null) {
        return Optional.empty();
      }
      if (at instanceof Map<?, ?> map) {
        at =
            map.entrySet().stream()
                .filter(en -> ((Enum<?>) en.getKey()).name().equals(token))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
      } else if (at instanceof List<?> list) {
        at = list.get(Integer.parseInt(token));
      } else {
        at = invoke(at, token);
      }
    }
    Object value = unwrap(at);
    return value == null ? Optional.empty() : Facts.text(value);
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    return value;
  }

  private static Object invoke(Object target, String accessor) {
    try {
      Method m = target.getClass().getMethod(accessor);
      return m.invoke(target);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          "no fact " + accessor + " on " + target.getClass().getSimpleName(), e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Check> declared() {
    Checklist list = new Checklist(CheckTexts.load(Locale.ROOT));
    BuiltInChecks.declare(list);
    Map<String, Check> checks = new LinkedHashMap<>();
    for (Check c : list.checks()) {
      checks.put(c.info().id(), c);
    }
    return checks;
  }
}
