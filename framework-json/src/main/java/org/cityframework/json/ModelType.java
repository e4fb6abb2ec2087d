package org.cityframework.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.InvalidProfileException;

/**
 * What a value type of the city model looks like as a document: its properties, in canonical
 * (alphabetical) order, each with its kind, and how to build a value from them. Found once per type
 * by reflection on the model's accessors, so a fact added to the model is read and written without
 * changing this module.
 */
final class ModelType {
  private static final ClassValue<ModelType> TYPES =
      new ClassValue<>() {
        @Override
        protected ModelType computeValue(Class<?> type) {
          return new ModelType(type);
        }
      };

  /** How a property's value is shaped. */
  enum Shape {
    /** {@code Optional<T>}: may be left out. */
    OPTIONAL,
    /** {@code OptionalInt}: a whole number that may be left out. */
    OPTIONAL_INT,
    /** {@code List<T>}: an array, empty when left out. */
    LIST,
    /** {@code Map<Enum, Boolean>}: a yes/no object keyed by the enum's names. */
    YES_NO_MAP,
    /** A section with a default: may be left out. */
    SECTION,
    /** A required value. */
    REQUIRED
  }

  /** One property of a model type. */
  record Property(String name, Shape shape, Class<?> valueType, Method accessor, Method setter) {

    /** The value of this property on a model value. */
    Object of(Object value) {
      return call(accessor, value);
    }
  }

  private final Class<?> type;
  private final Method builder;
  private final Method build;
  private final Map<String, Property> properties;
  private final Object empty;

  private ModelType(Class<?> type) {
    this.type = type;
    try {
      this.builder = type.getMethod("builder");
      this.build = builder.getReturnType().getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " is not a value type of the city model", e);
    }
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && !m.getName().startsWith("is")) {
        accessors.add(m);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    Map<String, Property> found = new LinkedHashMap<>();
    for (Method m : accessors) {
      Method accessor = publicMethod(type, m.getName());
      Shape shape = shape(m);
      Class<?> valueType = valueType(m.getGenericReturnType(), shape);
      found.put(
          m.getName(),
          new Property(
              m.getName(),
              shape,
              valueType,
              accessor,
              setter(builder.getReturnType(), m.getName(), shape, valueType)));
    }
    this.properties = java.util.Collections.unmodifiableMap(found);
    this.empty = hasRequired(found) ? null : newBuilderBuild();
  }

  static ModelType of(Class<?> type) {
    return TYPES.get(type);
  }

  static boolean isModel(Class<?> type) {
    return type.getPackageName().equals("org.cityframework.core")
        && !type.isEnum()
        && hasBuilder(type);
  }

  Class<?> type() {
    return type;
  }

  /** The properties in canonical order. */
  Map<String, Property> properties() {
    return properties;
  }

  /** Whether the value holds nothing at all: an empty section, left out when writing. */
  boolean isEmpty(Object value) {
    return empty != null && empty.equals(value);
  }

  /** Builds a value from property values; throws the model's exception when it breaks a rule. */
  Object build(Map<String, Object> values) throws InvalidProfileException {
    Object b = call(builder, null);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Property p = properties.get(e.getKey());
      Object value =
          switch (p.shape()) {
            case OPTIONAL -> Optional.of(e.getValue());
            case OPTIONAL_INT -> OptionalInt.of((Integer) e.getValue());
            default -> e.getValue();
          };
      try {
        p.setter().invoke(b, value);
      } catch (IllegalAccessException ex) {
        throw new IllegalStateException(ex);
      } catch (InvocationTargetException ex) {
        throw unwrap(ex);
      }
    }
    try {
      return build.invoke(b);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    } catch (InvocationTargetException ex) {
      throw unwrap(ex);
    }
  }

  private Object newBuilderBuild() {
    return call(build, call(builder, null));
  }

  private static boolean hasRequired(Map<String, Property> properties) {
    return properties.values().stream().anyMatch(p -> p.shape() == Shape.REQUIRED);
  }

  private static Shape shape(Method m) {
    Class<?> raw = m.getReturnType();
    if (raw == Optional.class) {
      return Shape.OPTIONAL;
    }
    if (raw == OptionalInt.class) {
      return Shape.OPTIONAL_INT;
    }
    if (raw == List.class) {
      return Shape.LIST;
    }
    if (raw == Map.class) {
      return Shape.YES_NO_MAP;
    }
    return Modifier.isAbstract(m.getModifiers()) ? Shape.REQUIRED : Shape.SECTION;
  }

  private static Class<?> valueType(Type generic, Shape shape) {
    return switch (shape) {
      case OPTIONAL, LIST, YES_NO_MAP ->
          (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
      case OPTIONAL_INT -> Integer.class;
      case SECTION, REQUIRED -> (Class<?>) generic;
    };
  }

  private static Method setter(Class<?> builder, String name, Shape shape, Class<?> valueType) {
    Class<?> parameter =
        switch (shape) {
          case OPTIONAL -> Optional.class;
          case OPTIONAL_INT -> OptionalInt.class;
          case LIST -> Iterable.class;
          case YES_NO_MAP -> Map.class;
          case SECTION, REQUIRED -> valueType;
        };
    try {
      return builder.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no builder method " + name + "(" + parameter + ")", e);
    }
  }

  private static Method publicMethod(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      type.getMethod("builder");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object call(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    }
  }

  private static RuntimeException unwrap(InvocationTargetException e) {
    return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
  }
}
