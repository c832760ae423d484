package org.sgnet.bundle;

/** The kinds of meeting. */
public enum MeetingSubtype {
  STRATEGY,
  CORE_GROUP,
  CHILD_IN_NEED_REVIEW,
  LOOKED_AFTER_REVIEW,
  RISK_MANAGEMENT,
  OTHER
}
