package org.sgnet.sources;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Csv;

/**
 * Writes refused records to a rejects file: one CSV row each, naming the record (format, file, line
 * or path), the field at fault and why. Values are not copied: the analyst goes back to the record
 * itself, which the file locates, so the rejects file holds no personal data.
 */
public final class Rejects {

  /** The rejects file's header. */
  public static final String HEADER = "format,file,where,field,reason";

  private Rejects() {}

  /**
   * Writes the file, replacing one of the same name; with no refused record it has only its header.
   *
   * @throws SgnetException of kind {@code FAILURE} when the file cannot be written
   */
  public static void write(Path file, List<SourceError> refused) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(HEADER + "\r\n");
        for (SourceError e : refused) {
          w.write(
              String.join(
                      ",",
                      Csv.quote(e.at().format()),
                      Csv.quote(e.at().file()),
                      Csv.quote(e.at().where()),
                      Csv.quote(e.field() == null ? "" : e.field()),
                      Csv.quote(e.message()))
                  + "\r\n");
        }
      }
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot write the rejects file " + file + ": " + e.getMessage(),
          e);
    }
  }
}
