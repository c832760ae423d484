package org.sgnet.bundle;

import java.util.Arrays;
import java.util.List;

/**
 * The file names and column headers of the case-bundle format, in format order, for code that
 * writes bundles (exports, the generator, the demo). They come from the same definitions the reader
 * checks against, so a writer cannot drift from the reader.
 */
public final class BundleLayout {

  /**
   * The files of a bundle: {@code agencies.csv}, {@code people.csv}, {@code relationships.csv},
   * {@code events.csv}.
   */
  public static final List<String> FILES =
      Arrays.stream(BundleFile.values()).map(BundleFile::fileName).toList();

  private BundleLayout() {}

  /**
   * Returns the columns of a file in format order, without {@code x_} columns.
   *
   * @param file a name of {@link #FILES}
   */
  public static List<String> columns(String file) {
    return fileNamed(file).columns().stream()
        .filter(c -> !c.sourceExtension())
        .map(Column::header)
        .toList();
  }

  /**
   * Returns the optional columns that a bundle made from other sources adds to a file ({@code
   * identifiers}, {@code postcode}, {@code provenance}; see {@link Provenance}), in format order.
   *
   * @param file a name of {@link #FILES}
   */
  public static List<String> sourceColumns(String file) {
    return fileNamed(file).columns().stream()
        .filter(Column::sourceExtension)
        .map(Column::header)
        .toList();
  }

  private static BundleFile fileNamed(String file) {
    for (BundleFile f : BundleFile.values()) {
      if (f.fileName().equals(file)) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a bundle file: " + file);
  }
}
