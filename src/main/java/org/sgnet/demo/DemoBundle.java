package org.sgnet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
