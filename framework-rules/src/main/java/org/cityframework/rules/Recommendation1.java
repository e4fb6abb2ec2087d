package org.cityframework.rules;

/** Recommendation 1. */
final class Recommendation1 {
  private Recommendation1() {}

  static void declare(Checklist list) {}
}
