package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import org.sgnet.export.ExportFormat;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.export.NetworkExporter;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.security.AuditNote;
import org.sgnet.store.Store;

/** Exports of the network, whole or one child's part, identifiable or pseudonymised. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

  private final GraphSnapshotReader reader;
  private final Pseudonymiser pseudonymiser;

  ExportController(Store store, Pseudonymiser pseudonymiser) {
    this.reader = new GraphSnapshotReader(store);
    this.pseudonymiser = pseudonymiser;
  }

  @Operation(
      summary = "Export the network",
      description =
          "GraphML, JSON or a CSV case bundle (zip), of the whole network or one child's part."
              + " Pseudonymised exports replace names and ids with stable codes and drop birth"
              + " dates and free text; identifiable exports need the ANALYST role. With"
              + " namedAgencies=true a pseudonymised export keeps agencies' ids and names (as"
              + " /api/agencies gives them to every role) and codes only people and events.")
  @Get("/export{?format,child,pseudonymise,namedAgencies}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> export(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "json") String format,
      @QueryValue(defaultValue = "") String child,
      @QueryValue(defaultValue = "false") boolean pseudonymise,
      @QueryValue(defaultValue = "false") boolean namedAgencies) {
    if (!pseudonymise && !authentication.getRoles().contains(ANALYST)) {
      throw new AuthorizationException(authentication);
    }
    ExportFormat f = ExportFormat.parse(format);
    GraphSnapshot snapshot =
        child.isBlank()
            ? reader.snapshot()
            : Found.or404(reader.childSnapshot(child), "child", child);
    if (pseudonymise) {
      snapshot = pseudonymiser.apply(snapshot, namedAgencies);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkExporter.write(f, snapshot, out);
    AuditNote.attach(request, AuditNote.size(snapshot.nodes().size()));
    String name =
        (child.isBlank() ? "sgnet-network" : "sgnet-child")
            + (pseudonymise ? "-pseudonymised" : "")
            + switch (f) {
              case GRAPHML -> ".graphml";
              case JSON -> ".json";
              case CSV -> ".zip";
            };
    String type =
        switch (f) {
          case GRAPHML -> "application/graphml+xml";
          case JSON -> "application/json";
          case CSV -> "application/zip";
        };
    return HttpResponse.ok(out.toByteArray())
        .contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
