package org.sgnet.bundle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header of a bundle file: which column each field of a row holds. It reports unknown,
 * duplicate, unnamed and missing columns while it is built.
 */
final class Header {

  private static final String EXTRA_PREFIX = "x_";
  private static final int NONE = -1;

  private final String[] names;
  private final int[] columnAt;
  private final String[] extraAt;
  private final int[] positionOf;

  /** Reads a well-formed header record of the file, adding its errors. */
  Header(BundleFile file, CsvRecord record, Errors errors) {
    if (!record.wellFormed()) {
      throw new IllegalArgumentException("a header must be well formed");
    }
    String[] fields = record.fields();
    long line = record.line();
    names = new String[fields.length];
    columnAt = new int[fields.length];
    extraAt = new String[fields.length];
    positionOf = new int[file.columns().size()];
    Arrays.fill(columnAt, NONE);
    Arrays.fill(positionOf, NONE);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i];
      if (name.isEmpty()) {
        names[i] = "#" + (i + 1);
        errors.add(file, line, i, names[i], "the column has no name");
        continue;
      }
      names[i] = name;
      Integer first = seen.putIfAbsent(name, i);
      Column column = file.column(name);
      if (first != null) {
        errors.add(file, line, i, name, "duplicate column; it is also column " + (first + 1));
      } else if (name.startsWith(EXTRA_PREFIX)) {
        extraAt[i] = name;
      } else if (column == null) {
        errors.add(file, line, i, name, unknown(file, name));
      } else {
        columnAt[i] = column.ordinal();
        positionOf[column.ordinal()] = i;
      }
    }
    for (Column column : file.columns()) {
      if (column.required() && !has(column)) {
        errors.add(file, line, order(column), column.header(), "required column is missing");
      }
    }
  }

  private static String unknown(BundleFile file, String name) {
    Column near = file.column(name.toLowerCase(Locale.ROOT));
    if (near != null) {
      return "unknown column; column names are lower case: " + near.header();
    }
    // The version 1 columns: the source extension's are for bundles that sgnet itself makes.
    List<Column> columns = file.columns().stream().filter(c -> !c.sourceExtension()).toList();
    return "unknown column; expected "
        + columns.stream().map(Column::header).collect(Collectors.joining(", "))
        + ", or a name starting with x_";
  }

  /** Returns the number of fields a row must have. */
  int width() {
    return names.length;
  }

  /** Returns the name of the column at a position, as the header writes it. */
  String name(int position) {
    return names[position];
  }

  /** Returns whether the header names the column. */
  boolean has(Column column) {
    return positionOf[column.ordinal()] != NONE;
  }

  /**
   * Returns where errors about the column sort within a line: its position in the header, or after
   * every position when the header lacks it.
   */
  int order(Column column) {
    int position = positionOf[column.ordinal()];
    return position != NONE ? position : names.length + column.ordinal();
  }

  /** Returns the ordinal of the column at a position, or -1 for an extra or rejected column. */
  int columnAt(int position) {
    return columnAt[position];
  }

  /** Returns the name of the {@code x_} column at a position, or {@code null}. */
  String extraAt(int position) {
    return extraAt[position];
  }
}
