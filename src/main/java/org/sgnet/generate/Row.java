package org.sgnet.generate;

import java.io.IOException;

/**
 * A row of one of the bundle's files. Each kind of row is a record that knows its file's columns,
 * so the scenarios name what they write ({@link PersonRow}, {@link TieRow}, {@link EventRow}) and
 * only {@link CsvRows} deals in cells.
 */
interface Row {

  /** Writes this row's cells, in the file's column order, as the current row of {@code out}. */
  void writeTo(CsvRows<?> out) throws IOException;
}
