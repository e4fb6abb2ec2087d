package org.cityframework.json;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas of the documents this module writes, the assessment report and the
 * check catalogue, from their records with victools and its Jackson module.
 *
 * <p>A record component is a property described by its {@code @param}; {@code Optional<T>} is
 * {@code T} that may be left out (written documents leave out what is empty), every other component
 * is always written and so required. A map keyed by an enum is an object with one property per
 * constant. Every object forbids other properties and no value may be {@code null}.
 */
final class DocumentSchemaGenerator {
  static final String ASSESSMENT_ID = "https://cityframework.org/schema/assessment/1.0";
  static final String CATALOGUE_ID = "https://cityframework.org/schema/catalogue/1.0";

  /** A check's id, built-in ({@code R3.1}) or a city's own (see {@code CheckInfo}). */
  static final String CHECK_ID = "^[A-Za-z][A-Za-z0-9._-]{0,63}$";

  /** The keys of the scores per recommendation: {@code R1} to {@code R10}. */
  static final String RECOMMENDATION_KEY = "^R([1-9]|10)$";

  /** What the rules and the writer guarantee, by {@code Record.component}. */
  static final Map<String, Constraint> CONSTRAINTS =
      Map.ofEntries(
          Map.entry(
              "AssessmentDocument.schemaVersion",
              Constraint.pattern(ProfileSchemaGenerator.VERSION_PATTERN)),
          Map.entry(
              "CatalogueDocument.schemaVersion",
              Constraint.pattern(ProfileSchemaGenerator.VERSION_PATTERN)),
          Map.entry("City.country", Constraint.pattern("^[A-Z]{2}$")),
          Map.entry("City.assessedOn", Constraint.format("date")),
          Map.entry("FindingEntry.rank", Constraint.minimum(1)),
          Map.entry("FindingEntry.checkId", Constraint.pattern(CHECK_ID)),
          Map.entry("FindingEntry.recommendation", Constraint.range(1, 10)),
          Map.entry("FindingEntry.weight", Constraint.range(1, 10)),
          Map.entry("FindingEntry.seedLines", Constraint.minimum(1).items()),
          Map.entry("FindingEntry.related", Constraint.pattern(CHECK_ID).items()),
          Map.entry("FindingEntry.prerequisites", Constraint.pattern(CHECK_ID).items()),
          Map.entry("EvidenceEntry.pointer", Constraint.format("json-pointer")),
          Map.entry("WaiverEntry.expiresOn", Constraint.format("date")),
          Map.entry("ScoreEntry.score", Constraint.range(0, 100)),
          Map.entry("ScoreEntry.coverage", Constraint.range(0, 100)),
          Map.entry("CheckEntry.id", Constraint.pattern(CHECK_ID)),
          Map.entry("CheckEntry.recommendation", Constraint.range(1, 10)),
          Map.entry("CheckEntry.weight", Constraint.range(1, 10)),
          Map.entry("CheckEntry.seedLines", Constraint.minimum(1).items()),
          Map.entry("CheckEntry.related", Constraint.pattern(CHECK_ID).items()),
          Map.entry("CheckEntry.prerequisites", Constraint.pattern(CHECK_ID).items()));

  private DocumentSchemaGenerator() {}

  /** The schema of the assessment report. */
  static ObjectNode assessment() {
    return generate(AssessmentDocument.class, ASSESSMENT_ID, "Assessment report");
  }

  /** The schema of the check catalogue. */
  static ObjectNode catalogue() {
    return generate(CatalogueDocument.class, CATALOGUE_ID, "Check catalogue");
  }

