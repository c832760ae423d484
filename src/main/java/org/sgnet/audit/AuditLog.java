package org.sgnet.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.sgnet.SgnetException;

/**
 * An append-only, hash-chained log of JSON lines.
 *
 * <p>Each line is {@code {"seq":N, …fields…, "prev":"<hash of line N-1>", "hash":"<hash>"}} where
 * {@code hash} is the SHA-256 of the line up to (not including) {@code ,"hash"}. The first line's
 * {@code prev} is 64 zeros. A companion file {@code FILE.head} holds the last sequence number and
 * hash, so that removing lines from the end is detected too. Appends are written through to the
 * operating system before {@link #append} returns.
 *
 * <p>A process killed inside {@link #append} can leave the line written and the head one line
 * behind; the head itself is replaced by an atomic rename, so it is never empty or half written.
 * {@link #verify} therefore accepts a head exactly one line behind when it names the hash of the
 * line before the last, and opening the log brings the head up to date. A head further behind, or
 * naming another hash, still reports lines removed from the end.
 */
public final class AuditLog implements AutoCloseable {

  static final String GENESIS = "0".repeat(64);
  private static final Pattern LINE =
      Pattern.compile(
          "^(\\{\"seq\":(\\d+),.*,\"prev\":\"([0-9a-f]{64})\"),\"hash\":\"([0-9a-f]{64})\"\\}$");

  private final Path file;
  private final Path head;

  /**
   * Plain stream I/O, not a {@code FileChannel}: an interrupted channel closes itself for every
   * thread, and Micronaut's reactive plumbing interrupts request threads when it cancels work it no
   * longer needs (such as an authentication whose answer has arrived). One such interrupt must not
   * silence the audit trail, and with it every answer of the server.
   */
  private final FileOutputStream out;

  private final JsonFactory json = new JsonFactory();
  private long seq;
  private String last;

  /** Opens (or creates) the log and continues its chain. */
  public AuditLog(Path file) {
    this.file = file.toAbsolutePath();
    this.head = headOf(this.file);
    try {
      Files.createDirectories(this.file.getParent());
      Verification state = verify(this.file);
      if (!state.intact()) {
        throw new SgnetException(
            SgnetException.Kind.FAILURE,
            "the audit log "
                + this.file
                + " is damaged at line "
                + state.badLine()
                + ": "
                + state.reason()
                + "; keep it as evidence and start a new one with --audit-log");
      }
      this.seq = state.lines();
      this.last = state.lastHash();
      if (seq > 0) {
        // Brings a head left one line behind by a killed append up to date.
        writeHead(seq, last);
      }
      this.out = new FileOutputStream(this.file.toFile(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the log file. */
  public Path file() {
    return file;
  }

  /** Appends one entry and returns its line number; it is on disk (in the OS) on return. */
  public synchronized long append(AuditEntry entry) {
    long next = seq + 1;
    String content = content(next, entry, last);
    String hash = DigestUtils.sha256Hex(content);
    String line = content + ",\"hash\":\"" + hash + "\"}\n";
    try {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      writeHead(next, hash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    seq = next;
    last = hash;
    return next;
  }

  /**
   * Replaces the head by writing a sibling file and renaming it over the head, so a kill leaves
   * either the old head or the new one.
   */
  private void writeHead(long lines, String hash) throws IOException {
    Path next = head.resolveSibling(head.getFileName() + ".next");
    try (FileOutputStream headOut = new FileOutputStream(next.toFile())) {
      headOut.write((lines + " " + hash + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.move(next, head, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String content(long n, AuditEntry e, String prev) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("seq", n);
      g.writeStringField("time", e.time().toString());
      if (e.event() != null) {
        g.writeStringField("event", e.event());
      }
      g.writeStringField("user", e.user());
      g.writeArrayFieldStart("roles");
      for (String r : e.roles()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeStringField("method", e.method());
      g.writeStringField("route", e.route());
      g.writeStringField("path", e.path());
      if (e.query() != null) {
        g.writeStringField("query", e.query());
      }
      g.writeObjectFieldStart("params");
      for (Map.Entry<String, String> p : new TreeMap<>(e.params()).entrySet()) {
        g.writeStringField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("status", e.status());
      g.writeStringField("outcome", e.allowed() ? "allowed" : "denied");
      if (e.size() != null) {
        g.writeNumberField("size", e.size());
      }
      if (e.change() != null) {
        g.writeObjectFieldStart("change");
        for (Map.Entry<String, Map<String, Object>> side : e.change().entrySet()) {
          g.writeObjectFieldStart(side.getKey());
          for (Map.Entry<String, Object> f : new TreeMap<>(side.getValue()).entrySet()) {
            g.writeStringField(f.getKey(), f.getValue() == null ? null : f.getValue().toString());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeStringField("prev", prev);
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    String text = out.toString();
    return text.substring(0, text.length() - 1);
  }

  /**
   * What checking a log found.
   *
   * @param intact whether every line is as written and in order
   * @param lines the number of lines checked as good
   * @param lastHash the hash of the last good line
   * @param badLine the first bad line (1-based), or 0 when intact
   * @param reason what is wrong with it, or {@code null}
   */
  public record Verification(
      boolean intact, long lines, String lastHash, long badLine, String reason) {}

  /** Checks a log: every hash, every link to the line before, the numbering and the head file. */
  public static Verification verify(Path file) {
    try {
      if (!Files.exists(file)) {
        return new Verification(true, 0, GENESIS, 0, null);
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String prev = GENESIS;
      String beforeLast = GENESIS;
      long n = 0;
      for (String line : lines) {
        long number = n + 1;
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
          return new Verification(false, n, prev, number, "not an audit line");
        }
        if (!DigestUtils.sha256Hex(m.group(1)).equals(m.group(4))) {
          return new Verification(
              false, n, prev, number, "its content does not match its hash (edited)");
        }
        if (!m.group(3).equals(prev)) {
          return new Verification(
              false,
              n,
              prev,
              number,
              "it does not follow the line before (removed or reordered lines)");
        }
        if (Long.parseLong(m.group(2)) != number) {
          return new Verification(false, n, prev, number, "its sequence number is " + m.group(2));
        }
        beforeLast = prev;
        prev = m.group(4);
        n = number;
      }
      Path head = headOf(file);
      if (Files.exists(head)) {
        String expected = n + " " + prev;
        String actual = Files.readString(head, StandardCharsets.UTF_8).strip();
        String killedAppend = (n - 1) + " " + beforeLast;
        if (!actual.equals(expected) && !(n > 0 && actual.equals(killedAppend))) {
          return new Verification(
              false,
              n,
              prev,
              n + 1,
              "the log ends early: the head file records " + actual.split(" ")[0] + " lines");
        }
      } else if (n > 0) {
        return new Verification(
            false, n, prev, n + 1, "the head file " + head.getFileName() + " is missing");
      }
      return new Verification(true, n, prev, 0, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path headOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".head");
  }
}
