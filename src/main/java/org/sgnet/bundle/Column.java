package org.sgnet.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a bundle file, as the format defines it ({@link Columns}): the name its header must
 * use, whether it is required, and its position in the file's table.
 */
final class Column {

  private final String header;
  private final boolean required;
  private final int ordinal;

  private Column(String header, boolean required, int ordinal) {
    this.header = header;
    this.required = required;
    this.ordinal = ordinal;
  }

  /** Returns the name the header must use, in lower case. */
  String header() {
    return header;
  }

  /**
   * Returns whether every header of the file must name this column, even if its cells may be empty
   * for some rows.
   */
  boolean required() {
    return required;
  }

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

  /**
   * Returns the position of the column in the format's table; it indexes a row's cells and orders
   * errors about columns that a header lacks.
   */
  int ordinal() {
    return ordinal;
  }

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
