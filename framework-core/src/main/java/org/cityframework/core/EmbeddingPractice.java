package org.cityframework.core;

/** A practice that embeds innovation staff in the administrative context (seed L115). */
public enum EmbeddingPractice {
  /** Joint meetings with agencies. */
  JOINT_AGENCY_MEETINGS,

  /** Joint reviews with agencies. */
  JOINT_REVIEWS,

  /** Short-term staff swaps. */
  STAFF_SWAPS,

  /** Collaborative projects with agencies. */
  COLLABORATIVE_PROJECTS
}
