package org.cityframework.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.CityProfile;
import org.cityframework.core.InvalidProfileException;

/**
 * Seeded, reproducible random city profiles that respect every invariant of the model, for property
 * tests of the framework and of checks of one's own.
 *
 * <p>Every fact of every section is set or left unknown at random, so that over many profiles each
 * field is seen known, unknown and, for collections, empty. The fields are found by reflection on
 * the model, so a fact added to the model is covered without changing this class. A section that
 * comes out contradictory (say, a published strategy that is not adopted) is drawn again. The same
 * seed gives the same profiles, on any machine.
 *
 * <pre>{@code
 * RandomProfiles.seeded(42).stream().limit(1000).forEach(p -> assess(p));
 * }</pre>
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class RandomProfiles {
  private static final int ATTEMPTS = 200;
  private static final String[] COUNTRIES = {"GB", "FR", "DE", "US", "BR", "JP", "PL", "CH", "KE"};
  private static final String[] CURRENCIES = {"EUR", "GBP", "USD", "JPY"};
  private static final String[] WORDS = {
    "river",
    "data",
    "lab",
    "Zürich",
    "São Paulo",
    "Łódź",
    "\"quoted\"",
    "café",
    "north",
    "plan",
    "<b>bold</b>",
    "50% more",
    "a & b",
    "line\nbreak",
    "東京",
    "pilot"
  };

  private final SplittableRandom random;
  private final double unknownShare;
  private LocalDate assessedOn = LocalDate.of(2026, 1, 1);
  private int drawn;

  private RandomProfiles(long seed, double unknownShare) {
    this.random = new SplittableRandom(seed);
    this.unknownShare = unknownShare;
  }

  /** Profiles drawn from the given seed, with about a third of the facts unknown. */
  public static RandomProfiles seeded(long seed) {
    return new RandomProfiles(seed, 1.0 / 3);
  }

  /**
   * These profiles with the given share of facts left unknown, from 0 (every fact stated) to 1
   * (nothing but the identity).
   */
  public RandomProfiles withUnknownShare(double share) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("the unknown share is from 0 to 1, found " + share);
    }
    return new RandomProfiles(random.nextLong(), share);
  }

  /** The next profile. */
  public CityProfile next() {
    assessedOn = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(6 * 365));
    drawn++;
    return (CityProfile) draw(CityProfile.class);
  }

  /** An endless stream of profiles; limit it. */
  public Stream<CityProfile> stream() {
    return Stream.generate(this::next);
  }

  private Object draw(Class<?> type) {
    InvalidProfileException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return build(type);
      } catch (InvalidProfileException e) {
        last = e;
      }
    }
    throw new IllegalStateException("could not draw a valid " + type.getSimpleName(), last);
  }

  private Object build(Class<?> type) {
    Object builder = invoke(null, method(type, "builder"));
    for (Method accessor : accessors(type)) {
      Object value = value(accessor.getName(), accessor.getGenericReturnType());
      if (value != null) {
        set(builder, accessor.getName(), value);
      }
    }
    return invoke(builder, method(builder.getClass(), "build"));
  }

  /** A value for one attribute, or null to leave it unset (unknown, or its default). */
  private Object value(String name, Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return unknown() ? null : Optional.of(plain(name, (Class<?>) args[0]));
      }
      if (raw == Map.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        if (unknown()) {
          return map;
        }
        for (Object key : ((Class<?>) args[0]).getEnumConstants()) {
          if (!unknown()) {
            map.put(key, random.nextBoolean());
          }
        }
        return map;
      }
      if (raw == List.class) {
        return list(name, (Class<?>) args[0]);
      }
      throw new IllegalStateException("no generator for " + type);
    }
    Class<?> cls = (Class<?>) type;
    if (cls == OptionalInt.class) {
      return unknown() ? null : OptionalInt.of(number(name));
    }
    if (name.equals("assessedOn")) {
      return assessedOn;
    }
    if (name.equals("name")) {
      return "City " + drawn + " " + word();
    }
    return plain(name, cls);
  }

  private List<Object> list(String name, Class<?> element) {
    int size = unknown() ? 0 : 1 + random.nextInt(3);
    List<Object> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Object item = draw(element);
      if (item instanceof BudgetLine line) {
        item = line.withYear(assessedOn.getYear() + 1 - i);
      }
      list.add(item);
    }
    return list;
  }

  private Object plain(String name, Class<?> type) {
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class || type == int.class) {
      return number(name);
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (type == String.class) {
      return text(name);
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(0, 100_000_000), random.nextInt(3));
    }
    if (type == LocalDate.class) {
      return assessedOn.minusDays(random.nextInt(3650));
    }
    return draw(type);
  }

  private int number(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith("percent")) {
      return random.nextInt(101);
    }
    if (n.equals("population")) {
      return random.nextInt(1_000, 10_000_000);
    }
    if (n.equals("surveywave")) {
      return random.nextBoolean() ? 2018 : 2020;
    }
    if (n.endsWith("horizonyears")) {
      return random.nextInt(11);
    }
    if (n.endsWith("year")) {
      return assessedOn.getYear() - 5 + random.nextInt(11);
    }
    return random.nextInt(41);
  }

  private String text(String name) {
    return switch (name) {
      case "country" -> COUNTRIES[random.nextInt(COUNTRIES.length)];
      case "currency" -> CURRENCIES[random.nextInt(CURRENCIES.length)];
      case "url" -> "https://example.org/" + random.nextInt(1000);
      default -> random.nextBoolean() ? word() : word() + " " + word();
    };
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private boolean unknown() {
    return random.nextDouble() < unknownShare;
  }

  /** The public attributes of a model type, by name so that draws do not depend on JVM order. */
  private static List<Method> accessors(Class<?> type) {
    return Arrays.stream(type.getSuperclass().getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.getName().startsWith("is"))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static void set(Object builder, String name, Object value) {
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && accepts(m, value)) {
        invokeWith(builder, m, value);
        return;
      }
    }
    throw new IllegalStateException("no builder method " + name + " for " + value.getClass());
  }

  private static boolean accepts(Method m, Object value) {
    Class<?> p = m.getParameterTypes()[0];
    if (p == int.class) {
      return value instanceof Integer;
    }
    if (p == Iterable.class || p == Map.class || p == Optional.class || p == OptionalInt.class) {
      return p.isInstance(value);
    }
    return p.isInstance(value) && !(value instanceof Optional<?>);
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Object target, Method m) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  private static void invokeWith(Object target, Method m, Object value) {
    try {
      m.invoke(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException r) {
      return r;
    }
    return new IllegalStateException(e.getCause());
  }
}
