package org.sgnet.bundle;

import java.util.Locale;

/**
 * The columns of {@code people.csv}; a column is required here when every header must name it, even
 * if its cells may be empty for some rows.
 */
enum PersonColumn implements Column {
  PERSON_ID(true),
  KIND(true),
  NAME(true),
  BIRTH_DATE(false),
  AGENCY_ID(false),
  ROLE(false),
  IDENTIFIERS(false),
  POSTCODE(false),
  PROVENANCE(false);

  private final String header;
  private final boolean required;

  PersonColumn(boolean required) {
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
