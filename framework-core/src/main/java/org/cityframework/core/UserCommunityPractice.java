package org.cityframework.core;

/** A practice that fosters a community of public data users (seed L229-235). */
public enum UserCommunityPractice {
  /** Gathering information on public data users and their uses. */
  USERS_AND_USES_KNOWN,

  /** Consulting users and involving them in data practices and the open data portal. */
  USERS_INVOLVED_IN_DESIGN,

  /** Guidance to access and use public data. */
  ACCESS_GUIDANCE,

  /** Collaboration that incentivises public data use to solve community problems. */
  COLLABORATION_INCENTIVES
}
