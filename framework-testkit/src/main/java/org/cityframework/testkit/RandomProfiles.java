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
import java.util.Locale;
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
 * breaks an invariant of its own (a percentage over 100, say) is drawn again; a profile whose facts
 * contradict one of the model's implications (say, a published strategy that is not adopted) has
 * each contradicting fact forgotten, so it is left to the implication. The same seed gives the same
 * profiles, on any machine.
 *
 * <pre>{@code
 * RandomProfiles.seeded(42).stream().limit(1000).forEach(p -> assess(p));
 * }</pre>
 *
 * <p>Not thread-safe: use one instance per thread. What reflection finds out about a model type is
 * found once and shared by every instance.
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
    Plan plan = PLANS.get(type);
    InvalidProfileException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return build(plan);
      } catch (InvalidProfileException e) {
        last = e;
      }
    }
    throw new IllegalStateException("could not draw a valid " + type.getSimpleName(), last);
  }

  private Object build(Plan plan) {
    List<Object> values = new ArrayList<>(plan.attributes().size());
    for (Attribute attribute : plan.attributes()) {
      values.add(value(attribute));
    }
    for (int repair = 0; ; repair++) {
      Object builder = invoke(null, plan.builder());
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          plan.attributes().get(i).set(builder, values.get(i));
        }
      }
      try {
        return invoke(builder, plan.build());
      } catch (InvalidProfileException e) {
        if (repair >= ATTEMPTS || !forgetContradictions(plan, values, e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Forgets, in the drawn values of a profile's sections, the fact the first problem of the profile
   * points to (a contradiction of an implication, found only when the whole profile is built; the
   * next build finds the next one); false when it points into no section, so forgetting cannot
   * help.
   */
  private static boolean forgetContradictions(
      Plan plan, List<Object> values, InvalidProfileException e) {
    List<String> tokens = List.of(e.problems().get(0).pointer().substring(1).split("/"));
    for (int i = 0; i < values.size(); i++) {
      Object section = values.get(i);
      if (tokens.size() > 1
          && plan.attributes().get(i).name().equals(tokens.get(0))
          && isModel(section)) {
        values.set(i, forget(section, tokens.subList(1, tokens.size())));
        return true;
      }
    }
    return false;
  }

  /**
   * A copy of a model value with the fact at the path forgotten: an optional left empty, a map
   * entry or list element removed, a whole collection emptied.
   */
  private static Object forget(Object value, List<String> path) {
    String name = path.get(0);
    Object fact = invoke(value, method(value.getClass(), name));
    if (path.size() == 1) {
      if (fact instanceof Optional<?>) {
        return with(value, name, Optional.empty());
      }
      if (fact instanceof OptionalInt) {
        return with(value, name, OptionalInt.empty());
      }
      if (fact instanceof Map<?, ?>) {
        return with(value, name, Map.of());
      }
      if (fact instanceof List<?>) {
        return with(value, name, List.of());
      }
      throw new IllegalStateException("cannot forget the required " + name);
    }
    if (fact instanceof Map<?, ?> map) {
      Map<Object, Object> fewer = new LinkedHashMap<>();
      map.forEach((k, v) -> fewer.put(k, v));
      fewer.keySet().removeIf(k -> ((Enum<?>) k).name().equals(path.get(1)));
      return with(value, name, fewer);
    }
    if (fact instanceof List<?> list) {
      List<Object> fewer = new ArrayList<>(list);
      fewer.remove(Integer.parseInt(path.get(1)));
      return with(value, name, fewer);
    }
    return with(value, name, forget(fact, path.subList(1, path.size())));
  }

  /** A copy of a model value with one attribute replaced, through its {@code with*} method. */
  private static Object with(Object target, String name, Object value) {
    String wither = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(wither) && m.getParameterCount() == 1) {
        Class<?> p = m.getParameterTypes()[0];
        boolean fits =
            p.isInstance(value)
                && !(p == Object.class)
                && (!(value instanceof Optional<?>) || p == Optional.class);
        if (fits) {
          try {
            return callable(m).invoke(target, value);
          } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
          } catch (InvocationTargetException ex) {
            throw rethrow(ex);
          }
        }
      }
    }
    throw new IllegalStateException("no " + wither + " for " + value.getClass());
  }

  private static boolean isModel(Object value) {
    return value != null && value.getClass().getPackageName().equals("org.cityframework.core");
  }

  /** A value for one attribute, or null to leave it unset (unknown, or its default). */
  private Object value(Attribute a) {
    return switch (a.kind()) {
      case OPTIONAL -> unknown() ? null : Optional.of(plain(a, a.type()));
      case MAP -> map(a.constants());
      case LIST -> list(a.type());
      case OPTIONAL_INT -> unknown() ? null : OptionalInt.of(number(a.number()));
      case ASSESSED_ON -> assessedOn;
      case NAME -> "City " + drawn + " " + word();
      case PLAIN -> plain(a, a.type());
    };
  }

  private Map<Object, Object> map(Object[] keys) {
    Map<Object, Object> map = new LinkedHashMap<>();
    if (unknown()) {
      return map;
    }
    for (Object key : keys) {
      if (!unknown()) {
        map.put(key, random.nextBoolean());
      }
    }
    return map;
  }

  private List<Object> list(Class<?> element) {
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

  /**
   * A value of a type that is neither optional nor a collection: an attribute's or an element's.
   */
  private Object plain(Attribute a, Class<?> type) {
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class || type == int.class) {
      return number(a.number());
    }
    if (type.isEnum()) {
      Object[] constants = a.constants();
      return constants[random.nextInt(constants.length)];
    }
    if (type == String.class) {
      return text(a.name());
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(0, 100_000_000), random.nextInt(3));
    }
    if (type == LocalDate.class) {
      return assessedOn.minusDays(random.nextInt(3650));
    }
    return draw(type);
  }

  private int number(NumberRule rule) {
    return switch (rule) {
      case PERCENT -> random.nextInt(101);
      case POPULATION -> random.nextInt(1_000, 10_000_000);
      case SURVEY_WAVE -> random.nextBoolean() ? 2018 : 2020;
      case HORIZON -> random.nextInt(11);
      case YEAR -> assessedOn.getYear() - 5 + random.nextInt(11);
      case COUNT -> random.nextInt(41);
    };
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

  /** How numbers are drawn for an attribute, told by its name. */
  private enum NumberRule {
    PERCENT,
    POPULATION,
    SURVEY_WAVE,
    HORIZON,
    YEAR,
    COUNT;

    static NumberRule of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith("percent")) {
        return PERCENT;
      }
      if (n.equals("population")) {
        return POPULATION;
      }
      if (n.equals("surveywave")) {
        return SURVEY_WAVE;
      }
      if (n.endsWith("horizonyears")) {
        return HORIZON;
      }
      if (n.endsWith("year")) {
        return YEAR;
      }
      return COUNT;
    }
  }

  /** The shapes of attribute, each drawn its own way. */
  private enum Kind {
    OPTIONAL,
    MAP,
    LIST,
    OPTIONAL_INT,
    ASSESSED_ON,
    NAME,
    PLAIN
  }

  /**
   * How to build a model type: its factory of builders, the builder's {@code build} method and its
   * attributes in name order. Found by reflection once per type and shared by every instance, on
   * any thread.
   */
  private record Plan(Method builder, Method build, List<Attribute> attributes) {
    static Plan of(Class<?> type) {
      Method builder = method(type, "builder");
      Class<?> builderType = invoke(null, builder).getClass();
      List<Attribute> attributes =
          accessors(type).stream()
              .map(m -> Attribute.of(m.getName(), m.getGenericReturnType(), builderType))
              .toList();
      return new Plan(builder, method(builderType, "build"), attributes);
    }
  }

  /** The plans of the model types, made when first drawn. */
  private static final ClassValue<Plan> PLANS =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return Plan.of(type);
        }
      };

  /**
   * One attribute of a model type and how to set it on the type's builder.
   *
   * @param name its name
   * @param kind its shape
   * @param type the type of its value; of the elements for optionals and lists, of the keys for
   *     maps
   * @param constants the constants of {@code type} when it is an enum, else empty
   * @param number how numbers are drawn for it
   * @param setter where the builder's method for it is kept once found
   */
  private record Attribute(
      String name, Kind kind, Class<?> type, Object[] constants, NumberRule number, Setter setter) {

    static Attribute of(String name, Type type, Class<?> builderType) {
      Kind kind;
      Class<?> value;
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        value = (Class<?>) p.getActualTypeArguments()[0];
        if (raw == Optional.class) {
          kind = Kind.OPTIONAL;
        } else if (raw == Map.class) {
          kind = Kind.MAP;
        } else if (raw == List.class) {
          kind = Kind.LIST;
        } else {
          throw new IllegalStateException("no generator for " + type);
        }
      } else {
        value = (Class<?>) type;
        if (value == OptionalInt.class) {
          kind = Kind.OPTIONAL_INT;
        } else if (name.equals("assessedOn")) {
          kind = Kind.ASSESSED_ON;
        } else if (name.equals("name")) {
          kind = Kind.NAME;
        } else {
          kind = Kind.PLAIN;
        }
      }
      Object[] constants = value.isEnum() ? value.getEnumConstants() : new Object[0];
      return new Attribute(
          name, kind, value, constants, NumberRule.of(name), new Setter(builderType, name));
    }

    void set(Object builder, Object value) {
      setter.set(builder, value);
    }
  }

  /**
   * The builder's method that sets one attribute to a value of a given class: the first public
   * method of that name, with one parameter, that accepts the value. Found once per class of value
   * (one class for nearly every attribute).
   */
  private static final class Setter {
    private final Class<?> builderType;
    private final String name;
    private volatile Found last;

    /** The method found for a class of value. */
    private record Found(Class<?> valueType, Method method) {}

    Setter(Class<?> builderType, String name) {
      this.builderType = builderType;
      this.name = name;
    }

    void set(Object builder, Object value) {
      Found found = last;
      if (found == null || found.valueType() != value.getClass()) {
        found = new Found(value.getClass(), find(value));
        last = found;
      }
      invokeWith(builder, found.method(), value);
    }

    private Method find(Object value) {
      for (Method m : builderType.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 1 && accepts(m, value)) {
          return callable(m);
        }
      }
      throw new IllegalStateException("no builder method " + name + " for " + value.getClass());
    }
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
      return callable(type.getMethod(name));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The method, with the access check of each call turned off where the JVM allows it: the method
   * is public, but its class may not be, which makes every reflective call check access again.
   */
  private static Method callable(Method m) {
    m.trySetAccessible();
    return m;
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
