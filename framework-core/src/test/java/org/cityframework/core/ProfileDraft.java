package org.cityframework.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A city profile set fact by fact, by JSON Pointer, through reflection on the generated Immutables
 * types ({@code withX} copies of the sections, the profile's builder). The sections are built one
 * by one, which checks only their own invariants; the whole profile, and so every implication, is
 * checked by {@link #build()}.
 *
 * <p>A fact is given either as the value its accessor returns ({@code Optional}, {@code
 * OptionalInt}, a {@code Map} or a {@code List}) with {@link #set}, or as the text the profile
 * document writes ({@code false}, {@code NONE}, {@code 0}) with {@link #setText}.
 */
final class ProfileDraft {
  static final LocalDate ASSESSED_ON = CityProfileTest.ASSESSED_ON;

  /** A date of a fact, not after the assessment date. */
  static final LocalDate BEFORE_ASSESSMENT = LocalDate.of(2020, 1, 1);

  private static final CityProfile EMPTY = CityProfileTest.city().build();

  private final Map<String, Object> sections = new LinkedHashMap<>();

  /** Sets the fact at {@code pointer} to {@code value}, typed as its accessor returns it. */
  ProfileDraft set(String pointer, Object value) {
    String[] path = path(pointer);
    String section = path[0];
    Object current = sections.containsKey(section) ? sections.get(section) : get(EMPTY, section);
    sections.put(section, with(current, path, 1, value));
    return this;
  }

  /** Sets the fact at {@code pointer} to the value the profile document writes as {@code text}. */
  ProfileDraft setText(String pointer, String text) {
    return set(pointer, parse(typeAt(pointer), text));
  }

  /** Builds the profile, which checks it whole. */
  CityProfile build() {
    CityProfile.Builder builder = CityProfileTest.city();
    sections.forEach((name, section) -> invoke(builder, name, section));
    return builder.build();
  }

  /** The declared type of the fact at {@code pointer}, for example {@code Optional<Boolean>}. */
  static Type typeAt(String pointer) {
    Type type = CityProfile.class;
    for (String name : path(pointer)) {
      if (Map.class.isAssignableFrom(raw(type))) {
        return YES_NO_ENTRY; // an entry of a yes/no map: a yes/no fact of its own
      }
      type = accessor(raw(type), name).getGenericReturnType();
    }
    return type;
  }

  /** The type of one entry of a yes/no map: {@code Optional<Boolean>}. */
  private static final ParameterizedType YES_NO_ENTRY =
      new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
          return new Type[] {Boolean.class};
        }

        @Override
        public Type getRawType() {
          return Optional.class;
        }

        @Override
        public Type getOwnerType() {
          return null;
        }
      };

  /** The class of a type, without its type arguments. */
  static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** The {@code i}th type argument of a type, such as the key of a {@code Map<K, V>}. */
  static Class<?> argument(Type type, int i) {
    Type argument = ((ParameterizedType) type).getActualTypeArguments()[i];
    return raw(argument);
  }

  /** The value that the text stands for, typed as an accessor of {@code type} returns it. */
  static Object parse(Type type, String text) {
    Class<?> raw = raw(type);
    if (raw == OptionalInt.class) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    if (raw == Optional.class) {
      return Optional.of(plain(argument(type, 0), text));
    }
    throw new AssertionError("no text form for a fact of type " + type);
  }

  /** A value of an enum, a yes/no or a date, from its text. */
  static Object plain(Class<?> type, String text) {
    if (type == Boolean.class) {
      if (!text.equals("true") && !text.equals("false")) {
        throw new AssertionError("not a yes/no: " + text);
      }
      return Boolean.valueOf(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " written " + text);
  }

  /** One valid element of a list of the model, for a list that should be empty. */
  static Object oneElement(Class<?> type) {
    if (type == Goal.class) {
      return Goal.builder().description("A goal").build();
    }
    if (type == Barrier.class) {
      return Barrier.builder().kind(BarrierKind.values()[0]).build();
    }
    if (type == BudgetLine.class) {
      return BudgetLine.builder().year(2026).amount(new BigDecimal("100")).currency("EUR").build();
    }
    throw new AssertionError("no element of " + type);
  }

  private static String[] path(String pointer) {
    if (!pointer.startsWith("/")) {
      throw new AssertionError("not a JSON Pointer: " + pointer);
    }
    return pointer.substring(1).split("/");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object with(Object target, String[] path, int i, Object value) {
    String name = path[i];
    if (i == path.length - 1) {
      return invoke(target, withName(name), value);
    }
    if (i == path.length - 2 && get(target, name) instanceof Map<?, ?> map) {
      // An entry of a yes/no map: the map with that entry put.
      Class<?> keyType = argument(accessor(target.getClass(), name).getGenericReturnType(), 0);
      Map copy = new LinkedHashMap<>(map);
      copy.put(plain(keyType, path[i + 1]), ((Optional<?>) value).orElseThrow());
      return invoke(target, withName(name), copy);
    }
    return invoke(target, withName(name), with(get(target, name), path, i + 1, value));
  }

  private static String withName(String attribute) {
    return "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("no fact " + name + " in " + type.getSimpleName(), e);
    }
  }

  private static Object get(Object target, String name) {
    try {
      return accessor(target.getClass(), name).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the one-argument method {@code name} that takes {@code value}. */
  private static Object invoke(Object target, String name, Object value) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isInstance(value)) {
        try {
          return m.invoke(target, value);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(
        "no " + name + " taking " + value.getClass() + " in " + target.getClass().getSimpleName());
  }
}
