package org.cityframework.core;

/** A dimension of data that regulation balances against sharing and integration (seed L255). */
public enum Safeguard {
  /** Security. */
  SECURITY,

  /** Privacy. */
  PRIVACY,

  /** Ethics. */
  ETHICS
}
