package org.sgnet.bundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a bundle, in the order they are read and their errors are reported: each file may
 * refer only to files before it.
 */
enum BundleFile {
  AGENCIES("agencies.csv", true, Columns.Agencies.ALL),
  PEOPLE("people.csv", true, Columns.People.ALL),
  RELATIONSHIPS("relationships.csv", false, Columns.Relationships.ALL),
  EVENTS("events.csv", false, Columns.Events.ALL);

  private static final Set<String> FILE_NAMES =
      Set.of(AGENCIES.fileName, PEOPLE.fileName, RELATIONSHIPS.fileName, EVENTS.fileName);

  private final String fileName;
  private final boolean required;
  private final List<Column> columns;
  private final Map<String, Column> byHeader = new HashMap<>();

  BundleFile(String fileName, boolean required, List<Column> columns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
    for (Column column : columns) {
      byHeader.put(column.header(), column);
    }
  }

  /** Returns the file's name inside the bundle. */
  String fileName() {
    return fileName;
  }

  /** Returns whether a bundle must hold this file; a missing optional file means "no rows". */
  boolean required() {
    return required;
  }

  /** Returns the file's columns in the format's order. */
  List<Column> columns() {
    return columns;
  }

  /** Returns the column a header names exactly, or {@code null} when there is none. */
  Column column(String header) {
    return byHeader.get(header);
  }

  /** Returns whether a file of that name is one of a bundle's files. */
  static boolean isBundleFile(String fileName) {
    return FILE_NAMES.contains(fileName);
  }
}
