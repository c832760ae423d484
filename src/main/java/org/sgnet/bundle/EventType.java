package org.sgnet.bundle;

/** The types of chronology entry of {@code events.csv}. */
public enum EventType {
  CONTACT,
  REQUEST,
  INFORMATION_SHARED,
  MEETING,
  ASSESSMENT,
  VISIT,
  ETHNICITY_RECORDED,
  RISK,
  CIRCUMSTANCES_CHANGED,
  DECISION
}
