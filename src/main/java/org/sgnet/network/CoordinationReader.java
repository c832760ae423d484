package org.sgnet.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/** Reads one child's {@link Coordination} picture out of the store. */
public final class CoordinationReader {

  private final Store store;

  public CoordinationReader(Store store) {
    this.store = store;
  }

  /**
   * Returns one child's coordination picture (involved professionals with their agencies, involved
   * agencies, the professionals present at each coordination event) as of a date over a window, or
   * empty when no child has that id.
   */
  public Optional<Coordination> coordination(String childId, LocalDate asOf, int windowDays) {
    if (windowDays < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the window must be at least 1 day");
    }
    return store.queryFirst(
        "read/child-coordination",
        Map.of("childId", childId, "asOf", asOf, "windowStart", asOf.minusDays(windowDays)),
        r ->
            new Coordination(
                r.get("professionals")
                    .asList(
                        v ->
                            new Coordination.Professional(
                                v.get("id").asString(),
                                v.get("name").asString(),
                                v.get("agencyId").isNull() ? null : v.get("agencyId").asString())),
                r.get("agencies").asList(Value::asString),
                r.get("gatherings").asList(v -> v.asList(Value::asString))));
  }
}
