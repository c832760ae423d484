package org.sgnet.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@link FormatAdapter} for a format whose files stand alone: each is read by itself, in name
 * order, with nothing carried from one file to the next. The adapter names its files once and maps
 * one file at a time.
 */
public abstract class FileByFileAdapter extends FormatAdapter {

  private final String what;
  private final String[] extensions;

  /**
   * Names the format and its files.
   *
   * @param format the format's name as {@code --from} takes it
   * @param description one line saying what the format is and which files it takes
   * @param what what one file is, as an error names it
   * @param extensions the endings of the format's files
   */
  protected FileByFileAdapter(
      String format, String description, String what, String... extensions) {
    super(format, description);
    this.what = what;
    this.extensions = extensions.clone();
  }

  @Override
  protected final void read(List<Path> paths, SourceOptions options, SourceRecords records) {
    for (Path file : SourceFiles.expand(paths, what, extensions)) {
      records.opened(String.valueOf(file.getFileName()));
      readFile(file, options, records);
    }
  }

  /**
   * Maps one file into the records, refusing each record it cannot map.
   *
   * @param file the file
   * @param options what the conversion needs beyond the files
   * @param records where what is read goes
   */
  protected abstract void readFile(Path file, SourceOptions options, SourceRecords records);
}
