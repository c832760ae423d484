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
    for (BundleFile f : BundleFile.values()) {
      if (f.fileName().equals(file)) {
        return f.columns().stream().map(Column::header).toList();
      }
    }
    throw new IllegalArgumentException("not a bundle file: " + file);
  }
}
