package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DecimalBounds;
import org.cityframework.core.Funding;
import org.cityframework.core.Goal;
import org.cityframework.core.InnovationStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric fact of the profile (whole numbers, percentages, years, decimals), found by
 * reflection on the model, given every number a reader must refuse, in JSON and in YAML: each is an
 * {@link InvalidDocumentException} with a problem at the fact's pointer, never another exception.
 */
class NumericFactsTest {

  /** Numbers neither format reads as a finite number within the limits, in YAML's spelling. */
  private static final List<String> YAML_NUMBERS =
      List.of(
          ".nan",
          ".NaN",
          ".inf",
          "+.inf",
          "-.inf",
          ".Inf",
          "1e999999",
          "-1e999999",
          "1e-999999",
          "1e999999999",
          "1e-999999999",
          "99999999999999999999999999",
          "-99999999999999999999999999",
          "0." + "0".repeat(40) + "1");

  /** The same in JSON, where NaN and Infinity are tokens the parser refuses. */
  private static final List<String> JSON_NUMBERS =
      List.of(
          "NaN",
          "Infinity",
          "-Infinity",
          "1e999999",
          "-1e999999",
          "1e-999999",
          "1e999999999",
          "1e-999999999",
          "99999999999999999999999999",
          "-99999999999999999999999999",
          "0." + "0".repeat(40) + "1");

