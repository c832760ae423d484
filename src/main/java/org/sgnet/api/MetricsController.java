package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.sgnet.SgnetException;
import org.sgnet.graph.ChildMetrics;
import org.sgnet.network.Coordination;
import org.sgnet.network.CoordinationReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.store.Store;

/** Network metrics of one child's professionals. */
@Controller("/api/children")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({ADMIN, ANALYST, REVIEWER, TOOL})
@SerdeImport(ChildMetrics.Result.class)
@SerdeImport(Coordination.Professional.class)
class MetricsController {

  private final LatestEventDateReader latest;
  private final CoordinationReader coordinations;

  MetricsController(LatestEventDateReader latest, Store store) {
    this.latest = latest;
    this.coordinations = new CoordinationReader(store);
  }

  /**
   * Involved professionals and agencies, the coordination graph's components and brokers, and each
   * professional's betweenness in it, as of a date over a window.
   */
  @Operation(summary = "A child's coordination metrics")
  @Get("/{id}/metrics{?asOf,window}")
  ChildMetrics.Result metrics(
      @PathVariable String id,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "90") int window) {
    LocalDate date = Dates.asOf(asOf, latest);
    return coordinations
        .coordination(id, date, window)
        .map(c -> new ChildMetrics(id, c).result())
        .orElseThrow(
            () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no child has id " + id));
  }
}
