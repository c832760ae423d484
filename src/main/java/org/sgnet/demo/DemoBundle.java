package org.sgnet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Child J demo case bundle, packaged under {@code demo/child-j/}. Names are pseudonyms and the
 * detail is invented; the story follows the lessons of a published multi-agency review.
 */
public final class DemoBundle {

  /** The files of the demo bundle. */
  public static final List<String> FILES = org.sgnet.bundle.BundleLayout.FILES;

  private DemoBundle() {}

  /** Copies the demo bundle into a new folder and returns that folder. */
  public static Path extract(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String file : FILES) {
        try (InputStream in = DemoBundle.class.getResourceAsStream("/demo/child-j/" + file)) {
          if (in == null) {
            throw new IllegalStateException("the demo bundle lacks " + file);
          }
          Files.copy(in, folder.resolve(file));
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it, quietly: used for temporary demo stores. */
  public static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the operating system clears it eventually.
    }
  }
}
