package org.cityframework.core;

/** An element of the role of staff that an innovation strategy can clarify (seed L99). */
public enum StaffRoleElement {
  /** Trainings for existing staff. */
  TRAINING,

  /** Required hours dedicated to innovation work. */
  TIME_FOR_INNOVATION,

  /** Preferred skills and backgrounds for new hires. */
  SKILLS_FOR_NEW_HIRES,

  /** How innovative approaches are assessed in performance reviews. */
  PERFORMANCE_REVIEW
}