  private static ObjectNode generate(Class<?> document, String id, String title) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(
                SchemaVersion.DRAFT_2020_12,
                new OptionPreset(
                    Option.SCHEMA_VERSION_INDICATOR,
                    Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                    Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
                    Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                    Option.DEFINITIONS_FOR_ALL_OBJECTS,
                    Option.PLAIN_DEFINITION_KEYS,
                    Option.ALLOF_CLEANUP_AT_THE_END))
            .with(new JacksonSchemaModule());
    config.forTypesInGeneral().withCustomDefinitionProvider(new ValueTypes());
    config.forTypesInGeneral().withDescriptionResolver(DocumentSchemaGenerator::describeType);
    config
        .forTypesInGeneral()
        .withPropertySorter(Comparator.comparing(m -> m.getSchemaPropertyName()));
    config.forMethods().withIgnoreCheck(m -> true);
    config
        .forFields()
        .withIgnoreCheck(f -> f.isStatic() || !f.getDeclaringType().isInstanceOf(Record.class))
        .withTargetTypeOverridesResolver(DocumentSchemaGenerator::unwrapOptional)
        .withRequiredCheck(f -> f.getDeclaredType().getErasedType() != Optional.class)
        .withNullableCheck(f -> false)
        .withDescriptionResolver(
            f ->
                f.isFakeContainerItemScope()
                    ? null
                    : SourceJavadoc.of(f.getDeclaringType().getErasedType())
                        .component(f.getDeclaredName()))
        .withStringMinLengthResolver(f -> constraint(f, Constraint::minLength))
        .withStringPatternResolver(f -> constraint(f, Constraint::pattern))
        .withStringFormatResolver(f -> constraint(f, Constraint::format))
        .withNumberInclusiveMinimumResolver(f -> constraint(f, Constraint::minimum))
        .withNumberInclusiveMaximumResolver(f -> constraint(f, Constraint::maximum));
    ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(document);
    return Schemas.withHeader(generated, id, title);
  }

  private static List<ResolvedType> unwrapOptional(FieldScope f) {
    return f.getType().getErasedType() == Optional.class
        ? List.of(f.getTypeParameterFor(Optional.class, 0))
        : null;
  }

  /** The constraint on a component, or on its items when it applies to them. */
  private static <T> T constraint(FieldScope f, Function<Constraint, T> part) {
    String key = f.getDeclaringType().getErasedType().getSimpleName() + "." + f.getDeclaredName();
    Constraint c = CONSTRAINTS.get(key);
    return c == null || c.onItems() != f.isFakeContainerItemScope() ? null : part.apply(c);
  }

  private static String describeType(TypeScope scope) {
    Class<?> type = scope.getType().getErasedType();
    if (type.isRecord() && type.getPackageName().equals("org.cityframework.json")) {
      return SourceJavadoc.of(type).description();
    }
    return Schemas.describeEnum(type);
  }

  /** Enums with their constants, and maps keyed by an enum or by recommendation. */
  private static final class ValueTypes implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType type, SchemaGenerationContext context) {
      Class<?> raw = type.getErasedType();
      if (raw.isEnum()) {
        return Schemas.enumDefinition(raw);
      }
      if (!Map.class.isAssignableFrom(raw)) {
        return null;
      }
      List<ResolvedType> parameters = type.typeParametersFor(Map.class);
      Class<?> key = parameters.get(0).getErasedType();
      ResolvedType value = parameters.get(1);
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "object");
      if (key.isEnum()) {
        ObjectNode properties = node.putObject("properties");
        for (Object constant : key.getEnumConstants()) {
          properties.set(((Enum<?>) constant).name(), valueSchema(value, context));
        }
      } else if (key == String.class) {
        node.putObject("patternProperties").set(RECOMMENDATION_KEY, valueSchema(value, context));
      } else {
        throw new IllegalStateException("no schema for a map keyed by " + key);
      }
      node.put("additionalProperties", false);
      return new CustomDefinition(
          node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }

    /** The schema of a map's values; the documents' only whole-number values are counts. */
    private static JsonNode valueSchema(ResolvedType value, SchemaGenerationContext context) {
      if (value.getErasedType() == Integer.class) {
        return JsonNodeFactory.instance.objectNode().put("type", "integer").put("minimum", 0);
      }
      return context.createDefinitionReference(value);
    }
  }
}
