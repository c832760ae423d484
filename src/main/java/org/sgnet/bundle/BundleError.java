package org.sgnet.bundle;

/**
 * One error of a bundle, located by file, line (the header is line 1) and column.
 *
 * @param file the file name within the bundle, such as {@code events.csv}
 * @param line the line where the offending record starts
 * @param column the column name, or {@code null} when the error concerns a whole file or row
 * @param message what was expected; never contains the value of a name or summary cell
 */
public record BundleError(String file, long line, String column, String message) {

  /** Returns the error as {@code file:line: column X: message}. */
  @Override
  public String toString() {
    return column == null
        ? file + ":" + line + ": " + message
        : file + ":" + line + ": column " + column + ": " + message;
  }
}
