package org.cityframework.rules;

/** The ten recommendations' checks, declared in the chapter's order. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static void declare(Checklist list) {
    Recommendation1.declare(list);
    Recommendation2.declare(list);
    Recommendation3.declare(list);
    Recommendation4.declare(list);
    Recommendation5.declare(list);
    Recommendation6.declare(list);
    Recommendation7.declare(list);
    Recommendation8.declare(list);
    Recommendation9.declare(list);
    Recommendation10.declare(list);
  }
}
