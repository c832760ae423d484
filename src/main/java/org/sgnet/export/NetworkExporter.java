package org.sgnet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the whole stored network in one of the {@link ExportFormat}s. */
public final class NetworkExporter {

  private final GraphSnapshotReader reader;

  public NetworkExporter(GraphSnapshotReader reader) {
    this.reader = reader;
  }

  /**
   * Writes the network to a stream: GraphML or JSON as text, CSV as a {@code .zip} bundle.
   *
   * @param format the format
   * @param out the stream, left open
   */
  public void write(ExportFormat format, OutputStream out) {
    write(format, reader.snapshot(), out);
  }

  /** Writes a given snapshot (a child's part, or a pseudonymised copy) to a stream. */
  public static void write(ExportFormat format, GraphSnapshot snapshot, OutputStream out) {
    try {
      switch (format) {
        case GRAPHML -> new GraphMlWriter().write(snapshot, out);
        case JSON -> new JsonWriter().write(snapshot, out);
        case CSV -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          BundleCsvWriter csv = new BundleCsvWriter(snapshot);
          for (String file : BundleCsvWriter.FILES) {
            zip.putNextEntry(new ZipEntry(file));
            csv.write(file, zip);
            zip.closeEntry();
          }
          zip.finish();
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the network to a file; for CSV a path not ending in {@code .zip} is a folder that
   * receives the bundle's files.
   */
  public void write(ExportFormat format, Path target) {
    try {
      if (format == ExportFormat.CSV && !target.getFileName().toString().endsWith(".zip")) {
        GraphSnapshot snapshot = reader.snapshot();
        Files.createDirectories(target);
        BundleCsvWriter csv = new BundleCsvWriter(snapshot);
        for (String file : BundleCsvWriter.FILES) {
          try (OutputStream out = Files.newOutputStream(target.resolve(file))) {
            csv.write(file, out);
          }
        }
        return;
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        write(format, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
