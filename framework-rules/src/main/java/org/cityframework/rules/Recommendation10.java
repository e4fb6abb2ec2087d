package org.cityframework.rules;

/** Recommendation 10. */
final class Recommendation10 {
  private Recommendation10() {}

  static void declare(Checklist list) {}
}
