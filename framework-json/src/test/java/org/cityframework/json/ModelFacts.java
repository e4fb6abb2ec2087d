package org.cityframework.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cityframework.core.CityProfile;

/**
 * The facts of a profile document whose value is of some types, found by reflection on the model,
 * so that a test sweeping them all reaches a fact added later.
 */
final class ModelFacts {
  private ModelFacts() {}

  /**
   * The pointers of the facts whose value type matches, in canonical order; a list is entered
   * through its first item ({@code /funding/budgetLines/0/amount}). Yes/no maps are not entered.
   */
  static List<String> pointers(Predicate<Class<?>> valueType) {
    List<String> pointers = new ArrayList<>();
    collect(ModelType.of(CityProfile.class), "", valueType, pointers);
    return pointers;
  }

  private static void collect(
      ModelType type, String at, Predicate<Class<?>> valueType, List<String> pointers) {
    for (ModelType.Property p : type.properties().values()) {
      if (p.shape() == ModelType.Shape.YES_NO_MAP) {
        continue;
      }
      Class<?> v = p.valueType();
      String here = at + "/" + p.name() + (p.shape() == ModelType.Shape.LIST ? "/0" : "");
      if (valueType.test(v)) {
        pointers.add(here);
      } else if (ModelType.isModel(v)) {
        collect(ModelType.of(v), here, valueType, pointers);
      }
    }
  }
}
