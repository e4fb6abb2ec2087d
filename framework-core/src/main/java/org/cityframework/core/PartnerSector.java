package org.cityframework.core;

/** The sector of a trusted data partner (seed L237: "public and private partners"). */
public enum PartnerSector {
  /** Public bodies: other governments, agencies, public companies. */
  PUBLIC,

  /** Private firms. */
  PRIVATE,

  /** Universities and research institutes. */
  ACADEMIC,

  /** Non-profit and community organisations. */
  CIVIL_SOCIETY
}
