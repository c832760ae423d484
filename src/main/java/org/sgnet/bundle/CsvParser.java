package org.sgnet.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads RFC 4180 CSV from UTF-8 bytes, one record at a time, so that a file of any size is read in
 * constant memory.
 *
 * <p>A leading byte order mark is skipped. Records end with CRLF, LF or CR; a quoted field may hold
 * commas, line breaks (returned as LF) and quotes written {@code ""}. Every field is trimmed of
 * spaces and tabs, and a quote that follows only spaces or tabs still opens a quoted field, because
 * the format ignores them around a cell. A quote inside an unquoted field is taken literally, as
 * spreadsheets do. Lines with nothing but spaces or tabs are no record.
 *
 * <p>Malformed input does not stop the parser: the record carries its problem, and the parser goes
 * on with the next record, so that every error of a file can be reported. Bytes that are not UTF-8
 * are decoded as U+FFFD and mark their record; an unterminated quote takes the rest of the file.
 */
public final class CsvParser implements Closeable {

  static final String UNTERMINATED = "a quoted field is not closed: a quote (\") is missing";
  static final String TEXT_AFTER_QUOTE =
      "text after the closing quote; a quote inside a quoted field is written \"\"";
  static final String NOT_UTF8 = "not valid UTF-8";

  private static final int BUFFER = 1 << 16;
  private static final int UNCLOSED = -2;
  private static final char REPLACEMENT = '\uFFFD';
  private static final char BOM = '\uFEFF';
  private static final String[] NO_FIELDS = new String[0];

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private final char[] buffer = chars.array();
  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();

  // Where the decoder put U+FFFD for bytes that are not UTF-8, in the current buffer: a U+FFFD
  // read from the file itself is valid text and must not be flagged.
  private int[] invalidAt = new int[8];
  private int invalidCount;
  private int invalidNext;
  private boolean invalidSeen;

  private int position;
  private int limit;
  private boolean endOfBytes;
  private boolean decoded;
  private boolean started;
  private long line = 1;

  /** A parser of the stream, which it closes when closed. */
  public CsvParser(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("input stream is required");
    }
    this.in = in;
  }

  /** Returns the next record, or {@code null} at the end of the input. */
  public CsvRecord next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == BOM) {
        position++;
      }
    }
    while (true) {
      long start = line;
      invalidSeen = false;
      int c = read();
      if (c == -1) {
        return null;
      }
      CsvRecord record = record(start, c);
      if (record != null) {
        return record;
      }
    }
  }

  /**
   * Parses the record whose first character is {@code c}; returns {@code null} for a blank line.
   */
  private CsvRecord record(long start, int first) throws IOException {
    fields.clear();
    int problemField = -1;
    String problem = null;
    boolean truncated = false;
    boolean quoted = false;
    int c = first;
    while (true) {
      field.setLength(0);
      while (Cells.isBlank(c)) {
        field.append((char) c);
        c = read();
      }
      if (c == '"') {
        quoted = true;
        field.setLength(0);
        c = quotedField();
        if (c == UNCLOSED) {
          c = -1;
          truncated = true;
          if (problem == null) {
            problem = UNTERMINATED;
            problemField = fields.size();
          }
        } else if (!isEnd(c)) {
          if (problem == null) {
            problem = TEXT_AFTER_QUOTE;
            problemField = fields.size();
          }
          while (!isEnd(c)) {
            c = read();
          }
        }
      } else {
        while (!isEnd(c)) {
          field.append((char) c);
          c = read();
        }
      }
      if (invalidSeen && problem == null) {
        problem = NOT_UTF8;
        problemField = fields.size();
      }
      invalidSeen = false;
      fields.add(Cells.trim(field));
      if (c != ',') {
        break;
      }
      c = read();
    }
    endLine(c);
    if (!quoted && fields.size() == 1 && fields.get(0).isEmpty()) {
      return null;
    }
    return new CsvRecord(start, fields.toArray(NO_FIELDS), problemField, problem, truncated);
  }

  /**
   * Reads a quoted field after its opening quote into {@link #field}; returns the first character
   * after the closing quote and any spaces or tabs (-1 at the end of the input), or {@link
   * #UNCLOSED} when the input ends inside the field.
   */
  private int quotedField() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return UNCLOSED;
      }
      if (c == '"') {
        c = read();
        if (c == '"') {
          field.append('"');
          continue;
        }
        while (Cells.isBlank(c)) {
          c = read();
        }
        return c;
      }
      if (c == '\r' || c == '\n') {
        endLine(c);
        field.append('\n');
      } else {
        field.append((char) c);
      }
    }
  }

  /** Counts a line break that starts with {@code c}, consuming the LF of a CRLF. */
  private void endLine(int c) throws IOException {
    if (c == '\r') {
      if (peek() == '\n') {
        position++;
      }
      line++;
    } else if (c == '\n') {
      line++;
    }
  }

  private static boolean isEnd(int c) {
    return c == ',' || c == '\n' || c == '\r' || c == -1;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    char c = buffer[position];
    if (c == REPLACEMENT && invalidNext < invalidCount && invalidAt[invalidNext] == position) {
      invalidSeen = true;
      invalidNext++;
    }
    position++;
    return c;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  /** Decodes the next characters into the buffer; returns {@code false} at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    invalidCount = 0;
    invalidNext = 0;
    while (!decoded) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        if (!chars.hasRemaining()) {
          break;
        }
        markInvalid(chars.position());
        chars.put(REPLACEMENT);
        bytes.position(bytes.position() + result.length());
      } else if (result.isOverflow()) {
        break;
      } else if (endOfBytes) {
        decoder.flush(chars);
        decoded = true;
      } else if (chars.position() > 0) {
        break;
      } else {
        readBytes();
      }
    }
    position = 0;
    limit = chars.position();
    return limit > 0;
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (count < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + count);
    }
    bytes.flip();
  }

  private void markInvalid(int at) {
    if (invalidCount == invalidAt.length) {
      invalidAt = Arrays.copyOf(invalidAt, invalidCount * 2);
    }
    invalidAt[invalidCount++] = at;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
