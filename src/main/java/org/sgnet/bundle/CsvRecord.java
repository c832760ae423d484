package org.sgnet.bundle;

/**
 * One record of a CSV file.
 *
 * @param line the physical line where the record starts (the first line is 1)
 * @param fields the fields, unquoted and trimmed of spaces and tabs
 * @param problemField the index of the field with a syntax problem, or -1
 * @param problem what is wrong with the record's syntax, or {@code null} when it is well formed
 * @param truncated whether the problem swallowed the rest of the file (an unterminated quote)
 */
public record CsvRecord(
    long line, String[] fields, int problemField, String problem, boolean truncated) {

  public CsvRecord {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
    if (fields == null || fields.length == 0) {
      throw new IllegalArgumentException("a record has at least one field");
    }
    if ((problem == null) != (problemField < 0)) {
      throw new IllegalArgumentException("a problem needs its field, and only a problem has one");
    }
  }

  /** Returns whether the record is well formed. */
  public boolean wellFormed() {
    return problem == null;
  }
}
