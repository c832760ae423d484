package org.sgnet.sources.dfeapi;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceRecords;

/**
 * One JSON object of the payload read as a source record: typed reads of its members that refuse
 * the record on a bad one (through {@link Fields}, so that messages are the same as every other
 * source's) and also refuse a member of the wrong JSON type, which {@link Fields} cannot see.
 */
final class Item {

  private final SourceRecords records;
  private final JsonTree.Node node;
  private final String path;
  private final Fields fields;
  private boolean failed;

  /**
   * @param node the object
   * @param path its JSON path, such as {@code /0/social_care_episodes/1}
   */
  Item(SourceRecords records, String file, JsonTree.Node node, String path) {
    this(records, file, node, path, node.line());
  }

  /**
   * @param node the object whose members are read
   * @param path the record's JSON path (a member's own path when one member is a record)
   * @param line the line the record starts on
   */
  Item(SourceRecords records, String file, JsonTree.Node node, String path, int line) {
    this.records = records;
    this.node = node;
    this.path = path;
    Locator at = new Locator(DfeApiAdapter.FORMAT, file, path + " (line " + line + ")");
    this.fields = new Fields(records, at, this::scalarText);
    if (node.kind() != JsonTree.Kind.OBJECT) {
      fields.refuse(null, "is not a JSON object: expected a record of the schema");
    }
  }

  /** Returns the object's JSON path. */
  String path() {
    return path;
  }

  /** Returns the record's locator. */
  Locator at() {
    return fields.at();
  }

  /** Returns whether no member was refused. */
  boolean ok() {
    return fields.ok() && !failed;
  }

  /** Refuses the record because of a member ({@code null} for the whole record). */
  void refuse(String member, String message) {
    fields.refuse(member, message);
  }

  /** Returns a member's text, or {@code null}. */
  String text(String member) {
    return scalar(member) ? fields.text(member) : null;
  }

  /** Returns a member's text, refusing the record when it is absent. */
  String required(String member) {
    return scalar(member) ? fields.required(member) : null;
  }

  /** Returns a member's date, refusing the record when it is no date (or absent and required). */
  LocalDate date(String member, boolean required) {
    return scalar(member) ? fields.date(member, required) : null;
  }

  /** Returns what a member's code maps to, refusing the record when it has no mapping. */
  <T> T code(String member, Map<String, T> mapping, String what, boolean required) {
    return scalar(member) ? fields.code(member, mapping, what, required) : null;
  }

  /**
   * Returns what one code of a list member maps to (such as one of an assessment's {@code
   * factors}), refusing the record, with the same message as a single code's, when it has none.
   */
  <T> T listCode(String member, String code, Map<String, T> mapping, String what) {
    T mapped = new Fields(records, at(), name -> code).code(member, mapping, what, true);
    if (mapped == null) {
      failed = true;
    }
    return mapped;
  }

  /**
   * Returns a member that becomes part of an id, refusing the record when it is absent or is not an
   * id as the schema has them (1 to 36 letters, digits, {@code _} and {@code -}).
   */
  String idPart(String member) {
    String v = required(member);
    if (v != null && !DfeIds.SCHEMA_ID.matcher(v).matches()) {
      refuse(member, "is not an id of the schema: 1 to 36 letters, digits, _ and -");
      return null;
    }
    return v;
  }

  /**
   * Returns a boolean member ({@code true}/{@code false}, also as text), or {@code null} when
   * absent; refuses the record for anything else.
   */
  Boolean bool(String member) {
    JsonTree.Node v = node.get(member);
    if (v == null || v.kind() == JsonTree.Kind.NULL) {
      return null;
    }
    String t = v.scalar() ? v.text().strip().toLowerCase(Locale.ROOT) : "";
    if (t.equals("true") || t.equals("false")) {
      return Boolean.valueOf(t);
    }
    refuse(member, "is not a boolean (true or false)");
    return null;
  }

  /** Returns whether the object is marked to be purged ({@code "purge": true}). */
  boolean purged() {
    return Boolean.TRUE.equals(bool("purge"));
  }

  /** Returns an array member's items (empty when absent), refusing the record for a non-array. */
  List<JsonTree.Node> array(String member) {
    JsonTree.Node v = node.get(member);
    if (v == null || v.kind() == JsonTree.Kind.NULL) {
      return List.of();
    }
    if (v.kind() != JsonTree.Kind.ARRAY) {
      refuse(member, "is not a list");
      return List.of();
    }
    return v.items();
  }

  /** Returns an object member, or {@code null} when absent; refuses the record for a non-object. */
  JsonTree.Node object(String member) {
    JsonTree.Node v = node.get(member);
    if (v == null || v.kind() == JsonTree.Kind.NULL) {
      return null;
    }
    if (v.kind() != JsonTree.Kind.OBJECT) {
      refuse(member, "is not an object");
      return null;
    }
    return v;
  }

  /** Returns whether the member is absent, null or a scalar; refuses the record otherwise. */
  private boolean scalar(String member) {
    JsonTree.Node v = node.get(member);
    if (v == null || v.kind() == JsonTree.Kind.NULL || v.scalar()) {
      return true;
    }
    refuse(member, "is a list or an object: expected a single value");
    return false;
  }

  private String scalarText(String member) {
    JsonTree.Node v = node.get(member);
    return v != null && v.scalar() ? v.text() : null;
  }
}
