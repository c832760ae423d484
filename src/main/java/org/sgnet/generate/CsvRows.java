package org.sgnet.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sgnet.bundle.Csv;

/**
 * One CSV file written row by row as the generator goes, so that nothing but the current family is
 * held in memory. Cells are quoted like the bundle export quotes them.
 */
final class CsvRows implements Closeable {

  private final Writer out;
  private final int columns;
  private int cell;
  private long rows;

  CsvRows(Path file, String... header) throws IOException {
    // A large buffer: the events file of a national run is gigabytes, written in few system calls.
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    this.columns = header.length;
    for (String h : header) {
      cell(h);
    }
    finishLine();
  }

  /** Appends the next cell of the current row; {@code null} is an empty cell. */
  CsvRows cell(String value) throws IOException {
    if (cell > 0) {
      out.write(',');
    }
    if (value != null) {
      out.write(Csv.quote(value));
    }
    cell++;
    return this;
  }

  /** Ends the current row, which must have had one cell per column. */
  void end() throws IOException {
    finishLine();
    rows++;
  }

  private void finishLine() throws IOException {
    if (cell != columns) {
      throw new IllegalStateException("row of " + cell + " cells, header has " + columns);
    }
    out.write("\r\n");
    cell = 0;
  }

  /** Returns the data rows written so far, the header not counted. */
  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
