package org.sgnet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies closed store directories, for the crash tests' kill points. */
final class StoreDirs {

  private StoreDirs() {}

  /** Copies a closed store, so that each kill point starts from the same bytes. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          f -> {
            try {
              Path target = to.resolve(from.relativize(f).toString());
              if (Files.isDirectory(f)) {
                Files.createDirectories(target);
              } else {
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
