package org.cityframework.rules;

/** Recommendation 2. */
final class Recommendation2 {
  private Recommendation2() {}

  static void declare(Checklist list) {}
}
