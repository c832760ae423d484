package org.sgnet.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one source format into the case-bundle model. An adapter only maps: identities, references
 * and the write are the same for every source ({@link Conversion}).
 *
 * <p>An adapter refuses a record it cannot map (a bad date, a code without a mapping, a missing
 * field) with a {@link SourceError} naming the file, the line or XML path and the field, and goes
 * on with the next record, so that every error of a source is reported at once. A code that has no
 * mapping is always refused, never dropped in silence.
 */
public interface SourceAdapter {

  /** Returns the format's name as {@code --from} takes it, such as {@code ssda903}. */
  String format();

  /** Returns one line saying what the format is and which files it takes. */
  String description();

  /**
   * Reads the files into records.
   *
   * @param paths the files, or folders whose files of this format are read (in name order)
   * @param options what the conversion needs beyond the files
   * @return what was read, with every refused record
   * @throws org.sgnet.SgnetException of kind {@code NOT_FOUND} when a path does not exist, {@code
   *     INVALID_INPUT} when a file is not of this format at all (no known header, not XML), {@code
   *     FAILURE} when a file cannot be read
   */
  SourceRecords read(List<Path> paths, SourceOptions options);
}
