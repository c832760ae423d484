package org.sgnet.rules;

/** How urgently a finding needs attention, as each rule of {@code rules.md} assigns it. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW
}
