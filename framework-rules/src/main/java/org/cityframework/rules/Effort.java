package org.cityframework.rules;

/**
 * How much work closing a check's gap usually takes; low effort comes first among equals (L129,
 * L165).
 */
public enum Effort {
  /** A decision, a document or a meeting; weeks. */
  LOW,

  /** A programme, a process change or a hire; months. */
  MEDIUM,

  /** An institutional change, a budget cycle or infrastructure; a year or more. */
  HIGH
}
