package org.sgnet.bundle;

import static org.sgnet.bundle.Columns.Agencies.AGENCY_ID;
import static org.sgnet.bundle.Columns.Agencies.NAME;
import static org.sgnet.bundle.Columns.Agencies.SECTOR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.Columns.Agencies;

/** Reads the rows of {@code agencies.csv}, filling the index of agency ids. */
final class AgencyRows {

  private final Table table;
  private final IdIndex<Void> agencies;

  AgencyRows(Table table, IdIndex<Void> agencies) {
    if (table == null || agencies == null) {
      throw new IllegalArgumentException("agency rows need their table and index");
    }
    this.table = table;
    this.agencies = agencies;
  }

  /** Returns the valid rows in file order; errors go to the table's error list. */
  List<Agency> read() throws IOException {
    List<Agency> rows = new ArrayList<>();
    for (Row row = table.next(); row != null; row = table.next()) {
      row.register(AGENCY_ID, agencies, null);
      if (row.broken()) {
        continue;
      }
      row.require(NAME);
      Sector sector = row.require(SECTOR) ? row.enumOf(SECTOR, Sector.class) : null;
      if (row.ok()) {
        rows.add(
            new Agency(
                row.cell(AGENCY_ID),
                row.cell(NAME),
                sector,
                row.extra(),
                row.provenance(Agencies.PROVENANCE)));
      }
    }
    if (!table.complete() || !table.has(AGENCY_ID)) {
      agencies.markIncomplete();
    }
    return rows;
  }
}
