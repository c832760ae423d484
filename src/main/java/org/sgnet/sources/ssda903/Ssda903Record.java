package org.sgnet.sources.ssda903;

import java.util.Map;
import java.util.Objects;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceRecords;

/**
 * One record of a return, whichever form it came in: a CSV row, or an XML element with the fields
 * of its child's header that the CSV form repeats (CHILD, DOB). Field names are the CSV form's, in
 * upper case, so that one mapping serves both forms.
 *
 * @param table the table the record belongs to
 * @param at where the record is
 * @param fields the record's non-empty values by field name
 * @param problem what is wrong with the record's syntax (a broken CSV row), or {@code null}
 */
record Ssda903Record(Ssda903Table table, Locator at, Map<String, String> fields, String problem) {

  Ssda903Record {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(at, "at");
    fields = Map.copyOf(fields);
  }

  /** Returns the typed reads of the record's fields, refusing it into {@code records}. */
  Fields read(SourceRecords records) {
    return new Fields(records, at, fields::get);
  }

  /** Returns the trimmed value of a field, or {@code null} when absent or blank. */
  String value(String field) {
    String v = fields.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
