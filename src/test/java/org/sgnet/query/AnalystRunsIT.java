package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * The limit on analyst queries at once for all users, and a stop by force, on an embedded store.
 */
class AnalystRunsIT {

  private static final String RUNAWAY =
      "RETURN size(reduce(s = \"\", i IN range(1, 5000000) | s + \"x\")) AS n";

  @Test
  void shouldRefuseAnotherUsersQueryOverTheLimitForAllUsersThenAdmitItOnceTheRunawayIsStopped()
      throws Exception {
    Store store = QueryNetwork.load();
    try (AnalystCypher cypher =
        new AnalystCypher(
            store, QueryLimits.DEFAULTS.withTimeout(Duration.ofSeconds(1)).withRunning(1, 1))) {
      long started = System.nanoTime();
      CompletableFuture<Throwable> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  cypher.run("a", RUNAWAY, Map.of());
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              });
      Thread.sleep(300);

      assertThatThrownBy(() -> cypher.run("b", "RETURN 1 AS one", Map.of()))
          .isInstanceOf(SgnetException.class)
          .hasMessageContaining("limit for all users")
          .extracting(e -> ((SgnetException) e).kind())
          .isEqualTo(SgnetException.Kind.BUSY);
      assertThat(first.get(10, TimeUnit.SECONDS)).hasMessageContaining("(the time limit)");

      QueryResult admitted = null;
      while (admitted == null && (System.nanoTime() - started) < 4_000_000_000L) {
        try {
          admitted = cypher.run("b", "RETURN 1 AS one", Map.of());
        } catch (SgnetException busy) {
          Thread.sleep(50);
        }
      }
      assertThat(admitted).as("admitted within 2 × the limit + 2 s").isNotNull();
    }
  }
}
