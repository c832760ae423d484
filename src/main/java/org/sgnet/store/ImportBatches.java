package org.sgnet.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Makes an import's batches ready to write, in the transaction that writes each: its rows as
 * parameters, linked by element id, and split into those to create and those to update. It keeps
 * what the batches before told it, for batches written one after another or side by side.
 */
final class ImportBatches {

  private static final org.slf4j.Logger LOG = BundleImporter.STATEMENT_LOG;

  /**
   * A batch ready to write.
   *
   * @param kind the kind of its rows
   * @param fresh the rows to create, with every key (the journal reads some that the create
   *     statement does not)
   * @param known the rows to update
   */
  record Batch(RowKind<?> kind, List<Map<String, Object>> fresh, List<Map<String, Object>> known) {

    /** Returns the rows to create as the create statement is sent them. */
    List<Map<String, Object>> created() {
      return kind.asCreated(fresh);
    }
  }

  private final ElementIds elementIds = new ElementIds();

  /** Ids of the people this import created. */
  private final Set<Object> createdPeople = ConcurrentHashMap.newKeySet();

  /** Kinds of rows the store held none of when the import began: they are all new. */
  private final Set<String> absent = new HashSet<>();

  /** Asks the store, before the first batch, which kinds of rows it holds none of. */
  ImportBatches(SimpleQueryRunner tx) {
    org.neo4j.driver.Record r =
        tx.run(CypherFile.load("import/kinds-present").statement()).single();
    for (String kind : r.keys()) {
      if (!r.get(kind).asBoolean()) {
        absent.add(kind);
      }
    }
  }

  /** Makes rows of a kind ready to write in the transaction given. */
  <T> Batch plan(SimpleQueryRunner tx, RowKind<T> kind, List<T> slice) {
    List<Map<String, Object>> batch = kind.parameters(slice);
    elementIds.link(tx, kind.links(), batch);
    List<Map<String, Object>> unsure = batch;
    if (kind.identity() == RowKind.Identity.TYPE_ENDS_AND_KEY) {
      // A tie with an end this import created cannot be in the store yet: only the others are
      // looked up (on a first import into an empty store, none are).
      unsure =
          batch.stream()
              .filter(
                  r ->
                      !createdPeople.contains(r.get("from"))
                          && !createdPeople.contains(r.get("to")))
              .toList();
    }
    Set<Object> found = absent.contains(kind.name()) ? Set.of() : kind.existing(tx, unsure);
    List<Map<String, Object>> fresh = new ArrayList<>();
    List<Map<String, Object>> known = new ArrayList<>();
    for (Map<String, Object> r : batch) {
      (found.contains(kind.key(r)) ? known : fresh).add(r);
    }
    if (kind == RowKind.PEOPLE) {
      // People are all written before the first tie, and a batch that fails ends the import.
      fresh.forEach(r -> createdPeople.add(r.get("id")));
    }
    return new Batch(kind, fresh, known);
  }

  /**
   * Waits for the end of a statement of a batch and returns what it wrote; the element ids it
   * returned (agencies and people do) are kept for the batches after.
   *
   * @param rows the rows it was sent
   * @param sentAt {@link System#nanoTime()} when it was sent
   */
  SummaryCounters ended(Result result, int rows, long sentAt) {
    elementIds.remember(result);
    SummaryCounters counters = result.consume().counters();
    LOG.debug("{} rows in {} ms", rows, (System.nanoTime() - sentAt) / 1_000_000);
    return counters;
  }
}
