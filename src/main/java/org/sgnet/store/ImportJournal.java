package org.sgnet.store;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;

/**
 * The undo journal of a staged import, one that commits after every batch so that its transaction
 * state (and so the heap it needs) stays bounded however large the bundle.
 *
 * <p>A staged import can no longer roll back by abandoning its one transaction, so each batch
 * writes, in its own transaction, what undoes it: the rows it created and the values (labels,
 * links) of the rows it updated as they were before. An import is unfinished while its {@code
 * SgnetImport} node exists; deleting that node is its commit point. An unfinished import is undone
 * batch by batch, last first, each batch's undo and the removal of its journal in one transaction,
 * so an undo that is itself interrupted resumes where it stopped.
 *
 * <p>Undo happens when the import fails, and otherwise the next time the store is opened: an
 * embedded store is held by one process only, so any unfinished import it holds was interrupted; on
 * an external server another process may still be writing, so only imports whose last batch is
 * older than {@link #STALE_AFTER} are undone there, and by the next import (see {@link #begin}).
 */
final class ImportJournal {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ImportJournal.class);

  /** How long an import on an external server may go without a batch before it counts as dead. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private static final int CLEANUP_BATCH = 10_000;

  private final Store store;
  private final String importId;
  private final java.util.concurrent.atomic.AtomicLong seq =
      new java.util.concurrent.atomic.AtomicLong();

  private ImportJournal(Store store, String importId) {
    this.store = store;
    this.importId = importId;
  }

  /**
   * Undoes interrupted imports, then opens the journal of a new one. The caller runs inside {@link
   * Store#whileNoImportRuns}, so any unfinished import is another process's (writing through the
   * Bolt connector of a served embedded store, or into the same external server) or one whose own
   * undo failed: only those without a batch for {@link #STALE_AFTER} count as interrupted here, on
   * an embedded store too; opening an embedded store undoes every unfinished import.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#CONFLICT} when another import into
   *     the store is still running
   */
  static ImportJournal begin(Store store) {
    List<Map<String, Object>> running = recover(store, false);
    if (!running.isEmpty()) {
      throw new SgnetException(
          SgnetException.Kind.CONFLICT,
          "another import into this store is running (its last batch was written at "
              + running.get(0).get("heartbeat")
              + "); try again when it has finished, or after "
              + STALE_AFTER.toMinutes()
              + " minutes without a batch, when it counts as interrupted and is undone");
    }
    ImportJournal journal = new ImportJournal(store, UUID.randomUUID().toString());
    store.write(tx -> tx.run(statement("begin"), Map.of("importId", journal.importId)).consume());
    return journal;
  }

  /** Returns the sequence number of the next batch; batches may be written side by side. */
  long nextBatch() {
    return seq.incrementAndGet();
  }

  /**
   * Keeps the current values of the rows a batch is about to update, in the batch's transaction.
   */
  void before(SimpleQueryRunner tx, RowKind<?> kind, long batch, List<Map<String, Object>> known) {
    if (known.isEmpty()) {
      return;
    }
    Map<String, Object> params = params(batch);
    if (kind.identity() == RowKind.Identity.ID) {
      params.put("ids", known.stream().map(r -> r.get("id")).toList());
    } else {
      params.put("rows", known);
    }
    tx.run(statement("before-" + kind.name()), params).consume();
  }

  /** Records which rows a batch created, in the batch's transaction. */
  void created(SimpleQueryRunner tx, RowKind<?> kind, long batch, List<Map<String, Object>> fresh) {
    Map<String, Object> params = params(batch);
    params.put("kind", kind.name());
    params.put("created", null);
    params.put("types", null);
    params.put("froms", null);
    params.put("tos", null);
    params.put("keys", null);
    if (!fresh.isEmpty()) {
      if (kind.identity() == RowKind.Identity.ID) {
        params.put("created", column(fresh, "id"));
      } else {
        params.put("types", column(fresh, "type"));
        params.put("froms", column(fresh, "from"));
        params.put("tos", column(fresh, "to"));
        params.put("keys", column(fresh, "key"));
      }
    }
    if (tx.run(statement("batch"), params).consume().counters().nodesCreated() == 0) {
      // The import's node is gone: recovery on another connection has undone this import while
      // it was writing. Going on would leave rows that no journal can undo.
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "this import was undone by another process that found it interrupted; import again");
    }
  }

  /** Commits the import: from here on it is finished; then removes its journal. */
  void finish() {
    store.write(tx -> tx.run(statement("finish"), Map.of("importId", importId)).consume());
    removeLeftovers(store);
  }

  /** Undoes every batch the import committed. */
  void undo() {
    undo(store, importId);
  }

  /**
   * Undoes the interrupted imports of a store, from what the caller has read already: every
   * unfinished one in an embedded store this process runs, those without a batch for {@link
   * #STALE_AFTER} on an external server; then removes the journals of finished imports that a crash
   * left behind.
   *
   * @param unfinished the unfinished imports, oldest first, each with its {@code importId} and
   *     {@code heartbeat}
   * @param journal whether the store holds any journal node; without one there is nothing to clear
   */
  static void recover(Store store, List<Map<String, Object>> unfinished, boolean journal) {
    recover(store, store.runsHere(), unfinished, journal);
  }

  /**
   * Undoes the unfinished imports without a batch for {@link #STALE_AFTER}, or all of them.
   *
   * @return the unfinished imports left alone because they may still be running
   */
  private static List<Map<String, Object>> recover(Store store, boolean all) {
    return recover(
        store,
        all,
        store.query("import/journal/unfinished", Map.of(), r -> r.asMap(Value::asObject)),
        true);
  }

  private static List<Map<String, Object>> recover(
      Store store, boolean all, List<Map<String, Object>> unfinished, boolean journal) {
    List<Map<String, Object>> running = new ArrayList<>();
    for (Map<String, Object> u : unfinished) {
      ZonedDateTime heartbeat = (ZonedDateTime) u.get("heartbeat");
      boolean stale = heartbeat.plus(STALE_AFTER).isBefore(ZonedDateTime.now());
      if (all || stale) {
        LOG.warn("undoing an import that was interrupted after its batch of {}", heartbeat);
        undo(store, (String) u.get("importId"));
      } else {
        running.add(u);
      }
    }
    if (journal) {
      removeLeftovers(store);
    }
    return running;
  }

  private static void undo(Store store, String importId) {
    long started = System.nanoTime();
    int undone = 0;
    boolean closed;
    do {
      List<Map<String, Object>> batches =
          store.query(
              "import/journal/batches",
              Map.of("importId", importId),
              r -> r.asMap(Value::asObject));
      for (Map<String, Object> b : batches) {
        Map<String, Object> params = Map.of("importId", importId, "seq", b.get("seq"));
        String kind = (String) b.get("kind");
        store.write(
            tx -> {
              tx.run(statement("restore-" + kind), params).consume();
              tx.run(statement("delete-" + kind), params).consume();
              tx.run(statement("forget-batch"), params).consume();
              return null;
            });
      }
      undone += batches.size();
      // A batch committed while the others were undone is found by the next round.
      closed =
          store.write(
              tx ->
                  tx.run(statement("close"), Map.of("importId", importId))
                      .single()
                      .get("closed")
                      .asBoolean());
    } while (!closed);
    LOG.info(
        "undid {} batches of an import in {} ms",
        undone,
        (System.nanoTime() - started) / 1_000_000);
  }

  private static void removeLeftovers(Store store) {
    String leftovers = statement("leftovers");
    long deleted;
    do {
      deleted =
          store.write(
              tx ->
                  tx.run(leftovers, Map.of("limit", CLEANUP_BATCH))
                      .single()
                      .get("deleted")
                      .asLong());
    } while (deleted > 0);
  }

  private Map<String, Object> params(long batch) {
    Map<String, Object> params = new HashMap<>();
    params.put("importId", importId);
    params.put("seq", batch);
    return params;
  }

  private static List<Object> column(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(r -> r.get(key)).toList();
  }

  private static String statement(String name) {
    return CypherFile.load("import/journal/" + name).statement();
  }
}
