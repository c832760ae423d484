package org.sgnet.bundle;

/**
 * RFC 4180 cell quoting shared by every CSV sgnet writes (the bundle export and the network
 * generator), so that all of them quote the same way the bundle reader expects.
 */
public final class Csv {

  private Csv() {}

  /**
   * Returns the cell as written in a CSV file: quoted when it holds a comma, quote or line break.
   */
  public static String quote(String cell) {
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
