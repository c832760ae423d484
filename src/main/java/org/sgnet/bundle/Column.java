package org.sgnet.bundle;

/** A column of a bundle file, as the format defines it. */
interface Column {

  /** Returns the name the header must use, in lower case. */
  String header();

  /** Returns whether every header of the file must name this column. */
  boolean required();

  /**
   * Returns whether the column is one of the source extension's ({@code identifiers}, {@code
   * postcode}, {@code provenance}; see {@link Provenance}) rather than of version 1.
   */
  default boolean sourceExtension() {
    return switch (header()) {
      case "identifiers", "postcode", "provenance" -> true;
      default -> false;
    };
  }

  /**
   * Returns the position of the column in the format's table; it indexes a row's cells and orders
   * errors about columns that a header lacks.
   */
  int ordinal();
}
