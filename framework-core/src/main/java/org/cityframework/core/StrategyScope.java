package org.cityframework.core;

/** The scope of an innovation strategy: holistic across sectors or sector-based (seed L97). */
public enum StrategyScope {
  /** Holistic: cuts across all sectors, with sector work inside the holistic frame. */
  CROSS_SECTOR,

  /** Covers several named sectors but not the whole administration. */
  MULTI_SECTOR,

  /** Strictly sector-based: one sector only. */
  SINGLE_SECTOR
}
