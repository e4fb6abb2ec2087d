package org.cityframework.core;

/** The role residents play in the city's innovation activity (seed L63). */
public enum ResidentRole {
  /** Residents are not involved. */
  NOT_INVOLVED,

  /** Residents are end-users and recipients only. */
  END_USERS,

  /** Residents are consulted. */
  CONSULTED,

  /** Residents are partners in the creation process. */
  PARTNERS
}
