package org.cityframework.rules;

/** Recommendation 8. */
final class Recommendation8 {
  private Recommendation8() {}

  static void declare(Checklist list) {}
}
