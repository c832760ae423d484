package org.sgnet.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;

/** The Child J demo bundle for tests, read and checked by the real bundle reader. */
public final class DemoBundleCsv {

  private DemoBundleCsv() {}

  /** Returns the demo bundle. */
  public static Bundle childJ() {
    try {
      Path dir = Files.createTempDirectory("sgnet-demo-bundle");
      try {
        return new BundleReader().read(DemoBundle.extract(dir.resolve("child-j")));
      } finally {
        FileUtils.deleteQuietly(dir.toFile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
