package org.sgnet.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A bundle file being read: its header, then its rows one at a time. A missing or unreadable file
 * is a table without rows, so that the other files are still checked.
 */
final class Table implements Closeable {

  // Far more days than a case's history spans; it only bounds the cache against odd input.
  private static final int MAX_DATES = 100_000;

  private final BundleFile file;
  private final Errors errors;
  private final CsvParser parser;
  private final Header header;
  private final int columns;
  private final Map<String, LocalDate> dates = new HashMap<>();
  private boolean complete;

  private Table(BundleFile file, Errors errors, CsvParser parser, Header header, boolean complete) {
    if (file == null || errors == null || (parser == null) != (header == null)) {
      throw new IllegalArgumentException(
          "a table needs its file, errors, and a header to read rows");
    }
    this.file = file;
    this.errors = errors;
    this.parser = parser;
    this.header = header;
    this.columns = file.columns().size();
    this.complete = complete;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param in the file's bytes, or {@code null} when the bundle has no such file
   */
  static Table open(BundleFile file, InputStream in, Errors errors) throws IOException {
    if (in == null) {
      if (file.required()) {
        errors.add(
            file,
            1,
            Errors.WHOLE,
            Errors.ANY_COLUMN,
            "required file " + file.fileName() + " is missing from the bundle");
      }
      return new Table(file, errors, null, null, !file.required());
    }
    CsvParser parser = new CsvParser(in);
    CsvRecord first;
    try {
      first = parser.next();
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw e;
    }
    if (first == null || !first.wellFormed()) {
      parser.close();
      String message =
          first == null
              ? "the file is empty; expected a header row"
              : "the header row is malformed: " + first.problem();
      errors.add(file, first == null ? 1 : first.line(), Errors.WHOLE, Errors.ANY_COLUMN, message);
      return new Table(file, errors, null, null, false);
    }
    return new Table(file, errors, parser, new Header(file, first, errors), true);
  }

  /** Returns the next row, or {@code null} after the last one. */
  Row next() throws IOException {
    if (parser == null) {
      return null;
    }
    CsvRecord record = parser.next();
    if (record == null) {
      return null;
    }
    String[] fields = record.fields();
    boolean broken = true;
    if (!record.wellFormed()) {
      int at = record.problemField();
      if (at < header.width()) {
        errors.add(file, record.line(), at, header.name(at), record.problem());
      } else {
        errors.add(file, record.line(), Errors.WHOLE, Errors.ANY_COLUMN, record.problem());
      }
      if (record.truncated()) {
        complete = false;
      }
    } else if (fields.length != header.width()) {
      errors.add(
          file,
          record.line(),
          Errors.WHOLE,
          Errors.ANY_COLUMN,
          "expected " + header.width() + " fields as in the header, found " + fields.length);
    } else {
      broken = false;
    }
    String[] cells = new String[columns];
    Map<String, String> extra = Map.of();
    int count = Math.min(fields.length, header.width());
    for (int i = 0; i < count; i++) {
      String value = fields[i];
      if (value.isEmpty()) {
        continue;
      }
      int column = header.columnAt(i);
      if (column >= 0) {
        cells[column] = value;
      } else if (header.extraAt(i) != null) {
        if (extra.isEmpty()) {
          extra = new HashMap<>();
        }
        extra.put(header.extraAt(i), value);
      }
    }
    return new Row(this, record.line(), cells, extra, broken);
  }

  /**
   * Returns the date of a {@code YYYY-MM-DD} text, or {@code null} when it is none. A chronology
   * repeats its dates many times, so one instance per date is kept and shared.
   */
  LocalDate date(String text) {
    LocalDate date = dates.get(text);
    if (date == null) {
      date = Cells.date(text);
      if (date != null && dates.size() < MAX_DATES) {
        dates.put(text, date);
      }
    }
    return date;
  }

  /** Returns whether the header names the column. */
  boolean has(Column column) {
    return header != null && header.has(column);
  }

  /**
   * Returns whether every row of the file could be read so far: {@code false} when the required
   * file is missing or its header is unreadable, or a quote left open took the rest of the file.
   */
  boolean complete() {
    return complete;
  }

  /** Adds an error about a cell of a row. */
  void error(long line, Column column, String message) {
    errors.add(file, line, header.order(column), column.header(), message);
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
