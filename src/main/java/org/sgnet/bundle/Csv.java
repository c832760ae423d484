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
    return quoted(cell);
  }

  /** Writes one record: the cells quoted, separated by commas, ended by CRLF. */
  public static void line(java.io.Writer w, java.util.List<String> cells)
      throws java.io.IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quoted(cells.get(i)));
    }
    w.write("\r\n");
  }

  private static String quoted(String cell) {
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
