package org.sgnet.sources;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.bundle.CsvParser;
import org.sgnet.bundle.CsvRecord;

/**
 * Reads a source's CSV file record by record with the bundle's parser: UTF-8 with or without a
 * byte-order mark, CRLF or LF line ends, quoted fields with line breaks. Header names are matched
 * ignoring case and surrounding spaces. Rows whose cells are all empty (a spreadsheet's trailing
 * rows) are skipped.
 */
public final class SourceCsv implements Closeable {

  /** A record of the file: its cells by column, and where it is. */
  public static final class Row {
    private final Map<String, Integer> columns;
    private final String[] cells;
    private final Locator at;
    private final String problem;

    Row(Map<String, Integer> columns, String[] cells, Locator at, String problem) {
      this.columns = columns;
      this.cells = cells;
      this.at = at;
      this.problem = problem;
    }

    /** Returns the trimmed cell of the column, or {@code null} when empty or not in the header. */
    public String get(String column) {
      Integer i = columns.get(column.trim().toLowerCase(Locale.ROOT));
      if (i == null || i >= cells.length) {
        return null;
      }
      String cell = cells[i];
      return cell == null || cell.isEmpty() ? null : cell;
    }

    /** Returns where the record starts. */
    public Locator at() {
      return at;
    }

    /** Returns what is wrong with the record's CSV syntax, or {@code null} when well formed. */
    public String problem() {
      return problem;
    }
  }

  private final String format;
  private final String fileName;
  private final CsvParser parser;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();

  private SourceCsv(String format, String fileName, CsvParser parser, List<String> header) {
    this.format = format;
    this.fileName = fileName;
    this.parser = parser;
    this.header = header;
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
  }

  /**
   * Opens a file and reads its header.
   *
   * @param format the source format, for locators
   * @throws SgnetException of kind {@code INVALID_INPUT} when the file is empty, {@code FAILURE}
   *     when it cannot be read
   */
  public static SourceCsv open(Path file, String format) {
    try {
      return open(Files.newInputStream(file), file.getFileName().toString(), format);
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
  }

  /** Opens a stream of a file of this name; see {@link #open(Path, String)}. */
  public static SourceCsv open(InputStream in, String fileName, String format) throws IOException {
    CsvParser parser = new CsvParser(in);
    CsvRecord first = parser.next();
    if (first == null) {
      parser.close();
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, fileName + " is empty: expected a header row");
    }
    List<String> header = new ArrayList<>();
    for (String f : first.fields()) {
      header.add(f == null ? "" : f);
    }
    return new SourceCsv(format, fileName, parser, Collections.unmodifiableList(header));
  }

  /** Returns the header's names as written. */
  public List<String> header() {
    return header;
  }

  /** Returns whether the header names the column (ignoring case). */
  public boolean has(String column) {
    return columns.containsKey(column.trim().toLowerCase(Locale.ROOT));
  }

  /** Returns the columns of {@code required} that the header lacks, in that order. */
  public List<String> missing(List<String> required) {
    return required.stream().filter(c -> !has(c)).toList();
  }

  /**
   * Returns the next record with a non-empty cell, or {@code null} at the end.
   *
   * @throws SgnetException of kind {@code FAILURE} when the file cannot be read
   */
  public Row next() {
    try {
      for (CsvRecord r = parser.next(); r != null; r = parser.next()) {
        String[] fields = r.fields();
        boolean empty = true;
        for (String f : fields) {
          if (f != null && !f.isEmpty()) {
            empty = false;
            break;
          }
        }
        if (empty && r.wellFormed()) {
          continue;
        }
        return new Row(columns, fields, Locator.line(format, fileName, r.line()), r.problem());
      }
      return null;
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written: a failure to close a file read to its end loses nothing.
    }
  }
}
