package org.cityframework.rules;

/** Recommendation 9. */
final class Recommendation9 {
  private Recommendation9() {}

  static void declare(Checklist list) {}
}
