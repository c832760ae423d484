package org.sgnet.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.sgnet.store.Store;

/** Searches the children of the store, a {@link ChildPage} at a time. */
public final class ChildPageReader {

  private final Store store;

  public ChildPageReader(Store store) {
    this.store = store;
  }

  /**
   * Searches children by id or name and by the agency that knows them, a page at a time.
   *
   * @param q text the id or name contains (any case), or {@code null}
   * @param agencyId an agency that knows the child, or {@code null}
   * @param page the page, from 0
   * @param size the page size, 1 to 1,000
   */
  public ChildPage children(String q, String agencyId, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("q", q == null || q.isBlank() ? null : q);
    params.put("agencyId", agencyId == null || agencyId.isBlank() ? null : agencyId);
    params.put("skip", (long) page * size);
    params.put("limit", (long) size);
    Record r = store.query("read/children", params, x -> x).get(0);
    List<ChildPage.Child> items =
        r.get("items")
            .asList(
                v ->
                    new ChildPage.Child(
                        v.get("id").asString(),
                        v.get("name").asString(),
                        v.get("birthDate").isNull() ? null : v.get("birthDate").asLocalDate()));
    return new ChildPage(r.get("total").asLong(), page, size, items);
  }
}
