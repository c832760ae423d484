package org.sgnet.bundle;

/** Whose request a contact met. */
public enum RequestedBy {
  CHILD,
  FAMILY,
  SERVICE
}
