package org.sgnet.bundle;

import java.util.Locale;

/**
 * The columns of {@code events.csv}; a column is required here when every header must name it, even
 * if its cells may be empty for some rows.
 */
enum EventColumn implements Column {
  EVENT_ID(true),
  DATE(true),
  TYPE(true),
  SUBJECT_ID(true),
  AGENCY_ID(true),
  RECORDED_BY(false),
  PARTICIPANTS(false),
  SUBTYPE(false),
  VALUE(false),
  REQUESTED_BY(false),
  SEEN_ALONE(false),
  SUMMARY(false),
  PROVENANCE(false);

  private final String header;
  private final boolean required;

  EventColumn(boolean required) {
    this.header = name().toLowerCase(Locale.ROOT);
    this.required = required;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public boolean required() {
    return required;
  }
}
