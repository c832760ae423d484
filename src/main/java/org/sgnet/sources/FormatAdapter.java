package org.sgnet.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@link SourceAdapter} whose name and description are fixed when it is made, and whose records
 * are collected under its name: every format does both the same way, so an adapter only names its
 * format and maps its files.
 */
public abstract class FormatAdapter implements SourceAdapter {

  private final String format;
  private final String description;

  /**
   * Names the format.
   *
   * @param format the format's name as {@code --from} takes it
   * @param description one line saying what the format is and which files it takes
   */
  protected FormatAdapter(String format, String description) {
    this.format = format;
    this.description = description;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final SourceRecords read(List<Path> paths, SourceOptions options) {
    SourceRecords records = new SourceRecords(format);
    read(paths, options, records);
    return records;
  }

  /**
   * Maps the files into the records, refusing each record it cannot map.
   *
   * @param paths the files, or folders whose files of this format are read (in name order)
   * @param options what the conversion needs beyond the files
   * @param records where what is read goes, named after the format
   */
  protected abstract void read(List<Path> paths, SourceOptions options, SourceRecords records);
}
