package org.sgnet.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a bundle file, as the format defines it ({@link Columns}); made only by {@link
 * Definitions}, which numbers the columns of a file in order.
 *
 * @param header the name the header must use, in lower case
 * @param required whether every header of the file must name this column, even if its cells may be
 *     empty for some rows
 * @param ordinal the position of the column in the format's table; it indexes a row's cells and
 *     orders errors about columns that a header lacks
 */
record Column(String header, boolean required, int ordinal) {

  /**
   * Returns whether the column is one of the source extension's ({@code identifiers}, {@code
   * postcode}, {@code provenance}; see {@link Provenance}) rather than of version 1.
   */
  boolean sourceExtension() {
    return switch (header) {
      case "identifiers", "postcode", "provenance" -> true;
      default -> false;
    };
  }

  /** The header, as error messages name the column. */
  @Override
  public String toString() {
    return header;
  }

  /**
   * The columns of one file as they are defined, each numbered by its place: the format's order.
   */
  static final class Definitions {

    private final List<Column> columns = new ArrayList<>();

    /** Defines the next column, one every header must name. */
    Column required(String header) {
      return add(header, true);
    }

    /** Defines the next column, one a header may leave out. */
    Column optional(String header) {
      return add(header, false);
    }

    /** Returns the columns defined, in order. */
    List<Column> all() {
      return List.copyOf(columns);
    }

    private Column add(String header, boolean required) {
      Column column = new Column(header, required, columns.size());
      columns.add(column);
      return column;
    }
  }
}
