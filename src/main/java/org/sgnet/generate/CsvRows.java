package org.sgnet.generate;

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
 * held in memory. It takes typed rows, each of which writes its own cells; cells are quoted like
 * the bundle export quotes them.
 *
 * @param <R> the kind of row of this file
 */
final class CsvRows<R extends Row> implements Closeable {

  /** Characters gathered before they are handed to the encoder: a few hundred rows. */
  private static final int FLUSH_AT = 1 << 16;

  private final Writer out;
  private final Text text;
  private final int columns;
  // Cells are gathered here and handed to the encoder in large pieces, as a BufferedWriter would,
  // but without taking its lock for every cell: a national run writes a billion of them.
  private final char[] pending = new char[FLUSH_AT];
  private int used;
  private int cell;
  private long rows;
  private boolean closed;

  /**
   * @param file the file to write, replaced if it exists
   * @param text formats the rows' dates
   * @param header the file's columns, written as its first line
   */
  CsvRows(Path file, Text text, String... header) throws IOException {
    this.out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
    this.text = text;
    this.columns = header.length;
    for (String h : header) {
      cell(h);
    }
    finishLine();
  }

  /** Writes one row, which must give one cell per column. */
  void add(R row) throws IOException {
    row.writeTo(this);
    finishLine();
    rows++;
  }

  /** Appends the next cell of the current row; {@code null} is an empty cell. */
  CsvRows<R> cell(String value) throws IOException {
    if (cell > 0) {
      put(',');
    }
    if (value != null) {
      put(Csv.quote(value));
    }
    cell++;
    return this;
  }

  /**
   * Appends a cell that can hold no comma, quote or line break (an enum constant's name, {@code
   * true} or {@code false}) as it is, sparing the scan for characters to quote; {@code null} is an
   * empty cell.
   */
  CsvRows<R> plain(String value) throws IOException {
    if (cell > 0) {
      put(',');
    }
    if (value != null) {
      put(value);
    }
    cell++;
    return this;
  }

  /** Appends an ISO date cell; {@link Days#NONE} and {@link Days#OPEN} are empty cells. */
  CsvRows<R> date(int epochDay) throws IOException {
    return plain(epochDay == Days.NONE || epochDay == Days.OPEN ? null : text.date(epochDay));
  }

  private void finishLine() throws IOException {
    if (cell != columns) {
      throw new IllegalStateException("row of " + cell + " cells, header has " + columns);
    }
    put('\r');
    put('\n');
    cell = 0;
  }

  private void put(char c) throws IOException {
    if (used == pending.length) {
      flush();
    }
    pending[used++] = c;
  }

  private void put(String s) throws IOException {
    int n = s.length();
    if (used + n > pending.length) {
      flush();
      if (n > pending.length) {
        out.write(s);
        return;
      }
    }
    s.getChars(0, n, pending, used);
    used += n;
  }

  private void flush() throws IOException {
    out.write(pending, 0, used);
    used = 0;
  }

  /** Returns the data rows written so far, the header not counted. */
  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    // Closed twice by the generator, to count rows before try-with-resources ends: the second is
    // nothing.
    if (closed) {
      return;
    }
    closed = true;
    flush();
    out.close();
  }
}
