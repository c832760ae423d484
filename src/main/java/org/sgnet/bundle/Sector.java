package org.sgnet.bundle;

/** The sector an agency works in. */
public enum Sector {
  SOCIAL_CARE,
  POLICE,
  HEALTH,
  MENTAL_HEALTH,
  EDUCATION,
  YOUTH_JUSTICE,
  HOUSING,
  PROBATION,
  VOLUNTARY,
  OTHER
}
