package org.sgnet.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.SummaryCounters;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * Writes a validated bundle into the store in one transaction, as batched {@code UNWIND} statements
 * from {@code cypher/import}.
 *
 * <p>Either every row is written or, on any failure, the transaction rolls back and the store is as
 * it was. Rows are upserts keyed by id (ties by type, ends and start date), so importing the same
 * bundle again updates in place and changes no count.
 */
public final class BundleImporter {

  private final Store store;
  private final int batchSize;

  /**
   * @param store the store to write into
   * @param batchSize rows per {@code UNWIND} batch, at least 1
   */
  public BundleImporter(Store store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.store = store;
    this.batchSize = batchSize;
  }

  /** Imports the bundle, reporting progress after each batch. */
  public ImportSummary importBundle(Bundle bundle, ImportProgress progress) {
    long started = System.nanoTime();
    Counters counters = new Counters();
    long total = bundle.rowCount();
    try (Session session = store.session();
        Transaction tx = session.beginTransaction()) {
      Writer writer = new Writer(tx, counters, progress, total);
      writer.write("import/agencies", bundle.agencies(), BundleImporter::agencyRow);
      writer.write("import/people", bundle.people(), BundleImporter::personRow);
      writer.write("import/ties", bundle.ties(), BundleImporter::tieRow);
      writer.write("import/events", bundle.events(), BundleImporter::eventRow);
      tx.commit();
    }
    return new ImportSummary(
        bundle.agencies().size(),
        bundle.people().size(),
        bundle.ties().size(),
        bundle.events().size(),
        counters.nodesCreated,
        counters.relationshipsCreated,
        counters.relationshipsDeleted,
        counters.propertiesSet,
        (System.nanoTime() - started) / 1_000_000);
  }

  private final class Writer {
    private final Transaction tx;
    private final Counters counters;
    private final ImportProgress progress;
    private final long total;
    private long written;

    Writer(Transaction tx, Counters counters, ImportProgress progress, long total) {
      this.tx = tx;
      this.counters = counters;
      this.progress = progress;
      this.total = total;
    }

    <T> void write(String file, List<T> rows, Function<T, Map<String, Object>> toRow) {
      String statement = CypherFile.load(file).statement();
      for (int from = 0; from < rows.size(); from += batchSize) {
        List<T> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
        List<Map<String, Object>> batch = new ArrayList<>(slice.size());
        for (T row : slice) {
          batch.add(toRow.apply(row));
        }
        counters.add(tx.run(statement, Map.of("rows", batch)).consume().counters());
        written += slice.size();
        progress.advanced(written, total);
      }
    }
  }

  private static final class Counters {
    long nodesCreated;
    long relationshipsCreated;
    long relationshipsDeleted;
    long propertiesSet;

    void add(SummaryCounters c) {
      nodesCreated += c.nodesCreated();
      relationshipsCreated += c.relationshipsCreated();
      relationshipsDeleted += c.relationshipsDeleted();
      propertiesSet += c.propertiesSet();
    }
  }

  static Map<String, Object> agencyRow(Agency a) {
    Map<String, Object> props = new HashMap<>(a.extra());
    props.put("name", a.name());
    props.put("sector", a.sector().name());
    return Map.of("id", a.id(), "props", props);
  }

  static Map<String, Object> personRow(Person p) {
    Map<String, Object> props = new HashMap<>(p.extra());
    props.put("kind", p.kind().name());
    props.put("name", p.name());
    props.put("birthDate", p.birthDate());
    props.put("role", p.role());
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("kind", p.kind().name());
    row.put("agencyId", p.agencyId());
    row.put("props", props);
    return row;
  }

  static Map<String, Object> tieRow(Tie t) {
    String from = t.fromId();
    String to = t.toId();
    // A sibling tie is symmetric: store it one way round so that A-B and B-A are the same tie.
    if (t.type() == TieType.SIBLING && from.compareTo(to) > 0) {
      from = t.toId();
      to = t.fromId();
    }
    Map<String, Object> props = new HashMap<>(t.extra());
    props.put("start", t.startDate());
    props.put("end", t.endDate());
    props.put("parentalResponsibility", t.parentalResponsibility());
    props.put("legalBasis", t.legalBasis() == null ? null : t.legalBasis().name());
    props.put("lead", t.lead());
    Map<String, Object> row = new HashMap<>();
    row.put("type", t.type().name());
    row.put("from", from);
    row.put("to", to);
    row.put("key", tieKey(t.startDate()));
    row.put("props", props);
    return row;
  }

  /** The part of a tie's identity beyond its type and ends: its start date, or '' when absent. */
  static String tieKey(LocalDate start) {
    return start == null ? "" : start.toString();
  }

  static Map<String, Object> eventRow(Event e) {
    Map<String, Object> props = new HashMap<>(e.extra());
    props.put("date", e.date());
    props.put("type", e.type().name());
    props.put("subtype", e.subtype() == null ? null : e.subtype().name());
    props.put("value", e.value());
    props.put("requestedBy", e.requestedBy() == null ? null : e.requestedBy().name());
    props.put("seenAlone", e.seenAlone());
    props.put("summary", e.summary());
    // The ordered list, so that an export gives the participants back as they were written.
    props.put("participantIds", e.participants());
    Map<String, Object> row = new HashMap<>();
    row.put("id", e.id());
    row.put("subjectId", e.subjectId());
    row.put("agencyId", e.agencyId());
    row.put("recordedBy", e.recordedBy());
    row.put("participants", e.participants());
    row.put("props", props);
    return row;
  }
}
