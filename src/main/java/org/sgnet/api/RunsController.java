package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.runs.Change;
import org.sgnet.runs.ChangePage;
import org.sgnet.runs.FindingRecord;
import org.sgnet.runs.RunRecord;
import org.sgnet.runs.Runs;
import org.sgnet.runs.Status;
import org.sgnet.security.AuditNote;

/**
 * Recorded runs, the findings they keep, their triage and the change feed. ANALYST and ADMIN record
 * runs and triage; every role that reads findings reads these, a REVIEWER with the children of
 * keys, ids and messages under the exports' codes (as {@code GET /api/findings}).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(RunRecord.class)
@SerdeImport(FindingRecord.class)
@SerdeImport(Change.class)
@SerdeImport(ChangePage.class)
class RunsController {

  /** What a run may set: its as-of date, window and engine; the thresholds are the defaults. */
  @Serdeable
  record RunRequest(@Nullable String asOf, @Nullable Integer window, @Nullable String engine) {}

  /** A triage: the new status (or none to keep it), a reason (required to dismiss), a note. */
  @Serdeable
  record TriageRequest(@Nullable String status, @Nullable String reason, @Nullable String note) {}

  private final Runs runs;
  private final RunRecorder recorder;
  private final RuleDefaults defaults;
  private final PersonCodes codes;
  private final JsonMapper json;

  RunsController(
      Runs runs, RunRecorder recorder, RuleDefaults defaults, PersonCodes codes, JsonMapper json) {
    this.runs = runs;
    this.recorder = recorder;
    this.defaults = defaults;
    this.codes = codes;
    this.json = json;
  }

  @Operation(
      summary = "Run the whole catalogue and record the run",
      description =
          "The body may set asOf, window and engine. Findings are kept under stable keys: new ones"
              + " open, those no longer found resolve, those found again reopen. 409 while an"
              + " import runs.")
  @Post("/runs")
  @Secured({ADMIN, ANALYST})
  RunRecord record(Authentication authentication, @Body @Nullable RunRequest body) {
    RunRequest r = body == null ? new RunRequest(null, null, null) : body;
    RuleOptions.Builder b = defaults.options().toBuilder();
    if (r.asOf() != null && !r.asOf().isBlank()) {
      b.asOf(Dates.parse("asOf", r.asOf()));
    }
    if (r.window() != null) {
      b.windowDays(r.window());
    }
    Engine engine = r.engine() == null || r.engine().isBlank() ? null : Engine.parse(r.engine());
    return recorder.record(b.build(), engine, authentication.getName());
  }

  @Operation(summary = "The recorded runs, oldest first")
  @Get(uri = "/runs", produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  List<RunRecord> list() {
    return runs.runs();
  }

  @Operation(
      summary = "The findings recorded runs keep, with their triage",
      description =
          "status= narrows to a triage status (new, confirmed, dismissed, actioned), open= to"
              + " those the last run found (true) or no longer found (false), newSince=RUN to"
              + " those that run did not find, child=ID to those about that child.")
  @Get(
      uri = "/findings/records{?status,open,newSince,child}",
      produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> records(
      Authentication authentication,
      @QueryValue @Nullable String status,
      @QueryValue @Nullable Boolean open,
      @QueryValue @Nullable String newSince,
      @QueryValue @Nullable String child) {
    return coded(
        authentication,
        runs.findings(
            status == null ? null : Status.parse(status),
            open,
            newSince,
            codes.childId(authentication, child)));
  }

  @Operation(
      summary = "Triage a finding",
      description =
          "status: new, confirmed, dismissed (needs a reason) or actioned; a note alone keeps the"
              + " status. Kept in the finding's history and the audit trail. 404 for an unknown"
              + " key.")
  @Post("/findings/{key}/triage")
  @Secured({ADMIN, ANALYST})
  Change triage(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String key,
      @Body TriageRequest body) {
    Change change =
        runs.triage(
            key,
            body.status() == null || body.status().isBlank() ? null : Status.parse(body.status()),
            body.reason(),
            body.note(),
            authentication.getName());
    // The audit line keeps the status; reasons and notes are free text, kept in the history.
    AuditNote.attach(
        request,
        new AuditNote(
            null, Map.of(), 1L, Map.of("after", Map.of("status", change.status())), "triage"));
    return change;
  }

  @Operation(summary = "Every change to a finding, oldest first, with who and when")
  @Get(uri = "/findings/{key}/history", produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> history(Authentication authentication, @PathVariable String key) {
    return coded(authentication, runs.history(codes.findingKey(authentication, key)));
  }

  @Operation(
      summary = "The change feed",
      description =
          "Every finding opened, triaged (CHANGED), resolved or reopened after the cursor, in"
              + " order: {after, next, more, changes}. Ask again with after=next; limit 1 to 1000,"
              + " default 100.")
  @Get(uri = "/findings/changes{?after,limit}", produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> changes(
      Authentication authentication,
      @QueryValue @Nullable String after,
      @QueryValue @Nullable String limit) {
    Integer from = FindingsController.number("after", after);
    Integer most = FindingsController.number("limit", limit);
    return coded(authentication, runs.changes(from == null ? 0 : from, most == null ? 100 : most));
  }

  /** The answer as JSON, coded for a role that sees people under codes. */
  private HttpResponse<byte[]> coded(Authentication authentication, Object answer) {
    try {
      byte[] body = json.writeValueAsBytes(answer);
      return HttpResponse.ok(codes.visibleRecords(authentication, body))
          .contentType(MediaType.APPLICATION_JSON_TYPE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
