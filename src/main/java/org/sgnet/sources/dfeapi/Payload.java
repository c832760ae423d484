package org.sgnet.sources.dfeapi;

import java.time.LocalDate;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.sources.SourceEvent;
import org.sgnet.sources.SourceRecords;

/**
 * One payload file being read: where its records go, its name for locators, and the authority whose
 * children's social care is the agency of every record (the API names the authority only in its
 * URL, never in the payload).
 *
 * @param records where the records go
 * @param file the file's name
 * @param authority the authority's code
 * @param agencyId the authority's children's social care, {@code la-<code>}
 */
record Payload(SourceRecords records, String file, String authority, String agencyId) {

  /**
   * Counts a nested record and returns it, or {@code null} when it is refused (no object) or the
   * authority asked for it to be purged: then nothing of it is read.
   */
  Item open(JsonTree.Node node, String path) {
    counted();
    Item item = item(node, path);
    return item.ok() && !item.purged() ? item : null;
  }

  /**
   * Returns a record of the file: an object at a JSON path. A value that is no object is refused at
   * once (the record is then not {@link Item#ok()}), so that the caller reads no member of it.
   */
  Item item(JsonTree.Node node, String path) {
    return new Item(records, file, node, path);
  }

  /** Counts a record read (for the import summary), whatever becomes of it. */
  void counted() {
    records.counted(file);
  }

  /** Adds an event of the authority about a child, with no recorder nor participants. */
  void event(
      Item from,
      String id,
      LocalDate date,
      EventType type,
      String childId,
      MeetingSubtype subtype,
      String value,
      String summary) {
    records.event(
        SourceEvent.of(id, date, type, childId, agencyId)
            .subtype(subtype)
            .value(value)
            .summary(summary)
            .build(),
        from.at());
  }
}
