package org.cityframework.rules;

/** Recommendation 6. */
final class Recommendation6 {
  private Recommendation6() {}

  static void declare(Checklist list) {}
}
