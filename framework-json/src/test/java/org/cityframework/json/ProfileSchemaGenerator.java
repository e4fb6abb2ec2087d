package org.cityframework.json;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.cityframework.core.CityProfile;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the city profile's JSON Schema (draft 2020-12) from the core model with victools.
 *
 * <p>The properties are the model's attributes: the accessors its {@code AbstractX} classes
 * declare, described by their Javadoc. {@code Optional<T>} is {@code T}, a yes/no map is an object
 * with one boolean property per enum constant, a section with a default is optional; the ranges the
 * model enforces are in {@link #CONSTRAINTS}. Every object forbids other properties and no value
 * may be {@code null}.
 */
final class ProfileSchemaGenerator {
  static final String ID = "https://cityframework.org/schema/city-profile/1.0";

  /** The versions this library reads: 1.x, as {@code ProfileReader} parses them. */
  static final String VERSION_PATTERN = "^1\\.[0-9]{1,9}$";

  /** Documents and lists are bounded (docs/json.md, "Limits on hostile input"). */
  static final int MAX_ITEMS = 1000;

  private static final String CORE = "org.cityframework.core";

  /**
   * The ranges and formats the model enforces, by {@code Type.property}. A test checks that every
   * key names a property and that every integer property has a range.
   */
  static final Map<String, Constraint> CONSTRAINTS =
      Map.ofEntries(
          Map.entry("CityProfile.name", Constraint.notEmpty()),
          Map.entry("CityProfile.country", Constraint.pattern("^[A-Z]{2}$")),
          Map.entry("CityProfile.population", Constraint.range(1, Integer.MAX_VALUE)),
          Map.entry("CityProfile.surveyWave", Constraint.range(2000, 2100)),
          Map.entry("Source.title", Constraint.notEmpty()),
          Map.entry("Goal.description", Constraint.notEmpty()),
          Map.entry("Goal.indicator", Constraint.notEmpty()),
          Map.entry("Goal.targetYear", Constraint.range(1900, 2200)),
          Map.entry("InnovationStaff.teamSize", Constraint.range(0, Integer.MAX_VALUE)),
          Map.entry(
              "InnovationStaff.humanCentredDesignStaff", Constraint.range(0, Integer.MAX_VALUE)),
          Map.entry("Funding.commitmentHorizonYears", Constraint.range(0, 50)),
          Map.entry("BudgetLine.year", Constraint.range(1900, 2200)),
          Map.entry("BudgetLine.amount", Constraint.minimum(0)),
          Map.entry("BudgetLine.currency", Constraint.pattern("^[A-Z]{3}$")),
          Map.entry("Evaluation.projectsMonitoredFromInceptionPercent", Constraint.range(0, 100)),
          Map.entry("Culture.staffInterestedInCoCreationPercent", Constraint.range(0, 100)),
          Map.entry("InnovationStaff.teamResourcesCommittedYears", Constraint.range(0, 50)),
          Map.entry("DataUse.dataScientistsOnStaff", Constraint.range(0, Integer.MAX_VALUE)),
          Map.entry("DataStrategy.machineReadableDataSetsPercent", Constraint.range(0, 100)),
          Map.entry("Operations.onceOnlyServicesPercent", Constraint.range(0, 100)));

  private ProfileSchemaGenerator() {}

  /** The schema, canonical: the same model always gives the same tree. */
  static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(
            SchemaVersion.DRAFT_2020_12,
            new OptionPreset(
                Option.SCHEMA_VERSION_INDICATOR,
                Option.ALLOF_CLEANUP_AT_THE_END,
                Option.GETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.PLAIN_DEFINITION_KEYS));
    config.forTypesInGeneral().withCustomDefinitionProvider(new ValueTypes());
    config.forTypesInGeneral().withDescriptionResolver(ProfileSchemaGenerator::describeType);
    config
        .forTypesInGeneral()
        .withPropertySorter(Comparator.comparing(m -> m.getSchemaPropertyName()));
    config.forFields().withIgnoreCheck(f -> true);
    config
        .forMethods()
        .withIgnoreCheck(m -> accessor(m) == null)
        .withPropertyNameOverrideResolver(m -> m.getRawMember().getName())
        .withTargetTypeOverridesResolver(ProfileSchemaGenerator::unwrapOptional)
        .withRequiredCheck(ProfileSchemaGenerator::required)
        .withNullableCheck(m -> false)
        .withDescriptionResolver(
            m ->
                m.isFakeContainerItemScope()
                    ? null
                    : ModelJavadoc.ofMethod(
                        accessor(m).getDeclaringClass(), m.getRawMember().getName()))
        .withArrayMaxItemsResolver(
            m -> m.isContainerType() && !m.isFakeContainerItemScope() ? MAX_ITEMS : null)
        .withStringMinLengthResolver(m -> constraint(m, Constraint::minLength))
        .withStringPatternResolver(m -> constraint(m, Constraint::pattern))
        .withNumberInclusiveMinimumResolver(m -> constraint(m, Constraint::minimum))
        .withNumberInclusiveMaximumResolver(m -> constraint(m, Constraint::maximum));
    ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(CityProfile.class);
    return withSchemaVersion(generated);
  }

  /**
   * The model's declaration of the property a method of a generated type stands for, or null when
   * the method is not one of the model's attributes (Immutables' {@code with*}, {@code toString},
   * ...).
   */
  static Method accessor(MethodScope m) {
    if (m.isFakeContainerItemScope() || m.isStatic() || m.getArgumentCount() != 0) {
      return null;
    }
    Class<?> declaring = m.getRawMember().getDeclaringClass();
    Class<?> model = modelClassOf(declaring);
    if (model == null) {
      return null;
    }
    try {
      Method declared = model.getDeclaredMethod(m.getRawMember().getName());
      return Modifier.isPublic(declared.getModifiers())
              && !Modifier.isStatic(declared.getModifiers())
              && declared.getReturnType() != void.class
          ? declared
          : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The {@code AbstractX} class that declares the attributes of {@code type}, or null. */
  static Class<?> modelClassOf(Class<?> type) {
    if (!type.getPackageName().equals(CORE)) {
      return null;
    }
    if (type.getSimpleName().startsWith("Abstract")) {
      return type;
    }
    Class<?> parent = type.getSuperclass();
    return parent != null && parent.getSimpleName().equals("Abstract" + type.getSimpleName())
        ? parent
        : null;
  }

  /**
   * {@code Optional<T>} is {@code T} that may be left out. (victools' FLATTENED_OPTIONALS would
   * also allow {@code null}, which documents must not use.)
   */
  private static List<ResolvedType> unwrapOptional(MethodScope m) {
    return m.getType().getErasedType() == Optional.class
        ? List.of(m.getTypeParameterFor(Optional.class, 0))
        : null;
  }

  /** Abstract, neither optional nor a collection, no default: the document must state it. */
  private static boolean required(MethodScope m) {
    Method declared = accessor(m);
    if (declared == null || !Modifier.isAbstract(declared.getModifiers())) {
      return false;
    }
    Class<?> type = declared.getReturnType();
    return type != Optional.class
        && type != OptionalInt.class
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type);
  }

  private static <T> T constraint(MethodScope m, Function<Constraint, T> part) {
    Method declared = accessor(m);
    Constraint c = declared == null ? null : CONSTRAINTS.get(propertyKey(declared));
    return c == null ? null : part.apply(c);
  }

  /** {@code Type.property} of an accessor, with the type's public name. */
  static String propertyKey(Method accessor) {
    String type = accessor.getDeclaringClass().getSimpleName().substring("Abstract".length());
    return type + "." + accessor.getName();
  }

  private static String describeType(TypeScope scope) {
    Class<?> type = scope.getType().getErasedType();
    Class<?> model = modelClassOf(type);
    return model != null ? ModelJavadoc.ofType(model) : Schemas.describeEnum(type);
  }

  /** Adds the required {@code schemaVersion}, which is the document's, not the model's. */
  private static ObjectNode withSchemaVersion(ObjectNode generated) {
    ((ObjectNode) generated.get("properties"))
        .putObject("schemaVersion")
        .put("description", "The version of the document format: 1.x (this schema: 1.0).")
        .put("type", "string")
        .put("pattern", VERSION_PATTERN);
    ((ArrayNode) generated.get("required")).add("schemaVersion");
    return Schemas.withHeader(generated, ID, "City profile");
  }

  /** Schemas for the value types victools does not know as the model means them. */
  private static final class ValueTypes implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType type, SchemaGenerationContext context) {
      Class<?> raw = type.getErasedType();
      JsonNodeFactory f = JsonNodeFactory.instance;
      if (raw == OptionalInt.class) {
        return inline(f.objectNode().put("type", "integer"));
      }
      if (raw == LocalDate.class) {
        return inline(f.objectNode().put("type", "string").put("format", "date"));
      }
      if (raw == BigDecimal.class) {
        return inline(f.objectNode().put("type", "number"));
      }
      if (raw.isEnum() && raw.getPackageName().equals(CORE)) {
        ObjectNode node = f.objectNode().put("type", "string");
        ArrayNode values = node.putArray("enum");
        for (Object constant : raw.getEnumConstants()) {
          values.add(((Enum<?>) constant).name());
        }
        return new CustomDefinition(
            node,
            CustomDefinition.DefinitionType.ALWAYS_REF,
            CustomDefinition.AttributeInclusion.YES);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return inline(yesNoMap(type.typeParametersFor(Map.class)));
      }
      return null;
    }

    private static CustomDefinition inline(ObjectNode node) {
      return new CustomDefinition(
          node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }

    /** {@code Map<E, Boolean>}: one optional boolean per constant of {@code E}, described. */
    private static ObjectNode yesNoMap(List<ResolvedType> parameters) {
      Class<?> key = parameters.get(0).getErasedType();
      if (!key.isEnum() || parameters.get(1).getErasedType() != Boolean.class) {
        throw new IllegalStateException("only Map<Enum, Boolean> is a yes/no map: " + parameters);
      }
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "object");
      ObjectNode properties = node.putObject("properties");
      for (Object constant : key.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        properties
            .putObject(e.name())
            .put("description", ModelJavadoc.ofConstant(e))
            .put("type", "boolean");
      }
      node.put("additionalProperties", false);
      return node;
    }
  }
}
