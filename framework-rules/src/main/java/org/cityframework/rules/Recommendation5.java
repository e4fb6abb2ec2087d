package org.cityframework.rules;

/** Recommendation 5. */
final class Recommendation5 {
  private Recommendation5() {}

  static void declare(Checklist list) {}
}
