package org.sgnet.bundle;

/** What a person is in the network. */
public enum PersonKind {
  CHILD,
  FAMILY,
  CARER,
  PROFESSIONAL,
  OTHER
}
