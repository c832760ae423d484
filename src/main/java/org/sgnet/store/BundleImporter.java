package org.sgnet.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.SummaryCounters;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * Writes a validated bundle into the store as batched {@code UNWIND} statements from {@code
 * cypher/import}.
 *
 * <p>Either every row is written or, on any failure, the store is as it was. A bundle of up to
 * {@link #DEFAULT_SINGLE_TRANSACTION_ROWS} rows (by default) is written in one transaction, which
 * rolls back on failure and which readers never see half-written. A larger bundle is written in
 * stages, one transaction per batch, so that the heap it needs does not grow with the bundle; each
 * batch also records how to undo it (see {@link ImportJournal}), and a failure undoes the batches
 * already committed. Readers may see a staged import in progress.
 *
 * <p>Rows are upserts keyed by id (ties by type, ends and start date), so importing the same bundle
 * again updates in place and changes no count.
 */
public final class BundleImporter {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(BundleImporter.class);

  /**
   * Above this many rows, an import in {@link Transactions#AUTO} mode is staged. Up to here one
   * transaction keeps readers from ever seeing part of an import, and it costs nothing measurable:
   * in a warm process (ImportBenchmark) the two ways were alike, within the noise, at 18,000 and
   * 54,000 rows. At 233,000 rows one transaction was well behind, 22,500-25,300 rows/s against
   * 37,300-44,400 staged, with twice the heap: its state grows on the heap and its commit runs on
   * one core, while the staged batches are written side by side.
   */
  public static final long DEFAULT_SINGLE_TRANSACTION_ROWS = 50_000;

  /** How an import uses transactions. */
  public enum Transactions {
    /** The whole bundle in one transaction. */
    ONE,
    /** One transaction per batch, with an undo journal. */
    BATCH,
    /** {@link #ONE} up to {@link #DEFAULT_SINGLE_TRANSACTION_ROWS} rows, else {@link #BATCH}. */
    AUTO
  }

  /** Threads that write a staged import's batches side by side: as many as cores, 2 to 4. */
  private static final int WRITERS =
      Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final Store store;
  private final int batchSize;
  private final Transactions transactions;

  /**
   * An importer in {@link Transactions#AUTO} mode.
   *
   * @param store the store to write into
   * @param batchSize rows per {@code UNWIND} batch, at least 1
   */
  public BundleImporter(Store store, int batchSize) {
    this(store, batchSize, Transactions.AUTO);
  }

  /**
   * @param store the store to write into
   * @param batchSize rows per {@code UNWIND} batch, at least 1
   * @param transactions how to use transactions
   */
  public BundleImporter(Store store, int batchSize, Transactions transactions) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.store = java.util.Objects.requireNonNull(store);
    this.batchSize = batchSize;
    this.transactions = java.util.Objects.requireNonNull(transactions);
  }

  /**
   * Imports the bundle, reporting progress after each batch.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#CONFLICT}, having written nothing,
   *     while another import (or a correction, see {@link Store#whileNoImportRuns}) runs in this
   *     process, or for a staged import while another staged import runs in another process; of
   *     kind {@link SgnetException.Kind#FAILURE} when writing fails, the store then being as it was
   */
  public ImportSummary importBundle(Bundle bundle, ImportProgress progress) {
    return store.whileNoImportRuns(() -> write(bundle, progress));
  }

  private ImportSummary write(Bundle bundle, ImportProgress progress) {
    long started = System.nanoTime();
    Counters counters = new Counters();
    if (staged(transactions, bundle.rowCount())) {
      ImportJournal journal = ImportJournal.begin(store);
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      try {
        writeAll(new Writer(null, journal, writers, counters, progress, bundle.rowCount()), bundle);
        journal.finish();
      } catch (RuntimeException | Error e) {
        // An interrupt ends the import, but the undo must still run to its end.
        boolean interrupted = Thread.interrupted();
        try {
          journal.undo();
        } catch (RuntimeException undo) {
          e.addSuppressed(undo);
        } finally {
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
        }
        throw e;
      } finally {
        writers.shutdownNow();
      }
    } else {
      try (Session session = store.session();
          Transaction tx = session.beginTransaction()) {
        writeAll(new Writer(tx, null, null, counters, progress, bundle.rowCount()), bundle);
        long committing = System.nanoTime();
        tx.commit();
        LOG.debug("commit in {} ms", (System.nanoTime() - committing) / 1_000_000);
      }
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

  /** Whether an import of this many rows in this mode is staged (one transaction per batch). */
  static boolean staged(Transactions transactions, long rows) {
    return transactions == Transactions.BATCH
        || (transactions == Transactions.AUTO && rows > DEFAULT_SINGLE_TRANSACTION_ROWS);
  }

  private static void writeAll(Writer writer, Bundle bundle) {
    writer.write("agencies", bundle.agencies(), BundleImporter::agencyRow, "import/agencies");
    writer.write("people", bundle.people(), BundleImporter::personRow, "import/people-create");
    writer.write("ties", distinctTies(bundle.ties()), BundleImporter::tieRow, "import/ties-create");
    writer.write("events", bundle.events(), BundleImporter::eventRow, "import/events-create");
  }

  private final class Writer {
    private final Transaction shared;
    private final ImportJournal journal;
    private final ExecutorService writers;
    private final Counters counters;
    private final ImportProgress progress;
    private final long total;
    private long written;

    /** Ids of the people this import created. */
    private final Set<Object> createdPeople = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The element ids of the agencies and people this import wrote, by their ids. Ties and events
     * find their people and agency by element id, a direct lookup, rather than by searching the id
     * index once per link (in a profile at 30,000 children, id index searches were about a fifth of
     * the import's work).
     */
    private final Map<Object, String> elementIds = new java.util.concurrent.ConcurrentHashMap<>();

    /** The single transaction's last statement when it was sent without waiting for its end. */
    private InFlight inFlight;

    /** Kinds of rows the store held none of when the import began: they are all new. */
    private final Set<String> absent = new HashSet<>();

    /**
     * @param shared the one transaction of the import, or {@code null} for one per batch
     * @param journal the undo journal when a transaction per batch, else {@code null}
     * @param writers the threads that write batches side by side when a transaction per batch
     */
    Writer(
        Transaction shared,
        ImportJournal journal,
        ExecutorService writers,
        Counters counters,
        ImportProgress progress,
        long total) {
      this.shared = shared;
      this.journal = journal;
      this.writers = writers;
      this.counters = counters;
      this.progress = progress;
      this.total = total;
      Function<SimpleQueryRunner, Void> present =
          tx -> {
            org.neo4j.driver.Record r =
                tx.run(CypherFile.load("import/kinds-present").statement()).single();
            for (String kind : List.of("agencies", "people", "events")) {
              if (!r.get(kind).asBoolean()) {
                absent.add(kind);
              }
            }
            return null;
          };
      if (shared != null) {
        present.apply(shared);
      } else {
        store.read(present::apply);
      }
    }

    /**
     * Writes rows of one kind in batches: each batch first asks which of its rows exist; the others
     * are created by {@code create}, the existing ones updated by {@code import/KIND}. A staged
     * import writes the batches of one kind side by side (rows of one kind never depend on each
     * other; a kind starts when the one before it is written), each in a managed transaction that
     * the driver retries when Neo4j reports a deadlock between two of them.
     *
     * @param kind the kind of rows, naming their files: {@code import/existing-KIND}, {@code
     *     import/KIND} and the journal's {@code before-KIND}
     */
    <T> void write(
        String kind, List<T> rows, Function<T, Map<String, Object>> toRow, String create) {
      List<List<T>> slices = new ArrayList<>();
      for (int from = 0; from < rows.size(); from += batchSize) {
        slices.add(rows.subList(from, Math.min(rows.size(), from + batchSize)));
      }
      if (shared != null) {
        for (List<T> slice : slices) {
          counters.add(writeBatch(shared, kind, slice, toRow, create));
          advanced(slice.size());
        }
        awaitInFlight();
        return;
      }
      AtomicBoolean failed = new AtomicBoolean();
      List<Future<?>> running = new ArrayList<>();
      for (List<T> slice : slices) {
        running.add(
            writers.submit(
                () -> {
                  if (failed.get()) {
                    return;
                  }
                  try (Session session = store.session()) {
                    Counters c =
                        session.executeWrite(tx -> writeBatch(tx, kind, slice, toRow, create));
                    synchronized (counters) {
                      counters.add(c);
                    }
                    advanced(slice.size());
                  } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                  }
                }));
      }
      // Every batch must have ended before an undo starts, or a late commit would outlive it: an
      // interrupt stops the batches not yet begun, and the wait goes on for those running.
      Throwable first = null;
      boolean interrupted = false;
      for (Future<?> f : running) {
        while (true) {
          try {
            f.get();
            break;
          } catch (ExecutionException e) {
            first = first == null ? e.getCause() : first;
            break;
          } catch (InterruptedException e) {
            interrupted = true;
            failed.set(true);
            first = first == null ? e : first;
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error e) {
        throw e;
      }
      if (first != null) {
        throw new SgnetException(SgnetException.Kind.FAILURE, "import interrupted", first);
      }
    }

    private synchronized void advanced(int rows) {
      written += rows;
      progress.advanced(written, total);
    }

    /** Writes one batch in the given transaction and returns what it wrote. */
    private <T> Counters writeBatch(
        SimpleQueryRunner tx,
        String kind,
        List<T> slice,
        Function<T, Map<String, Object>> toRow,
        String create) {
      List<Map<String, Object>> batch = new ArrayList<>(slice.size());
      for (T row : slice) {
        Map<String, Object> r = toRow.apply(row);
        r.put("i", (long) batch.size());
        batch.add(r);
      }
      addElementIds(tx, kind, batch);
      // A tie with an end this import created cannot be in the store yet: only the others are
      // looked up (on a first import into an empty store, none are).
      List<Map<String, Object>> unsure =
          kind.equals("ties")
              ? batch.stream()
                  .filter(
                      r ->
                          !createdPeople.contains(r.get("from"))
                              && !createdPeople.contains(r.get("to")))
                  .toList()
              : batch;
      Set<Object> found =
          absent.contains(kind) ? Set.of() : existingKeys(tx, "import/existing-" + kind, unsure);
      List<Map<String, Object>> fresh = new ArrayList<>();
      List<Map<String, Object>> known = new ArrayList<>();
      for (Map<String, Object> r : batch) {
        (found.contains(r.containsKey("id") ? r.get("id") : r.get("i")) ? known : fresh).add(r);
      }
      if (kind.equals("people")) {
        // People are all written before the first tie, and a batch that fails ends the import.
        fresh.forEach(r -> createdPeople.add(r.get("id")));
      }
      Counters c = new Counters();
      long seq = journal == null ? 0 : journal.nextBatch();
      if (journal != null) {
        journal.before(tx, kind, seq, known);
      }
      String creating = CypherFile.load(create).statement();
      run(tx, c, creating, asCreated(creating, fresh));
      run(tx, c, CypherFile.load("import/" + kind).statement(), known);
      if (journal != null) {
        journal.created(tx, kind, seq, fresh);
      }
      return c;
    }

    /**
     * Adds to each row the element ids of the agency and people it links to. A validated bundle
     * links only to its own rows, written before; a bundle built in code may also link to rows of
     * the store, which are looked up here.
     */
    private void addElementIds(SimpleQueryRunner tx, String kind, List<Map<String, Object>> batch) {
      // Row key of a linked id -> row key of its element id.
      Map<String, String> agencies =
          kind.equals("people") || kind.equals("events")
              ? Map.of("agencyId", "agencyEid")
              : Map.of();
      Map<String, String> people =
          switch (kind) {
            case "ties" -> Map.of("from", "fromEid", "to", "toEid");
            case "events" -> Map.of("subjectId", "subjectEid", "recordedBy", "recordedByEid");
            default -> Map.of();
          };
      String list = kind.equals("events") ? "participants" : null;
      lookUpMissing(tx, "import/existing-agencies", batch, agencies.keySet(), null);
      lookUpMissing(tx, "import/existing-people", batch, people.keySet(), list);
      for (Map<String, Object> r : batch) {
        agencies.forEach((id, eid) -> r.put(eid, elementId(r.get(id))));
        people.forEach((id, eid) -> r.put(eid, elementId(r.get(id))));
        if (list != null) {
          List<String> eids = new ArrayList<>();
          for (Object id : (List<?>) r.get(list)) {
            eids.add(elementId(id));
          }
          r.put("participantEids", eids);
        }
      }
    }

    /** Looks up the element ids of the ids under these keys (and list key) that are not known. */
    private void lookUpMissing(
        SimpleQueryRunner tx,
        String file,
        List<Map<String, Object>> batch,
        Set<String> keys,
        String listKey) {
      Set<Object> missing = new java.util.LinkedHashSet<>();
      for (Map<String, Object> r : batch) {
        for (String key : keys) {
          Object id = r.get(key);
          if (id != null && !elementIds.containsKey(id)) {
            missing.add(id);
          }
        }
        if (listKey != null) {
          for (Object id : (List<?>) r.get(listKey)) {
            if (!elementIds.containsKey(id)) {
              missing.add(id);
            }
          }
        }
      }
      if (!missing.isEmpty()) {
        remember(tx.run(CypherFile.load(file).statement(), Map.of("ids", List.copyOf(missing))));
      }
    }

    /**
     * Keeps the element ids a statement returned, by id. When the driver retries a batch, the
     * attempt that commits returns them last and so wins.
     */
    private void remember(org.neo4j.driver.Result result) {
      result.forEachRemaining(r -> elementIds.put(r.get("id").asString(), r.get("eid").asString()));
    }

    private String elementId(Object id) {
      if (id == null) {
        return null;
      }
      String eid = elementIds.get(id);
      if (eid == null) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            "a row links to a person or agency that is neither in the bundle nor in the store");
      }
      return eid;
    }

    /**
     * Returns new rows as their create statement needs them: only the keys it reads ({@code
     * row.KEY}), and only the properties that have a value. The other keys serve the lookups and
     * the journal; a null property, which on an existing row removes a value, is nothing to a new
     * one, yet Neo4j still handles each. At 30,000 children that was 4.4 M of 9.9 M property
     * writes.
     */
    private List<Map<String, Object>> asCreated(String statement, List<Map<String, Object>> rows) {
      Set<String> keys = ROW_KEYS.computeIfAbsent(statement, BundleImporter::rowKeys);
      List<Map<String, Object>> sent = new ArrayList<>(rows.size());
      for (Map<String, Object> r : rows) {
        Map<String, Object> row = new HashMap<>();
        for (String key : keys) {
          row.put(key, key.equals("props") ? withValues((Map<?, ?>) r.get(key)) : r.get(key));
        }
        sent.add(row);
      }
      return sent;
    }

    private Set<Object> existingKeys(
        SimpleQueryRunner tx, String file, List<Map<String, Object>> batch) {
      String statement = CypherFile.load(file).statement();
      Set<Object> found = new HashSet<>();
      if (batch.isEmpty()) {
        return found;
      }
      if (batch.get(0).containsKey("id")) {
        List<Object> ids = batch.stream().map(r -> r.get("id")).toList();
        tx.run(statement, Map.of("ids", ids))
            .forEachRemaining(r -> found.add(r.get("id").asString()));
      } else {
        tx.run(statement, Map.of("rows", batch))
            .forEachRemaining(r -> found.add(r.get("i").asLong()));
      }
      return found;
    }

    private void run(
        SimpleQueryRunner tx, Counters c, String statement, List<Map<String, Object>> rows) {
      if (!rows.isEmpty()) {
        long started = System.nanoTime();
        org.neo4j.driver.Result result = tx.run(statement, Map.of("rows", rows));
        // The statement before this one has ended by now: the server answers in order.
        awaitInFlight();
        if (tx == shared && result.keys().isEmpty()) {
          inFlight = new InFlight(result, rows.size(), started);
        } else {
          remember(result); // agencies and people return their element ids
          c.add(result.consume().counters());
          LOG.debug("{} rows in {} ms", rows.size(), (System.nanoTime() - started) / 1_000_000);
        }
      }
    }

    /**
     * Waits for the statement left running in the single transaction, if any, and counts what it
     * wrote. A statement that returns nothing is not waited for when it is sent: the next batch's
     * rows are built and sent while the server writes it, which keeps a second core busy once the
     * JIT has finished (about a tenth more rows per second in a warm JVM). Its failure surfaces
     * here or at the next statement, and the transaction is then rolled back as before.
     */
    private void awaitInFlight() {
      if (inFlight != null) {
        InFlight sent = inFlight;
        inFlight = null;
        counters.add(sent.result().consume().counters());
        LOG.debug(
            "{} rows in {} ms (sent without waiting)",
            sent.rows(),
            (System.nanoTime() - sent.sentAt()) / 1_000_000);
      }
    }
  }

  /** A statement sent without waiting for its end: its result, its rows, when it was sent. */
  private record InFlight(org.neo4j.driver.Result result, int rows, long sentAt) {}

  private static final class Counters {
    long nodesCreated;
    long relationshipsCreated;
    long relationshipsDeleted;
    long propertiesSet;

    void add(Counters c) {
      nodesCreated += c.nodesCreated;
      relationshipsCreated += c.relationshipsCreated;
      relationshipsDeleted += c.relationshipsDeleted;
      propertiesSet += c.propertiesSet;
    }

    void add(SummaryCounters c) {
      nodesCreated += c.nodesCreated();
      relationshipsCreated += c.relationshipsCreated();
      relationshipsDeleted += c.relationshipsDeleted();
      propertiesSet += c.propertiesSet();
    }
  }

  /** The keys each import statement reads from its rows, by statement. */
  private static final Map<String, Set<String>> ROW_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.regex.Pattern ROW_KEY =
      java.util.regex.Pattern.compile("\\brow\\.([A-Za-z_][A-Za-z0-9_]*)");

  /** The keys a statement reads from its rows: every {@code row.KEY} in it. */
  static Set<String> rowKeys(String statement) {
    Set<String> keys = new java.util.TreeSet<>();
    java.util.regex.Matcher m = ROW_KEY.matcher(statement);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return java.util.Collections.unmodifiableSet(keys);
  }

  private static Map<String, Object> withValues(Map<?, ?> props) {
    Map<String, Object> values = new HashMap<>();
    props.forEach(
        (k, v) -> {
          if (v != null) {
            values.put((String) k, v);
          }
        });
    return values;
  }

  /**
   * Keeps the last of several rows that name the same tie (type, ends and start date): they update
   * one tie, in file order, so only the last one's values would remain.
   */
  static List<Tie> distinctTies(List<Tie> ties) {
    Map<List<String>, Tie> byKey = new LinkedHashMap<>();
    for (Tie t : ties) {
      Map<String, Object> row = tieRow(t);
      List<String> key =
          List.of(
              (String) row.get("type"),
              (String) row.get("from"),
              (String) row.get("to"),
              (String) row.get("key"));
      byKey.remove(key);
      byKey.put(key, t);
    }
    return List.copyOf(byKey.values());
  }

  static Map<String, Object> agencyRow(Agency a) {
    Map<String, Object> props = new HashMap<>(a.extra());
    props.put("name", a.name());
    props.put("sector", a.sector().name());
    props.put("provenance", listOrNull(a.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.id());
    row.put("props", props);
    return row;
  }

  static Map<String, Object> personRow(Person p) {
    Map<String, Object> props = new HashMap<>(p.extra());
    props.put("kind", p.kind().name());
    props.put("name", p.name());
    props.put("birthDate", p.birthDate());
    props.put("role", p.role());
    props.put("identifiers", listOrNull(p.identifiers()));
    props.put("postcode", p.postcode());
    props.put("provenance", listOrNull(p.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("label", label(p.kind()));
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
    props.put("provenance", listOrNull(t.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("type", t.type().name());
    row.put("from", from);
    row.put("to", to);
    row.put("key", tieKey(t.startDate()));
    row.put("props", props);
    return row;
  }

  /**
   * Returns a list property's value: {@code null} for an empty list, which a new row then lacks and
   * an updated row loses (a version 1 bundle says nothing of provenance or identifiers).
   */
  private static List<String> listOrNull(List<String> items) {
    return items.isEmpty() ? null : items;
  }

  /** The label of a kind of person: {@code CHILD} is {@code Child}. */
  static String label(org.sgnet.bundle.PersonKind kind) {
    String name = kind.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
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
    props.put("provenance", listOrNull(e.provenance()));
    // The ordered list, so that an export gives the participants back as they were written.
    // Only a list that has participants: an empty list still takes a record of the array store,
    // for every event without participants (an absent property reads as none).
    props.put("participantIds", e.participants().isEmpty() ? null : e.participants());
    Map<String, Object> row = new HashMap<>();
    row.put("id", e.id());
    row.put("subjectId", e.subjectId());
    row.put("agencyId", e.agencyId());
    row.put("recordedBy", e.recordedBy());
    // One PARTICIPANT link per person, however often the list names them.
    row.put("participants", List.copyOf(new java.util.LinkedHashSet<>(e.participants())));
    row.put("props", props);
    return row;
  }
}
