package org.sgnet.bundle;

/** The categories a {@code RISK} event's value must take. */
public enum RiskCategory {
  CSE,
  MISSING,
  SUBSTANCE_MISUSE,
  DOMESTIC_ABUSE,
  SELF_HARM,
  OFFENDING,
  NEGLECT,
  OTHER
}
