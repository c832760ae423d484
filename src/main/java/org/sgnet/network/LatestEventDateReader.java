package org.sgnet.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sgnet.store.Store;

/**
 * Reads the latest event date in the store, the default as-of date of most reads. It is remembered
 * for a second: under load that saves a query per request, and an import is visible to it a second
 * later at most. One instance per process, so that an import can make it forget.
 */
public final class LatestEventDateReader {

  private static final long LATEST_TTL_NANOS = 1_000_000_000L;

  private record Latest(Optional<LocalDate> date, long readAt) {}

  private final Store store;
  private volatile Latest latest;

  public LatestEventDateReader(Store store) {
    this.store = store;
  }

  /** Returns the latest event date in the store, if it holds any event. */
  public Optional<LocalDate> latestEventDate() {
    Latest cached = latest;
    long now = System.nanoTime();
    if (cached != null && now - cached.readAt() < LATEST_TTL_NANOS) {
      return cached.date();
    }
    Optional<LocalDate> date =
        store
            .query(
                "read/latest-event-date",
                Map.of(),
                r -> r.get("latest").isNull() ? null : r.get("latest").asLocalDate())
            .stream()
            .filter(Objects::nonNull)
            .findFirst();
    latest = new Latest(date, now);
    return date;
  }

  /** Forgets the remembered latest event date, after an import through this process. */
  public void forgetLatestEventDate() {
    latest = null;
  }
}
