package org.cityframework.core;

/**
 * One of the three cross-cutting elements every recommendation is grounded in (Figure 5.1, seed
 * L17).
 */
public enum Element {
  /** Leadership and strategy that set and spread an enabling culture (L17). */
  VISION,

  /** Funding, staff skills, evaluation and monitoring (L17). */
  CAPACITY,

  /** Involvement of residents, partners, other levels of government and municipal staff (L17). */
  ENGAGEMENT
}
