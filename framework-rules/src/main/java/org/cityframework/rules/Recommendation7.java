package org.cityframework.rules;

/** Recommendation 7. */
final class Recommendation7 {
  private Recommendation7() {}

  static void declare(Checklist list) {}
}
