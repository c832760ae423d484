package org.sgnet.sources.ssd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.bundle.Sector;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceCsv;
import org.sgnet.sources.SourceEvent;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

/**
 * What the mapping of one SSD export shares across tables: the records being filled, the
 * authority's agency, the children that {@code ssd_person} defines, the professionals named so far
 * and the event ids taken.
 */
final class SsdContext {

  final SourceRecords records;
  final SsdExtract extract;
  final String authority;
  final String agencyId;
  private final Set<String> children = new HashSet<>();
  private final Set<String> professionals = new HashSet<>();
  private final Set<String> eventIds = new HashSet<>();

  SsdContext(SourceRecords records, SsdExtract extract, SourceOptions options) {
    this.records = records;
    this.extract = extract;
    this.authority = options.authority();
    // The same id as every other adapter gives the authority's children's social care.
    this.agencyId = "la-" + authority;
  }

  /** Names the authority's children's social care as the agency of a record. */
  void agency(Locator at) {
    records.agency(
        agencyId, "Children's social care, local authority " + authority, Sector.SOCIAL_CARE, at);
  }

  /**
   * Returns typed reads of each row of a table, in the file's order: every table's loop reads its
   * rows through these, refusing a row by its fields.
   */
  List<Fields> rows(SsdTable table) {
    List<Fields> rows = new ArrayList<>();
    for (SourceCsv.Row row : extract.rows(table)) {
      rows.add(SsdExtract.fields(records, row));
    }
    return rows;
  }

  /** Returns the bundle id of the child with this SSD person id, or null if no id can be made. */
  static String childId(String personId) {
    return SourceIds.id("ssd", personId);
  }

  /** Notes a child that a valid {@code ssd_person} row defines. */
  void defineChild(String childId) {
    children.add(childId);
  }

  /** Returns whether a valid {@code ssd_person} row defines the child. */
  boolean isChild(String childId) {
    return children.contains(childId);
  }

  /**
   * Returns the child that the field names, refusing the row when it is empty, no id, or a person
   * whom no valid {@code ssd_person} row defines.
   */
  String child(Fields f, String field) {
    String id = f.id(field, "ssd");
    if (id != null && !children.contains(id)) {
      f.refuse(field, "names a person who is not in ssd_person (or whose row was refused)");
      return null;
    }
    return id;
  }

  /** Returns the bundle id of a professional ({@code prof_professional_id}), or null. */
  static String professionalId(String professionalId) {
    return SourceIds.id("ssd.prof", professionalId);
  }

  /**
   * Returns the professional that the field names, or null when it is empty; refuses the row when
   * the value can be no id. Call {@link #professional} once the row is known to be good.
   */
  String worker(Fields f, String field) {
    return f.text(field) == null ? null : f.id(field, "ssd.prof");
  }

  /**
   * Adds a professional whom a row names but {@code ssd_professionals} does not describe (an
   * extract may hold only some workers): unnamed, of the authority's agency.
   */
  void professional(String id, Locator at) {
    if (id != null && professionals.add(id)) {
      agency(at);
      records.person(
          new SourcePerson(
              id, PersonKind.PROFESSIONAL, null, null, agencyId, null, List.of(), null, at));
    }
  }

  /** Notes a professional that an {@code ssd_professionals} row added. */
  void professionalDescribed(String id) {
    professionals.add(id);
  }

  /**
   * Returns a new event id {@code ssd-KIND-ROWID}, refusing the row when the row id can be no id
   * part or another row already took it (SSD row ids are the tables' primary keys).
   */
  String eventId(Fields f, String idField, String kind) {
    return rowId(f, idField, "ssd-" + kind, eventIds);
  }

  /**
   * Returns the id {@code prefix-ROWID} of a row, refusing the row when the row id can be no id
   * part or is among those {@code taken} by the table's rows before it: two rows of one id would
   * otherwise be read as one record, and the identifiers of both would join their people.
   */
  static String rowId(Fields f, String idField, String prefix, Set<String> taken) {
    String id = f.id(idField, prefix);
    if (id != null && !taken.add(id)) {
      f.refuse(idField, "is the id of another row of the same table: row ids must be unique");
      return null;
    }
    return id;
  }

  /**
   * Returns {@code base-suffix} as an event id, refusing the row when it would be too long (bases
   * are unique, so their suffixed ids are too).
   */
  String derivedId(Fields f, String base, String suffix) {
    String id = base + "-" + suffix;
    if (id.length() > 64) {
      f.refuse(null, "its row id is too long for sgnet to derive an event id from it");
      return null;
    }
    eventIds.add(id);
    return id;
  }

  /** The start and end dates of a row's period; either is {@code null} when not given. */
  record Span(LocalDate start, LocalDate end) {}

  /**
   * Reads a row's period (the end is never required), refusing the row when it ends before it
   * starts: every dated table reads its two dates so.
   */
  static Span span(Fields f, String startField, boolean startRequired, String endField) {
    LocalDate start = f.date(startField, startRequired);
    LocalDate end = f.date(endField, false);
    if (start != null && end != null && end.isBefore(start)) {
      f.refuse(endField, "is before the start date");
    }
    return new Span(start, end);
  }

  /** Adds an event of the authority's children's social care. */
  void event(
      Locator at,
      String id,
      LocalDate date,
      EventType type,
      String childId,
      String recordedBy,
      MeetingSubtype subtype,
      String value,
      Boolean seenAlone,
      String summary) {
    agency(at);
    professional(recordedBy, at);
    records.event(
        SourceEvent.of(id, date, type, childId, agencyId)
            .recordedBy(recordedBy)
            .subtype(subtype)
            .value(value)
            .seenAlone(seenAlone)
            .summary(summary)
            .build(),
        at);
  }

  /** Adds a decision of the authority's children's social care. */
  void decision(
      Locator at, String id, LocalDate date, String childId, String recordedBy, String text) {
    event(at, id, date, EventType.DECISION, childId, recordedBy, null, text, null, null);
  }

  /** Adds a meeting of the kind that the table records. */
  void meeting(
      Locator at,
      String id,
      LocalDate date,
      String childId,
      String recordedBy,
      SsdTable table,
      String summary) {
    event(
        at,
        id,
        date,
        EventType.MEETING,
        childId,
        recordedBy,
        SsdCodes.MEETING.get(table),
        null,
        null,
        summary);
  }

  /** Adds a risk of the category to the child. */
  void risk(
      Locator at,
      String id,
      LocalDate date,
      String childId,
      String recordedBy,
      RiskCategory category,
      String summary) {
    event(at, id, date, EventType.RISK, childId, recordedBy, null, category.name(), null, summary);
  }

  /** Returns a short, stable hash of the text: an id part that does not show the text. */
  static String hash(String text) {
    return org.apache.commons.codec.digest.DigestUtils.sha256Hex(text).substring(0, 12);
  }
}
