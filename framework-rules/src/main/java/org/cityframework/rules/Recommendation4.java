package org.cityframework.rules;

/** Recommendation 4. */
final class Recommendation4 {
  private Recommendation4() {}

  static void declare(Checklist list) {}
}
