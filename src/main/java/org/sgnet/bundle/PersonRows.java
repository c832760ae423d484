package org.sgnet.bundle;

import static org.sgnet.bundle.Columns.People.AGENCY_ID;
import static org.sgnet.bundle.Columns.People.BIRTH_DATE;
import static org.sgnet.bundle.Columns.People.KIND;
import static org.sgnet.bundle.Columns.People.NAME;
import static org.sgnet.bundle.Columns.People.PERSON_ID;
import static org.sgnet.bundle.Columns.People.ROLE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.Columns.People;

/** Reads the rows of {@code people.csv}, filling the index of person ids and kinds. */
final class PersonRows {

  private final Table table;
  private final IdIndex<Void> agencies;
  private final IdIndex<PersonKind> people;

  PersonRows(Table table, IdIndex<Void> agencies, IdIndex<PersonKind> people) {
    if (table == null || agencies == null || people == null) {
      throw new IllegalArgumentException("person rows need their table and indexes");
    }
    this.table = table;
    this.agencies = agencies;
    this.people = people;
  }

  /** Returns the valid rows in file order; errors go to the table's error list. */
  List<Person> read() throws IOException {
    List<Person> rows = new ArrayList<>();
    for (Row row = table.next(); row != null; row = table.next()) {
      if (row.broken()) {
        row.register(PERSON_ID, people, null);
        continue;
      }
      PersonKind kind = row.require(KIND) ? row.enumOf(KIND, PersonKind.class) : null;
      row.register(PERSON_ID, people, kind);
      row.require(NAME);
      LocalDate birthDate = row.date(BIRTH_DATE);
      checkAgency(row, kind);
      List<String> identifiers = row.identifiers(People.IDENTIFIERS);
      List<String> provenance = row.provenance(People.PROVENANCE);
      if (row.ok()) {
        rows.add(
            new Person(
                row.cell(PERSON_ID),
                kind,
                row.cell(NAME),
                birthDate,
                row.cell(AGENCY_ID),
                row.cell(ROLE),
                row.extra(),
                identifiers,
                row.cell(People.POSTCODE),
                provenance));
      }
    }
    if (!table.complete() || !table.has(PERSON_ID)) {
      people.markIncomplete();
    }
    return rows;
  }

  private void checkAgency(Row row, PersonKind kind) {
    if (kind == PersonKind.PROFESSIONAL) {
      if (row.requireFor(AGENCY_ID, "kind PROFESSIONAL")) {
        row.reference(AGENCY_ID, agencies);
      }
    } else if (kind != null) {
      row.forbidFor(AGENCY_ID, "kind " + kind + " (only for PROFESSIONAL)");
    } else {
      // The kind is in error: the agency can still be checked, but not whether it may be given.
      row.reference(AGENCY_ID, agencies);
    }
  }
}
