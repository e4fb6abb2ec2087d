package org.cityframework.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
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
 * changing this module. The builder's methods are looked up once and bound into small classes of
 * their own ({@link LambdaMetafactory}), so reading a document makes no reflective calls and no
 * method-handle calls, only ordinary interface calls.
 */
final class ModelType {
  /** The builder's methods for optional facts of these types take the primitive. */
  private static final Map<Class<?>, Class<?>> PRIMITIVES =
      Map.of(Boolean.class, boolean.class, Integer.class, int.class);

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

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /**
   * Sets one property on a builder; made by {@link LambdaMetafactory} from the builder's method.
   */
  @FunctionalInterface
  interface Setter {
    /** Sets {@code value} on {@code builder}; returns the builder. */
    Object set(Object builder, Object value);
  }

  /**
   * Puts one entry of a yes/no map on a builder; made by {@link LambdaMetafactory} from the
   * builder's {@code putX(K, boolean)}.
   */
  @FunctionalInterface
  interface Putter {
    /** Puts {@code key} with {@code value} on {@code builder}; returns the builder. */
    Object put(Object builder, Object key, boolean value);
  }

  /** Makes a new, empty builder of a type. */
  @FunctionalInterface
  interface BuilderFactory {
    Object newBuilder();
  }

  /** Builds a value from its builder. */
  @FunctionalInterface
  interface Build {
    Object build(Object builder);
  }

  /**
   * One property of a model type.
   *
   * @param setter the builder's method that takes the plain value (never wrapped in an {@code
   *     Optional})
   * @param index the property's place in canonical order, from 0
   * @param putter for a yes/no map, the builder's method that puts one entry; null otherwise
   */
  record Property(
      String name,
      Shape shape,
      Class<?> valueType,
      Method accessor,
      Setter setter,
      int index,
      Putter putter) {

    /** The value of this property on a model value. */
    Object of(Object value) {
      return call(accessor, value);
    }

    /**
     * Sets this property on a builder of its type: a plain value for an optional property, a list
     * for a list, a map keyed by the enum for a yes/no map.
     */
    void set(Object builder, Object value) {
      Object unused = setter.set(builder, value);
    }

    /**
     * Puts one entry of this yes/no map on a builder of its type, as {@link #set} of a map holding
     * it would; a reader puts each key at most once.
     */
    void put(Object builder, Object key, boolean value) {
      Object unused = putter.put(builder, key, value);
    }
  }

  private final Class<?> type;
  private final Method builder;
  private final Method build;
  private final BuilderFactory newBuilder;
  private final Build buildValue;
  private final Map<String, Property> properties;
  private final List<Property> required;
  private final long requiredMask;
  private final Object empty;

  private ModelType(Class<?> type) {
    this.type = type;
    try {
      this.builder = type.getMethod("builder");
      this.build = builder.getReturnType().getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " is not a value type of the city model", e);
    }
    this.newBuilder =
        bind(BuilderFactory.class, "newBuilder", MethodType.genericMethodType(0), builder);
    this.buildValue = bind(Build.class, "build", MethodType.genericMethodType(1), build);
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
              bind(
                  Setter.class,
                  "set",
                  MethodType.genericMethodType(2),
                  setter(builder.getReturnType(), m.getName(), shape, valueType)),
              found.size(),
              shape == Shape.YES_NO_MAP ? putter(builder.getReturnType(), valueType) : null));
    }
    this.properties = java.util.Collections.unmodifiableMap(found);
    this.required = found.values().stream().filter(p -> p.shape() == Shape.REQUIRED).toList();
    long mask = 0;
    for (Property p : required) {
      if (p.index() < Long.SIZE) {
        mask |= 1L << p.index();
      }
    }
    this.requiredMask = mask;
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

  /** The required properties, in canonical order. */
  List<Property> required() {
    return required;
  }

  /**
   * The required properties as bits, bit i for the property of index i, of the first 64 (a reader
   * that counts on it reads no type with more).
   */
  long requiredMask() {
    return requiredMask;
  }

  /** Whether the value holds nothing at all: an empty section, left out when writing. */
  boolean isEmpty(Object value) {
    return empty != null && empty.equals(value);
  }

  /** A new, empty builder of this type, to be given values with {@link Property#set}. */
  Object newBuilder() {
    return newBuilder.newBuilder();
  }

  /** Builds a value from its builder; throws the model's exception when it breaks a rule. */
  Object build(Object builder) throws InvalidProfileException {
    return buildValue.build(builder);
  }

  private Object newBuilderBuild() {
    return build(newBuilder());
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

  /**
   * The builder's method that sets a property from its plain value: {@code name(T)} (or {@code
   * name(boolean)}, {@code name(int)}) for an optional property, which the builder stores as it
   * would the {@code Optional}, without wrapping it first; {@code addAllName} and {@code
   * putAllName} for a list and a yes/no map, which on a new builder do what {@code name(...)} does
   * without first replacing the builder's empty collection. A reader sets each property of a
   * builder at most once.
   */
  private static Method setter(Class<?> builder, String name, Shape shape, Class<?> valueType) {
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    try {
      return switch (shape) {
        case LIST -> builder.getMethod("addAll" + capitalised, Iterable.class);
        case YES_NO_MAP -> builder.getMethod("putAll" + capitalised, Map.class);
        default -> plainSetter(builder, name, shape, valueType);
      };
    } catch (NoSuchMethodException e) {
      return plainSetter(builder, name, shape, valueType);
    }
  }

  /** The builder's one {@code putX(K, boolean)} for the yes/no map keyed by {@code keyType}. */
  private static Putter putter(Class<?> builder, Class<?> keyType) {
    List<Method> puts = new ArrayList<>();
    for (Method m : builder.getMethods()) {
      if (m.getName().startsWith("put")
          && !m.getName().startsWith("putAll")
          && Arrays.equals(m.getParameterTypes(), new Class<?>[] {keyType, boolean.class})) {
        puts.add(m);
      }
    }
    if (puts.size() != 1) {
      throw new IllegalStateException(
          builder + " has " + puts.size() + " methods put(" + keyType + ", boolean), not one");
    }
    return bind(
        Putter.class,
        "put",
        MethodType.methodType(Object.class, Object.class, Object.class, boolean.class),
        puts.get(0));
  }

  private static Method plainSetter(
      Class<?> builder, String name, Shape shape, Class<?> valueType) {
    Class<?> parameter =
        switch (shape) {
          case OPTIONAL -> PRIMITIVES.getOrDefault(valueType, valueType);
          case OPTIONAL_INT -> int.class;
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

  /**
   * The public method {@code m} as an implementation of the one method {@code name} of the
   * functional interface {@code type}, whose erased type is {@code erased}: a static method, or an
   * instance method whose receiver comes first. Primitive parameters are unboxed from their
   * wrappers.
   */
  private static <T> T bind(Class<T> type, String name, MethodType erased, Method m) {
    try {
      MethodHandle target = LOOKUP.unreflect(m);
      // Wrapped, but for primitives the interface itself takes (a Putter's boolean).
      MethodType instantiated = target.type().wrap();
      for (int i = 0; i < erased.parameterCount(); i++) {
        if (erased.parameterType(i).isPrimitive()) {
          instantiated = instantiated.changeParameterType(i, erased.parameterType(i));
        }
      }
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP, name, MethodType.methodType(type), erased, target, instantiated);
      return type.cast(site.getTarget().invoke());
    } catch (Throwable e) {
      throw new IllegalStateException("cannot bind " + m + " as " + type.getSimpleName(), e);
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
