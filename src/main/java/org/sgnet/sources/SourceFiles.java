package org.sgnet.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sgnet.SgnetException;
import org.xml.sax.SAXParseException;

/** Finding an adapter's files among the paths a user gave, and refusing the ones it cannot read. */
public final class SourceFiles {

  private SourceFiles() {}

  /**
   * Returns the files: each path that is a file, and the files of each folder (not its sub-folders
   * nor hidden files) that {@code wanted} accepts, in name order; each file once, however often it
   * is given.
   *
   * @throws SgnetException of kind {@code NOT_FOUND} when a path does not exist or nothing is
   *     wanted, {@code FAILURE} when a folder cannot be listed
   */
  public static List<Path> expand(List<Path> paths, Predicate<Path> wanted, String what) {
    if (paths == null || paths.isEmpty()) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "no file given: expected " + what);
    }
    List<Path> files = new ArrayList<>();
    // A file given twice, or given and also in a folder given, is read once: read twice, its
    // records would be refused as duplicates of themselves (or, in some formats, counted twice).
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        addOnce(files, seen, path);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> listed = Files.list(path)) {
          listed
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(wanted)
              .sorted()
              .forEach(f -> addOnce(files, seen, f));
        } catch (IOException e) {
          throw new SgnetException(
              SgnetException.Kind.FAILURE, "cannot list " + path + ": " + e.getMessage(), e);
        }
      } else {
        throw new SgnetException(SgnetException.Kind.NOT_FOUND, "nothing at " + path);
      }
    }
    if (files.isEmpty()) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no " + what + " in " + paths);
    }
    return files;
  }

  private static void addOnce(List<Path> files, java.util.Set<Path> seen, Path file) {
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException e) {
      key = file.toAbsolutePath().normalize();
    }
    if (seen.add(key)) {
      files.add(file);
    }
  }

  /**
   * Returns the files whose name ends with one of the extensions (ignoring case): each path that is
   * such a file, and such files of each folder, as {@link #expand(List, Predicate, String)} finds
   * them. Every adapter knows its files by their extensions.
   */
  public static List<Path> expand(List<Path> paths, String what, String... extensions) {
    return expand(
        paths, f -> Stream.of(extensions).anyMatch(e -> SourceFiles.hasExtension(f, e)), what);
  }

  /** Returns whether the file's name ends with the extension, ignoring case. */
  public static boolean hasExtension(Path file, String extension) {
    return file.getFileName()
        .toString()
        .toLowerCase(java.util.Locale.ROOT)
        .endsWith("." + extension.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Returns the refusal of an XML file that does not parse, at the line where parsing stopped (line
   * 1 when the parser knows none): {@code name:line: what}.
   */
  public static SgnetException notWellFormed(String name, SAXParseException e, String what) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        name + ":" + Math.max(1, e.getLineNumber()) + ": " + what,
        e);
  }

  /** Wraps a read failure of a file. */
  public static SgnetException unreadable(Path file, IOException e) {
    return new SgnetException(
        SgnetException.Kind.FAILURE, "cannot read " + file + ": " + e.getMessage(), e);
  }
}
