package org.sgnet.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sgnet.SgnetException;

/**
 * Opens a backup and checks all of it before anyone uses it: the zip's directory (a file cut short
 * has none), the manifest against its checksum, the format version, and every entry's presence,
 * size and SHA-256. Every refusal names the file, the entry and what is wrong.
 */
final class ArchiveReader implements AutoCloseable {

  private final Path file;
  private final ZipFile zip;
  private final Manifest manifest;

  private ArchiveReader(Path file, ZipFile zip, Manifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  /**
   * Opens and checks a backup.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} when it is missing,
   *     cut short, damaged or of an unknown format version
   */
  static ArchiveReader open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw BackupFile.damaged("no backup at " + file);
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw BackupFile.damaged(
          file
              + ": not a readable backup: the file is cut short (truncated) or is not a zip ("
              + e.getMessage()
              + ")",
          e);
    }
    try {
      Manifest manifest = readManifest(file, zip);
      verifyEntries(file, zip, manifest);
      return new ArchiveReader(file, zip, manifest);
    } catch (RuntimeException e) {
      closeQuietly(zip, e);
      throw e;
    }
  }

  private static Manifest readManifest(Path file, ZipFile zip) {
    byte[] bytes = readSmall(file, zip, BackupFile.MANIFEST);
    String sum =
        new String(readSmall(file, zip, BackupFile.MANIFEST_SUM), StandardCharsets.US_ASCII);
    if (!ArchiveWriter.sha256(bytes).equals(sum.strip())) {
      throw BackupFile.damaged(
          file
              + ": entry "
              + BackupFile.MANIFEST
              + ": its SHA-256 does not match "
              + BackupFile.MANIFEST_SUM
              + " (the manifest is damaged)");
    }
    JsonNode tree;
    try {
      tree = ArchiveWriter.JSON.readTree(bytes);
    } catch (IOException e) {
      throw BackupFile.damaged(file + ": entry " + BackupFile.MANIFEST + ": not JSON", e);
    }
    if (!BackupFile.FORMAT.equals(tree.path("format").asText())) {
      throw BackupFile.damaged(
          file
              + ": not an sgnet backup (its manifest's format is '"
              + tree.path("format").asText()
              + "')");
    }
    int version = tree.path("version").asInt(-1);
    if (version != BackupFile.VERSION) {
      throw BackupFile.damaged(
          file
              + ": backup format version "
              + tree.path("version").asText()
              + ", which this sgnet cannot read (it reads version "
              + BackupFile.VERSION
              + "; a newer sgnet made it?)");
    }
    try {
      Manifest manifest = ArchiveWriter.JSON.treeToValue(tree, Manifest.class);
      if (manifest.entries() == null || manifest.migrations() == null) {
        throw BackupFile.damaged(
            file + ": entry " + BackupFile.MANIFEST + ": it lists no entries or migrations");
      }
      return manifest;
    } catch (JsonProcessingException e) {
      throw BackupFile.damaged(
          file + ": entry " + BackupFile.MANIFEST + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void verifyEntries(Path file, ZipFile zip, Manifest manifest) {
    Set<String> listed = new HashSet<>(Set.of(BackupFile.MANIFEST, BackupFile.MANIFEST_SUM));
    for (String required : new String[] {BackupFile.NODES, BackupFile.RELATIONSHIPS}) {
      if (manifest.entry(required) == null) {
        throw BackupFile.damaged(file + ": entry " + required + ": the manifest does not list it");
      }
    }
    for (Manifest.Entry entry : manifest.entries()) {
      listed.add(entry.name());
      verify(file, zip, entry);
    }
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      String name = all.nextElement().getName();
      if (!listed.contains(name)) {
        throw BackupFile.damaged(file + ": entry " + name + ": the manifest does not list it");
      }
    }
  }

  private static void verify(Path file, ZipFile zip, Manifest.Entry entry) {
    String where = file + ": entry " + entry.name();
    ZipEntry z = zip.getEntry(entry.name());
    if (z == null) {
      throw BackupFile.damaged(where + ": missing");
    }
    MessageDigest sha = ArchiveWriter.newDigest();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = zip.getInputStream(z)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw BackupFile.damaged(
          where + ": cannot be read, damaged or cut short (" + e.getMessage() + ")", e);
    }
    if (size != entry.size()) {
      throw BackupFile.damaged(
          where
              + ": holds "
              + size
              + " bytes where the manifest says "
              + entry.size()
              + " (damaged)");
    }
    if (!HexFormat.of().formatHex(sha.digest()).equals(entry.sha256())) {
      throw BackupFile.damaged(where + ": its SHA-256 does not match the manifest (damaged)");
    }
  }

  private static byte[] readSmall(Path file, ZipFile zip, String name) {
    ZipEntry z = zip.getEntry(name);
    if (z == null) {
      throw BackupFile.damaged(
          file + ": entry " + name + ": missing (not an sgnet backup, or damaged)");
    }
    try (InputStream in = zip.getInputStream(z)) {
      return in.readAllBytes();
    } catch (ZipException e) {
      throw BackupFile.damaged(file + ": entry " + name + ": damaged (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw BackupFile.damaged(
          file + ": entry " + name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static void closeQuietly(ZipFile zip, RuntimeException failure) {
    try {
      zip.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Returns the checked manifest. */
  Manifest manifest() {
    return manifest;
  }

  /** Returns the backup's path. */
  Path file() {
    return file;
  }

  /** Returns whether the backup holds an entry of that name (checked when opened). */
  boolean has(String name) {
    return manifest.entry(name) != null;
  }

  /** Opens a checked entry. */
  InputStream open(String name) throws IOException {
    return zip.getInputStream(zip.getEntry(name));
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
