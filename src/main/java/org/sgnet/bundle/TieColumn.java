package org.sgnet.bundle;

import java.util.Locale;

/**
 * The columns of {@code relationships.csv}; a column is required here when every header must name
 * it, even if its cells may be empty for some rows.
 */
enum TieColumn implements Column {
  TYPE(true),
  FROM_ID(true),
  TO_ID(true),
  START_DATE(false),
  END_DATE(false),
  PARENTAL_RESPONSIBILITY(false),
  LEGAL_BASIS(false),
  LEAD(false),
  PROVENANCE(false);

  private final String header;
  private final boolean required;

  TieColumn(boolean required) {
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
