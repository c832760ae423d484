package org.sgnet.sources;

import java.util.Objects;

/**
 * Where a source record is: its format, its file, and its line or XML path. A locator names a
 * record so that a reviewer can go back to it; it never holds a value of the record.
 *
 * @param format the source format, such as {@code ssda903}
 * @param file the file's name (not its folder), such as {@code episodes.csv}
 * @param where the line number ({@code 14}), sheet and row ({@code List 1!14}) or XML path ({@code
 *     /Message/Children/Child[3]/CINdetails[2]})
 */
public record Locator(String format, String file, String where) {

  public Locator {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(where, "where");
    if (format.contains(":") || file.contains(";") || where.contains(";")) {
      throw new IllegalArgumentException("a locator's parts hold no ':' in the format and no ';'");
    }
  }

  /** A record that starts on a line of a text file. */
  public static Locator line(String format, String file, long line) {
    return new Locator(format, file, Long.toString(line));
  }

  /** Returns {@code file:where}, the location an error message names. */
  public String location() {
    return file + ":" + where;
  }

  /** Returns {@code format:file:where}, as a bundle's {@code provenance} column holds it. */
  @Override
  public String toString() {
    return format + ":" + file + ":" + where;
  }
}