  /** The numeric facts: whole numbers (counts, years, percentages) and decimals. */
  static List<String> facts() {
    return ModelFacts.pointers(v -> v == Integer.class || v == int.class || v == BigDecimal.class);
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String pointer : facts()) {
      for (String n : YAML_NUMBERS) {
        cases.add(Arguments.of(DocumentFormat.YAML, pointer, n));
      }
      for (String n : JSON_NUMBERS) {
        cases.add(Arguments.of(DocumentFormat.JSON, pointer, n));
      }
    }
    return cases.stream();
  }

  @Test
  void the_sweep_reaches_every_kind_of_numeric_fact() {
    List<String> pointers = facts();
    assertThat(pointers)
        .contains(
            "/population",
            "/surveyWave",
            "/strategy/goals/0/baseline",
            "/strategy/goals/0/targetYear",
            "/funding/budgetLines/0/amount",
            "/funding/budgetLines/0/year",
            "/staff/teamSize",
            "/evaluation/projectsMonitoredFromInceptionPercent");
    assertThat(pointers).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("cases")
  @Timeout(10)
  void a_number_that_is_not_finite_or_too_large_is_a_problem_at_its_pointer(
      DocumentFormat format, String pointer, String number) {
    String document = Documents.with(format, pointer, number);
    Throwable thrown = catchThrowable(() -> format.readProfile(document));
    assertThat(thrown).as(document).isInstanceOf(InvalidDocumentException.class);
    assertThat(((InvalidDocumentException) thrown).problems())
        .as(document)
        .extracting(DocumentProblem::pointer)
        .contains(pointer);
    assertThat(thrown.getMessage()).doesNotContain("Exception").doesNotContain("java.");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("facts")
  void the_document_without_the_hostile_number_is_valid(String pointer) {
    for (DocumentFormat format : DocumentFormat.values()) {
      String document = Documents.with(format, pointer, Documents.valid(pointer));
      assertThat(format.readProfile(document)).as(document).isNotNull();
    }
  }

  @Test
  void decimals_at_the_bounds_are_read_and_written_back_unchanged() {
    String most = "9".repeat(DecimalBounds.MAX_INTEGER_DIGITS);
    String finest = "0." + "0".repeat(DecimalBounds.MAX_FRACTION_DIGITS - 1) + "1";
    String both = most + "." + "9".repeat(DecimalBounds.MAX_FRACTION_DIGITS);
    for (String number : List.of(most, finest, both, "-" + both)) {
      for (DocumentFormat format : DocumentFormat.values()) {
        String document = Documents.with(format, "/strategy/goals/0/baseline", number);
        CityProfile read = format.readProfile(document);
        assertThat(read.strategy().goals().get(0).baseline()).hasValue(new BigDecimal(number));
        String written = format.writeProfile(read);
        assertThat(format.readProfile(written)).isEqualTo(read);
        assertThat(written).contains(number);
      }
    }
  }

  @Test
  void decimals_at_the_bounds_built_through_the_java_api_write_and_read_back_equal() {
    List<BigDecimal> edges =
        List.of(
            new BigDecimal("9".repeat(DecimalBounds.MAX_INTEGER_DIGITS)),
            new BigDecimal("-" + "9".repeat(DecimalBounds.MAX_INTEGER_DIGITS)),
            new BigDecimal("1e-" + DecimalBounds.MAX_FRACTION_DIGITS),
            new BigDecimal("1e" + (DecimalBounds.MAX_INTEGER_DIGITS - 1)),
            new BigDecimal("123000").stripTrailingZeros(),
            new BigDecimal("0.100000000000"));
    for (BigDecimal d : edges) {
      CityProfile profile =
          CityProfile.builder()
              .name("Riverton")
              .country("GB")
              .assessedOn(LocalDate.of(2026, 3, 31))
              .strategy(
                  InnovationStrategy.builder()
                      .addGoal(Goal.builder().description("d").baseline(d).target(d).build())
                      .build())
              .funding(
                  Funding.builder()
                      .addBudgetLine(
                          BudgetLine.builder().year(2025).amount(d.abs()).currency("EUR").build())
                      .build())
              .build();
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = format.writeProfile(profile);
        CityProfile read = format.readProfile(written);
        assertThat(read).as(written).isEqualTo(profile);
        assertThat(format.writeProfile(read)).isEqualTo(written);
      }
    }
  }

  @Test
  void decimals_one_digit_beyond_the_bounds_are_refused() {
    String tooLarge = "1" + "0".repeat(DecimalBounds.MAX_INTEGER_DIGITS);
    String tooFine = "0." + "0".repeat(DecimalBounds.MAX_FRACTION_DIGITS) + "1";
    for (String number : List.of(tooLarge, tooFine)) {
      for (DocumentFormat format : DocumentFormat.values()) {
        Throwable thrown =
            catchThrowable(
                () ->
                    format.readProfile(
                        Documents.with(format, "/funding/budgetLines/0/amount", number)));
        assertThat(thrown).isInstanceOf(InvalidDocumentException.class);
        assertThat(((InvalidDocumentException) thrown).problems())
            .extracting(DocumentProblem::pointer)
            .containsExactly("/funding/budgetLines/0/amount");
      }
    }
  }

  @Test
  void yaml_nan_in_a_decimal_says_what_was_found_and_where() {
    InvalidDocumentException e =
        (InvalidDocumentException)
            catchThrowable(
                () ->
                    DocumentFormat.YAML.readProfile(
                        Documents.with(DocumentFormat.YAML, "/strategy/goals/0/baseline", ".nan")));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).contains("finite number").contains("NaN");
    assertThat(e.problems().get(0).expected()).hasValue("a finite number");
  }

  /** Documents holding one value at a pointer, with whatever else they need to be valid. */
  static final class Documents {
    private Documents() {}

    /** A valid value for the fact at a pointer, so that only the swept value can be at fault. */
    static String valid(String pointer) {
      if (pointer.endsWith("/year")) {
        return "2025";
      }
      if (pointer.endsWith("Year") || pointer.endsWith("Wave")) {
        return "2020";
      }
      return "1";
    }

    /**
     * A profile assessed on 2026-03-31 whose fact at {@code pointer} is {@code number}, written as
     * given (in YAML, in block style); the objects on the way get their required properties, a list
     * holds the one item.
     */
    static String with(DocumentFormat format, String pointer, String number) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("schemaVersion", "\"1.1\"");
      root.put("name", "Riverton");
      root.put("country", "GB");
      root.put("assessedOn", "2026-03-31");
      String[] steps = pointer.substring(1).split("/");
      ModelType type = ModelType.of(CityProfile.class);
      Map<String, Object> object = root;
      for (int i = 0; i < steps.length; i++) {
        ModelType.Property p = type.properties().get(steps[i]);
        if (i == steps.length - 1) {
          object.put(p.name(), new Raw(number));
          break;
        }
        type = ModelType.of(p.valueType());
        Map<String, Object> inner = new LinkedHashMap<>();
        required(type, inner);
        if (p.shape() == ModelType.Shape.LIST) {
          object.put(p.name(), List.of(inner));
          i++; // the item's index
        } else {
          object.put(p.name(), inner);
        }
        object = inner;
      }
      StringBuilder out = new StringBuilder();
      if (format == DocumentFormat.JSON) {
        json(root, out);
      } else {
        yaml(root, "", out);
      }
      return out.toString();
    }

    /** A number written as it is given, not as a text. */
    record Raw(String text) {}

    /** The required properties of a type, with valid values; a swept one replaces its own. */
    private static void required(ModelType type, Map<String, Object> into) {
      for (ModelType.Property p : type.required()) {
        Class<?> v = p.valueType();
        Object value;
        if (v == String.class) {
          value = p.name().equals("currency") ? "EUR" : "x";
        } else if (v == Integer.class || v == int.class) {
          value = new Raw(p.name().equals("year") ? "2025" : "1");
        } else if (v == BigDecimal.class) {
          value = new Raw("1");
        } else if (v == LocalDate.class) {
          value = "2026-01-01";
        } else {
          throw new IllegalStateException("no valid value for " + p);
        }
        into.put(p.name(), value);
      }
    }

    @SuppressWarnings("unchecked")
    private static void json(Object value, StringBuilder out) {
      if (value instanceof Raw r) {
        out.append(r.text());
      } else if (value instanceof String s) {
        out.append(s.startsWith("\"") ? s : "\"" + s + "\"");
      } else if (value instanceof List<?> list) {
        out.append('[');
        json(list.get(0), out);
        out.append(']');
      } else {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
          out.append(separator).append('"').append(e.getKey()).append("\": ");
          json(e.getValue(), out);
          separator = ", ";
        }
        out.append('}');
      }
    }

    @SuppressWarnings("unchecked")
    private static void yaml(Map<String, Object> map, String indent, StringBuilder out) {
      for (Map.Entry<String, Object> e : map.entrySet()) {
        out.append(indent).append(e.getKey()).append(':');
        Object v = e.getValue();
        if (v instanceof Raw r) {
          out.append(' ').append(r.text()).append('\n');
        } else if (v instanceof String s) {
          out.append(' ').append(s).append('\n');
        } else if (v instanceof List<?> list) {
          out.append('\n').append(indent).append("  -\n");
          yaml((Map<String, Object>) list.get(0), indent + "    ", out);
        } else {
          out.append('\n');
          yaml((Map<String, Object>) v, indent + "  ", out);
        }
      }
    }
  }
}
