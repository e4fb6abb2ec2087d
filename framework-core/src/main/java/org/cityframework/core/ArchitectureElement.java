package org.cityframework.core;

/** An element of data architecture (seed L261: "standards, interoperability, semantics"). */
public enum ArchitectureElement {
  /** Common data standards. */
  STANDARDS,

  /** Interoperability between systems and agencies. */
  INTEROPERABILITY,

  /** Shared semantics: common definitions and vocabularies. */
  SEMANTICS
}
