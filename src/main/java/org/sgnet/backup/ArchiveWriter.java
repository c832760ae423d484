package org.sgnet.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the entries of a backup, keeping each one's size and SHA-256 for the manifest, which it
 * writes last.
 */
final class ArchiveWriter implements AutoCloseable {

  /** Writes the bytes of one entry. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final ZipOutputStream zip;
  private final List<Manifest.Entry> entries = new ArrayList<>();

  ArchiveWriter(OutputStream out) {
    this.zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16));
  }

  /** Adds an entry whose bytes the body writes. */
  void entry(String name, Body body) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Tally tally = new Tally(zip);
    body.write(tally);
    tally.flush();
    zip.closeEntry();
    entries.add(new Manifest.Entry(name, tally.size, HexFormat.of().formatHex(tally.sha.digest())));
  }

  /** Adds an entry holding these bytes. */
  void entry(String name, byte[] bytes) throws IOException {
    entry(name, out -> out.write(bytes));
  }

  /** Returns the entries written so far, for the manifest. */
  List<Manifest.Entry> entries() {
    return List.copyOf(entries);
  }

  /** Writes the manifest and its checksum and ends the zip. */
  void finish(Manifest manifest) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
    zip.write(bytes);
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST_SUM));
    zip.write((sha256(bytes) + "\n").getBytes(StandardCharsets.US_ASCII));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      // Every Java platform has SHA-256.
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  /** Passes bytes on to the zip, counting and hashing them; closing it leaves the zip open. */
  private static final class Tally extends FilterOutputStream {
    private final MessageDigest sha = newDigest();
    private long size;

    Tally(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      sha.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      sha.update(b, off, len);
      size += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
