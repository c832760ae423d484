package org.sgnet.bundle;

/** The legal basis of a placement. */
public enum LegalBasis {
  HOME,
  S20_VOLUNTARY,
  CARE_ORDER,
  INTERIM_CARE_ORDER,
  PRIVATE_FOSTERING,
  KINSHIP,
  RESIDENTIAL
}
