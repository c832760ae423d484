package org.sgnet.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import org.sgnet.SgnetException;

/**
 * Reads and validates a case bundle, as {@code shared/spec/case-bundle.md} (version 1) defines it.
 *
 * <p>Every file is streamed once, in the order agencies, people, relationships, events; only the
 * ids (and the kinds of people) are kept to check the references of later files, so that large
 * bundles read quickly. All errors of all files are collected and thrown together, sorted by file,
 * line and column. Messages name ids, dates and enumerated values but never free text such as names
 * or summaries, which may be personal data.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class BundleReader {

  /**
   * Reads the bundle in a folder, or in a zip file whose bundle files lie at its root or in one
   * top-level folder ({@code __MACOSX/} and hidden entries are ignored).
   *
   * @param source a folder or a zip file
   * @return the validated bundle, its rows in file order
   * @throws BundleInvalidException with every error of the bundle
   * @throws SgnetException of kind {@code NOT_FOUND} when there is nothing at the path, of kind
   *     {@code INVALID_INPUT} when the file is no readable zip or holds several bundles, of kind
   *     {@code FAILURE} when the files cannot be read
   */
  public Bundle read(Path source) {
    if (source == null) {
      throw new IllegalArgumentException("source is required");
    }
    if (Files.isDirectory(source)) {
      return readClosing(BundleSource.folder(source), source.toString());
    }
    if (!Files.isRegularFile(source)) {
      throw new SgnetException(
          SgnetException.Kind.NOT_FOUND, "no bundle at " + source + ": expected a folder or a zip");
    }
    BundleSource zip;
    try {
      zip = BundleSource.zip(source);
    } catch (IOException e) {
      throw failure(source.toString(), e);
    }
    return readClosing(zip, source.toString());
  }

  /**
   * Reads the bundle in a zip that arrives as a stream, such as an upload. The bundle's files are
   * held in memory while they are read; the stream is read to its end and not closed.
   *
   * @param name the zip's name for messages, such as the upload's file name
   * @param zip the zip's bytes
   * @return the validated bundle, its rows in file order
   * @throws BundleInvalidException with every error of the bundle
   * @throws SgnetException of kind {@code INVALID_INPUT} when the stream is no readable zip or
   *     holds several bundles, of kind {@code FAILURE} when the stream cannot be read
   */
  public Bundle read(String name, InputStream zip) {
    if (name == null || zip == null) {
      throw new IllegalArgumentException("name and zip are required");
    }
    BundleSource source;
    try {
      source = BundleSource.zip(name, zip);
    } catch (IOException e) {
      throw failure(name, e);
    }
    return readClosing(source, name);
  }

  /**
   * Reads a bundle whose files are in memory, such as one {@link BundleWriter} made from another
   * source, with the same checks as a bundle on disk.
   *
   * @param name the bundle's name for messages
   * @param files the files' bytes by file name
   * @throws BundleInvalidException with every error of the bundle
   */
  public Bundle read(String name, java.util.Map<String, byte[]> files) {
    if (name == null || files == null) {
      throw new IllegalArgumentException("name and files are required");
    }
    return readClosing(new BundleSource.Memory(files, ""), name);
  }

  private static Bundle readClosing(BundleSource source, String name) {
    try (source) {
      return read(source);
    } catch (IOException | UncheckedIOException e) {
      throw failure(name, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  private static Bundle read(BundleSource source) throws IOException {
    Errors errors = new Errors();
    IdIndex<Void> agencyIds = new IdIndex<>("agency", BundleFile.AGENCIES);
    IdIndex<PersonKind> personIds = new IdIndex<>("person", BundleFile.PEOPLE);
    List<Agency> agencies =
        rows(source, BundleFile.AGENCIES, errors, t -> new AgencyRows(t, agencyIds).read());
    List<Person> people =
        rows(
            source, BundleFile.PEOPLE, errors, t -> new PersonRows(t, agencyIds, personIds).read());
    List<Tie> ties =
        rows(source, BundleFile.RELATIONSHIPS, errors, t -> new TieRows(t, personIds).read());
    List<Event> events =
        rows(source, BundleFile.EVENTS, errors, t -> new EventRows(t, agencyIds, personIds).read());
    if (!errors.isEmpty()) {
      throw new BundleInvalidException(errors.sorted());
    }
    return new Bundle(agencies, people, ties, events);
  }

  /** Reads the rows of one file of the bundle, which is closed even when a row fails to read. */
  private static <T> List<T> rows(
      BundleSource source, BundleFile file, Errors errors, RowReader<T> reader) throws IOException {
    try (Table table = Table.open(file, source.open(file.fileName()), errors)) {
      return reader.read(table);
    }
  }

  /** Reads the rows of one table (a lambda, since reading may fail with an IOException). */
  @FunctionalInterface
  private interface RowReader<T> {
    List<T> read(Table table) throws IOException;
  }

  private static SgnetException failure(String name, IOException e) {
    if (e instanceof ZipException) {
      return new SgnetException(
          SgnetException.Kind.INVALID_INPUT, name + " is not a readable zip: " + e.getMessage(), e);
    }
    return new SgnetException(
        SgnetException.Kind.FAILURE, "cannot read the bundle " + name + ": " + e.getMessage(), e);
  }
}
