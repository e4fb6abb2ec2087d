package org.cityframework.core;

/** What the city secures (seed L279: "municipal networks and digital infrastructure"). */
public enum SecuredAsset {
  /** Municipal networks. */
  NETWORKS,

  /** Digital infrastructure. */
  DIGITAL_INFRASTRUCTURE
}
