package org.sgnet.bundle;

import java.util.Locale;

/**
 * The columns of {@code agencies.csv}; a column is required here when every header must name it,
 * even if its cells may be empty for some rows.
 */
enum AgencyColumn implements Column {
  AGENCY_ID(true),
  NAME(true),
  SECTOR(true),
  PROVENANCE(false);

  private final String header;
  private final boolean required;

  AgencyColumn(boolean required) {
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
