package org.sgnet.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors of a bundle while every file is read, so that they are all reported at once.
 */
final class Errors {

  /** The order of an error about a whole file or row: before every column of its line. */
  static final int WHOLE = -1;

  /** The column name of an error about a whole file or row. */
  static final String ANY_COLUMN = "*";

  private static final Comparator<Located> ORDER =
      Comparator.comparingInt((Located located) -> located.file().ordinal())
          .thenComparingLong(located -> located.error().line())
          .thenComparingInt(Located::order);

  private final List<Located> errors = new ArrayList<>();

  /**
   * Adds an error.
   *
   * @param order where the column stands in the file's header; {@link #WHOLE} for a whole row
   */
  void add(BundleFile file, long line, int order, String column, String message) {
    errors.add(new Located(file, order, new BundleError(file.fileName(), line, column, message)));
  }

  /** Returns whether no error was found. */
  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Returns the errors by file, line and column; errors of one cell keep the order they came. */
  List<BundleError> sorted() {
    List<Located> copy = new ArrayList<>(errors);
    copy.sort(ORDER);
    return copy.stream().map(Located::error).toList();
  }

  private record Located(BundleFile file, int order, BundleError error) {}
}
