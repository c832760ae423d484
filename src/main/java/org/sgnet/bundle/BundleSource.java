package org.sgnet.bundle;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.sgnet.SgnetException;

/**
 * Where a bundle's files come from: a folder, a {@code .zip} file, or a zip received as a stream.
 */
interface BundleSource extends Closeable {

  /** Opens a file of the bundle, or returns {@code null} when the bundle has no such file. */
  InputStream open(String fileName) throws IOException;

  /** Returns the files of a folder. */
  static BundleSource folder(Path folder) {
    return new Folder(folder);
  }

  /**
   * Opens a zip file; its files may lie at its root or in one top-level folder.
   *
   * @throws SgnetException when the zip holds more than one bundle folder
   */
  static BundleSource zip(Path zip) throws IOException {
    ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
    try {
      List<String> names = new ArrayList<>();
      file.stream().filter(entry -> !entry.isDirectory()).forEach(e -> names.add(e.getName()));
      return new Zip(file, ZipLayout.prefix(names, zip.getFileName().toString()));
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /**
   * Reads a zip stream into memory, keeping only the entries that may be bundle files; the stream
   * is read to its end and left open.
   *
   * @param name the zip's name for messages, such as an upload's file name
   * @throws SgnetException when the stream is no zip or holds more than one bundle folder
   */
  static BundleSource zip(String name, InputStream in) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new KeepOpen(in), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries++;
        if (!entry.isDirectory() && ZipLayout.mayBeBundleFile(entry.getName())) {
          files.put(entry.getName(), zip.readAllBytes());
        }
      }
    } catch (IllegalArgumentException e) {
      // ZipInputStream reports an entry name that is not UTF-8 this way.
      throw new ZipException(e.getMessage());
    }
    if (entries == 0) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, name + " is not a zip, or an empty one");
    }
    return new Memory(files, ZipLayout.prefix(files.keySet(), name));
  }

  /** The files of a folder. */
  final class Folder implements BundleSource {
    private final Path folder;

    Folder(Path folder) {
      if (folder == null) {
        throw new IllegalArgumentException("folder is required");
      }
      this.folder = folder;
    }

    @Override
    public InputStream open(String fileName) throws IOException {
      Path file = folder.resolve(fileName);
      return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    @Override
    public void close() {
      // Each file's stream is closed by its reader; the folder holds nothing open.
    }
  }

  /** The files of a zip file, read entry by entry without unpacking. */
  final class Zip implements BundleSource {
    private final ZipFile zip;
    private final String prefix;

    Zip(ZipFile zip, String prefix) {
      if (zip == null || prefix == null) {
        throw new IllegalArgumentException("zip and prefix are required");
      }
      this.zip = zip;
      this.prefix = prefix;
    }

    @Override
    public InputStream open(String fileName) throws IOException {
      ZipEntry entry = zip.getEntry(prefix + fileName);
      return entry == null || entry.isDirectory() ? null : zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  /** The bundle files of a zip stream, held in memory. */
  final class Memory implements BundleSource {
    private final Map<String, byte[]> files;
    private final String prefix;

    Memory(Map<String, byte[]> files, String prefix) {
      if (files == null || prefix == null) {
        throw new IllegalArgumentException("files and prefix are required");
      }
      this.files = Map.copyOf(files);
      this.prefix = prefix;
    }

    @Override
    public InputStream open(String fileName) {
      byte[] bytes = files.get(prefix + fileName);
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public void close() {
      // Nothing is open: the bytes are in memory.
    }
  }

  /** Keeps the caller's stream open when the zip reader over it is closed. */
  final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller opened the stream and closes it.
    }
  }

  /** Where a bundle lies inside a zip. */
  final class ZipLayout {
    private static final String MAC_FORK = "__MACOSX/";

    private ZipLayout() {}

    /**
     * Returns whether an entry may be a bundle file: a bundle file name at the root or one folder
     * down, not in a Mac resource fork folder nor hidden.
     */
    static boolean mayBeBundleFile(String entryName) {
      if (entryName.startsWith(MAC_FORK)) {
        return false;
      }
      String[] parts = entryName.split("/", -1);
      for (String part : parts) {
        if (part.startsWith(".")) {
          return false;
        }
      }
      return parts.length <= 2 && BundleFile.isBundleFile(parts[parts.length - 1]);
    }

    /**
     * Returns the prefix of the bundle's files: empty when any lies at the root, else the one
     * top-level folder that holds them.
     *
     * @throws SgnetException when several top-level folders hold bundle files
     */
    static String prefix(Collection<String> entryNames, String zipName) {
      TreeSet<String> folders = new TreeSet<>();
      for (String name : entryNames) {
        if (!mayBeBundleFile(name)) {
          continue;
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
          return "";
        }
        folders.add(name.substring(0, slash + 1));
      }
      if (folders.size() > 1) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            zipName
                + " holds bundle files in several folders "
                + folders
                + "; a zip must hold one bundle, at its root or in one folder");
      }
      return folders.isEmpty() ? "" : folders.first();
    }
  }
}
