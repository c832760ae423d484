package org.sgnet.sources;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed reads of one source record's fields that refuse the record on the first bad one and go on
 * checking the others, so that one pass reports every error of the record. A read returns {@code
 * null} for an absent or bad value; {@link #ok()} says whether the record can be mapped.
 *
 * <p>Messages quote codes (they are the format's, not a person's) but never dates or free text.
 */
public final class Fields {

  private final SourceRecords records;
  private final Locator at;
  private final Function<String, String> cells;
  private int errors;

  /**
   * @param records where refusals go
   * @param at the record
   * @param cells the record's trimmed value of a field by name, {@code null} when absent or empty
   */
  public Fields(SourceRecords records, Locator at, Function<String, String> cells) {
    this.records = records;
    this.at = at;
    this.cells = cells;
  }

  /** Fields of a CSV row. */
  public static Fields of(SourceRecords records, SourceCsv.Row row) {
    return new Fields(records, row.at(), row::get);
  }

  /** Returns the record's locator. */
  public Locator at() {
    return at;
  }

  /** Returns whether no field was refused. */
  public boolean ok() {
    return errors == 0;
  }

  /** Refuses the record because of a field ({@code null} for the whole record). */
  public void refuse(String field, String message) {
    records.refuse(new SourceError(at, field, message));
    errors++;
  }

  /** Returns the field's text, or {@code null}. */
  public String text(String field) {
    String v = cells.apply(field);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  /** Returns the field's text, refusing the record when it is absent. */
  public String required(String field) {
    String v = text(field);
    if (v == null) {
      refuse(field, "must not be empty");
    }
    return v;
  }

  /** Returns the field's date, refusing the record when it is no date (or absent and required). */
  public LocalDate date(String field, boolean required) {
    String v = text(field);
    if (v == null) {
      if (required) {
        refuse(field, "must not be empty: expected " + SourceDates.STYLES);
      }
      return null;
    }
    LocalDate d = SourceDates.parse(v);
    if (d == null) {
      refuse(field, "is not " + SourceDates.STYLES);
    }
    return d;
  }

  /**
   * Returns what the field's code maps to, refusing the record when the code has no mapping (or is
   * absent and required). Codes are compared as written, after trimming, then in upper case.
   *
   * @param what what the code is, for the message, such as {@code legal status}
   */
  public <T> T code(String field, Map<String, T> mapping, String what, boolean required) {
    String v = text(field);
    if (v == null) {
      if (required) {
        refuse(field, "must not be empty: expected a " + what + " code");
      }
      return null;
    }
    T mapped = mapping.get(v);
    if (mapped == null) {
      mapped = mapping.get(v.toUpperCase(java.util.Locale.ROOT));
    }
    if (mapped == null) {
      refuse(
          field,
          (CODE_LIKE.matcher(v).matches() ? quote(v) + " " : "")
              + "is not a "
              + what
              + " code that sgnet maps (known: "
              + String.join(", ", new TreeSet<>(mapping.keySet()))
              + ")");
    }
    return mapped;
  }

  /**
   * Returns a bundle id made of the parts (see {@link SourceIds#id}), refusing the record when the
   * field's value cannot be part of an id.
   */
  public String id(String field, String prefix) {
    return id(field, prefix, 48);
  }

  /**
   * Returns a bundle id made of the parts (see {@link SourceIds#id}), refusing the record when the
   * field's value cannot be part of an id or is longer than {@code maxLength} (an adapter that
   * builds longer ids from it allows less than the 48 characters a part may have).
   */
  public String id(String field, String prefix, int maxLength) {
    String v = required(field);
    if (v == null) {
      return null;
    }
    String id = v.length() <= maxLength ? SourceIds.id(prefix, v) : null;
    if (id == null) {
      refuse(
          field, "is not an id sgnet can keep: 1 to " + maxLength + " letters, digits and . _ -");
    }
    return id;
  }

  /**
   * What a code looks like, and so what an unknown one may be quoted back as: capitals, digits and
   * {@code . _ / -}, up to 12, after an Annex A list letter ({@code a) }) if any. A cell holding
   * anything else (a name or a note in the wrong column) is not repeated: messages and rejects
   * files must carry no personal data.
   */
  private static final java.util.regex.Pattern CODE_LIKE =
      java.util.regex.Pattern.compile("([a-z]\\) )?[A-Z0-9][A-Z0-9._/-]{0,11}");

  /** Quotes a code for a message, cut to 40 characters. */
  static String quote(String code) {
    String c = code.length() > 40 ? code.substring(0, 40) + "…" : code;
    return "'" + c + "'";
  }
}
