package org.sgnet.api;

import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sgnet.SgnetException;

/**
 * A source uploaded for import, laid out as files in a private temporary folder: a {@code .zip}
 * unpacked (its files by name, folders flattened, hidden and {@code __MACOSX} entries skipped), any
 * other file as it came. The folder is deleted when closed: the upload holds personal data.
 */
final class SourceUpload implements AutoCloseable {

  /** The most an unpacked upload may hold, against zip bombs: 2 GiB. */
  private static final long MAX_BYTES = 2L << 30;

  private final Path folder;

  private SourceUpload(Path folder) {
    this.folder = folder;
  }

  /** Lays out the upload. */
  static SourceUpload of(CompletedFileUpload upload) {
    Path folder;
    try {
      folder =
          Files.createTempDirectory(
              "sgnet-source-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SourceUpload laid = new SourceUpload(folder);
    try (InputStream in = upload.getInputStream()) {
      String name = safeName(upload.getFilename());
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        laid.unzip(in);
      } else {
        Files.copy(in, folder.resolve(name));
      }
      return laid;
    } catch (IOException | RuntimeException e) {
      laid.close();
      if (e instanceof SgnetException s) {
        throw s;
      }
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the upload cannot be read: " + e.getMessage(), e);
    }
  }

  /** Returns the folder of the upload's files. */
  Path folder() {
    return folder;
  }

  private void unzip(InputStream in) throws IOException {
    long total = 0;
    int files = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (entry.isDirectory()
            || name.startsWith("__MACOSX/")
            || base.startsWith(".")
            || base.isEmpty()) {
          continue;
        }
        Path target = folder.resolve(safeName(base));
        if (Files.exists(target)) {
          throw new SgnetException(
              SgnetException.Kind.INVALID_INPUT,
              "the zip holds two files named " + base + "; one source's files have distinct names");
        }
        total += Files.copy(zip, target);
        files++;
        if (total > MAX_BYTES) {
          throw new SgnetException(
              SgnetException.Kind.INVALID_INPUT, "the zip unpacks to more than 2 GiB");
        }
      }
    }
    if (files == 0) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the upload is not a zip, or holds no file");
    }
  }

  /** The file name alone, never a path that could leave the folder. */
  private static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    if (base.isEmpty() || base.equals(".") || base.equals("..")) {
      return "upload";
    }
    return base;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is removed with the system's temporary files.
    }
  }
}
