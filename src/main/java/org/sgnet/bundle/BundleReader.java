package org.sgnet.bundle;

import java.nio.file.Path;

/** Reads and validates a case bundle. */
public final class BundleReader {

  /**
   * Reads the bundle in a folder or a {@code .zip}.
   *
   * @throws BundleInvalidException with every error of the bundle
   */
  public Bundle read(Path source) {
    throw new IllegalStateException("bundle reading is being written");
  }
}
