package org.sgnet.bundle;

import java.util.List;

/**
 * The columns of the bundle files, each file's in the format's order. A column is required when
 * every header of its file must name it, even if its cells may be empty for some rows.
 */
final class Columns {

  private Columns() {}

  /** The columns of {@code agencies.csv}. */
  static final class Agencies {
    private static final Column.Definitions DEFINED = new Column.Definitions();
    static final Column AGENCY_ID = DEFINED.required("agency_id");
    static final Column NAME = DEFINED.required("name");
    static final Column SECTOR = DEFINED.required("sector");
    static final Column PROVENANCE = DEFINED.optional("provenance");
    static final List<Column> ALL = DEFINED.all();

    private Agencies() {}
  }

  /** The columns of {@code people.csv}. */
  static final class People {
    private static final Column.Definitions DEFINED = new Column.Definitions();
    static final Column PERSON_ID = DEFINED.required("person_id");
    static final Column KIND = DEFINED.required("kind");
    static final Column NAME = DEFINED.required("name");
    static final Column BIRTH_DATE = DEFINED.optional("birth_date");
    static final Column AGENCY_ID = DEFINED.optional("agency_id");
    static final Column ROLE = DEFINED.optional("role");
    static final Column IDENTIFIERS = DEFINED.optional("identifiers");
    static final Column POSTCODE = DEFINED.optional("postcode");
    static final Column PROVENANCE = DEFINED.optional("provenance");
    static final List<Column> ALL = DEFINED.all();

    private People() {}
  }

  /** The columns of {@code relationships.csv}. */
  static final class Relationships {
    private static final Column.Definitions DEFINED = new Column.Definitions();
    static final Column TYPE = DEFINED.required("type");
    static final Column FROM_ID = DEFINED.required("from_id");
    static final Column TO_ID = DEFINED.required("to_id");
    static final Column START_DATE = DEFINED.optional("start_date");
    static final Column END_DATE = DEFINED.optional("end_date");
    static final Column PARENTAL_RESPONSIBILITY = DEFINED.optional("parental_responsibility");
    static final Column LEGAL_BASIS = DEFINED.optional("legal_basis");
    static final Column LEAD = DEFINED.optional("lead");
    static final Column PROVENANCE = DEFINED.optional("provenance");
    static final List<Column> ALL = DEFINED.all();

    private Relationships() {}
  }

  /** The columns of {@code events.csv}. */
  static final class Events {
    private static final Column.Definitions DEFINED = new Column.Definitions();
    static final Column EVENT_ID = DEFINED.required("event_id");
    static final Column DATE = DEFINED.required("date");
    static final Column TYPE = DEFINED.required("type");
    static final Column SUBJECT_ID = DEFINED.required("subject_id");
    static final Column AGENCY_ID = DEFINED.required("agency_id");
    static final Column RECORDED_BY = DEFINED.optional("recorded_by");
    static final Column PARTICIPANTS = DEFINED.optional("participants");
    static final Column SUBTYPE = DEFINED.optional("subtype");
    static final Column VALUE = DEFINED.optional("value");
    static final Column REQUESTED_BY = DEFINED.optional("requested_by");
    static final Column SEEN_ALONE = DEFINED.optional("seen_alone");
    static final Column SUMMARY = DEFINED.optional("summary");
    static final Column PROVENANCE = DEFINED.optional("provenance");
    static final List<Column> ALL = DEFINED.all();

    private Events() {}
  }
}
