package org.sgnet.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.sgnet.SgnetException;

/**
 * The element ids of the agencies and people an import wrote or looked up, by their ids. Ties and
 * events find their people and agency by element id, a direct lookup, rather than by searching the
 * id index once per link (in a profile at 30,000 children, id index searches were about a fifth of
 * the import's work). Batches written side by side share it.
 */
final class ElementIds {

  private final Map<Object, String> byId = new ConcurrentHashMap<>();

  /**
   * Adds to each row of a batch the element ids of the agency and people it links to. A validated
   * bundle links only to its own rows, written before; a bundle built in code may also link to rows
   * of the store, which are looked up here.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} when a row links to
   *     someone neither in the bundle nor in the store
   */
  void link(SimpleQueryRunner tx, RowKind.Links links, List<Map<String, Object>> batch) {
    lookUpMissing(tx, "import/existing-agencies", batch, links.agencies().keySet(), null);
    lookUpMissing(
        tx, "import/existing-people", batch, links.people().keySet(), links.participants());
    for (Map<String, Object> r : batch) {
      links.agencies().forEach((id, eid) -> r.put(eid, of(r.get(id))));
      links.people().forEach((id, eid) -> r.put(eid, of(r.get(id))));
      if (links.participants() != null) {
        List<String> eids = new ArrayList<>();
        for (Object id : (List<?>) r.get(links.participants())) {
          eids.add(of(id));
        }
        r.put("participantEids", eids);
      }
    }
  }

  /**
   * Keeps the element ids a statement returned ({@code id}, {@code eid}). When the driver retries a
   * batch, the attempt that commits returns them last and so wins.
   */
  void remember(Result result) {
    result.forEachRemaining(r -> byId.put(r.get("id").asString(), r.get("eid").asString()));
  }

  /** Looks up the element ids of the ids under these keys (and list key) that are not known. */
  private void lookUpMissing(
      SimpleQueryRunner tx,
      String file,
      List<Map<String, Object>> batch,
      Set<String> keys,
      String listKey) {
    Set<Object> missing = new LinkedHashSet<>();
    for (Map<String, Object> r : batch) {
      for (String key : keys) {
        Object id = r.get(key);
        if (id != null && !byId.containsKey(id)) {
          missing.add(id);
        }
      }
      if (listKey != null) {
        for (Object id : (List<?>) r.get(listKey)) {
          if (!byId.containsKey(id)) {
            missing.add(id);
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      remember(tx.run(CypherFile.load(file).statement(), Map.of("ids", List.copyOf(missing))));
    }
  }

  private String of(Object id) {
    if (id == null) {
      return null;
    }
    String eid = byId.get(id);
    if (eid == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "a row links to a person or agency that is neither in the bundle nor in the store");
    }
    return eid;
  }
}
