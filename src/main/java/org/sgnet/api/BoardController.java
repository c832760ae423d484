package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.sgnet.network.CoordinationMatrix;
import org.sgnet.network.CoordinationMatrixReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.security.AuditNote;
import org.sgnet.store.Store;

/** The board's view across agencies. */
@Controller("/api/board")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({ADMIN, ANALYST, REVIEWER, TOOL})
@SerdeImport(CoordinationMatrix.class)
@SerdeImport(CoordinationMatrix.Agency.class)
@SerdeImport(CoordinationMatrix.Cell.class)
class BoardController {

  private final LatestEventDateReader latest;
  private final CoordinationMatrixReader matrices;
  private final PersonCodes codes;

  BoardController(LatestEventDateReader latest, Store store, PersonCodes codes) {
    this.codes = codes;
    this.latest = latest;
    this.matrices = new CoordinationMatrixReader(store);
  }

  /**
   * The agency coordination matrix: per pair of agencies, the children both are involved with and
   * the coordination events of the window that brought them together.
   */
  @Operation(summary = "Agency coordination matrix")
  @Get("/matrix{?asOf,window}")
  CoordinationMatrix matrix(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "90") int window) {
    LocalDate date = Dates.asOf(asOf, latest);
    CoordinationMatrix matrix = matrices.coordinationMatrix(date, window);
    AuditNote.attach(request, AuditNote.size(matrix.cells().size()));
    return codes.visible(authentication, matrix, CoordinationMatrix.class);
  }
}
