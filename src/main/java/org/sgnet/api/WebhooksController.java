package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.security.AuditNote;
import org.sgnet.webhooks.Delivery;
import org.sgnet.webhooks.Webhook;
import org.sgnet.webhooks.Webhooks;

/**
 * Webhooks, for administrators only: registering one, listing them (never a secret), removing one
 * and reading its delivery log. Registrations and removals are in the audit trail.
 */
@Controller("/api/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(ADMIN)
@SerdeImport(Webhook.class)
@SerdeImport(Delivery.class)
class WebhooksController {

  /** A registration: where, the secret to sign with, the kinds of change, ids instead of codes. */
  @Serdeable
  record Registration(
      @Nullable String url,
      @Nullable String secret,
      @Nullable List<String> events,
      @Nullable Boolean names) {}

  private final Webhooks webhooks;

  WebhooksController(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  @Operation(
      summary = "Register a webhook",
      description =
          "url: http(s) with a host; secret: at least 16 characters, never shown again; events:"
              + " opened, changed, resolved, reopened; names: true sends the store's child ids"
              + " instead of codes. Only changes after the registration are sent. 201 with the"
              + " webhook.")
  @Post
  HttpResponse<Webhook> register(
      HttpRequest<?> request, Authentication authentication, @Body Registration body) {
    boolean names = Boolean.TRUE.equals(body.names());
    if (names && PersonCodes.codedFor(authentication)) {
      // Defence in depth: only ADMIN reaches here today, and ADMIN may read person records.
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "names: your role sees children under codes only");
    }
    Webhook w =
        webhooks.register(
            body.url(), body.secret(), body.events(), names, authentication.getName());
    AuditNote.attach(
        request,
        new AuditNote(
            null,
            Map.of(),
            null,
            Map.of(
                "after",
                Map.of(
                    "id", w.id(),
                    "events", w.events(),
                    "names", w.names(),
                    "fingerprint", w.fingerprint())),
            "webhook-add"));
    return HttpResponse.created(w);
  }

  @Operation(summary = "The webhooks, removed ones too, with their secrets' fingerprints")
  @Get
  List<Webhook> list() {
    return webhooks.list();
  }

  @Operation(
      summary = "Remove a webhook",
      description = "It is not called again and its pending deliveries are cancelled. 404 if none.")
  @Delete("/{id}")
  Webhook remove(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    Webhook removed = webhooks.remove(id, authentication.getName());
    AuditNote.attach(request, AuditNote.event("webhook-remove"));
    return removed;
  }

  @Operation(
      summary = "A webhook's delivery log",
      description =
          "Its deliveries of changes after the cursor, in the feed's order, with attempts, the"
              + " last HTTP status or error, and the last ten outcomes. limit 1 to 1000, default"
              + " 100; ask again with after= the last seq.")
  @Get("/{id}/deliveries{?after,limit}")
  List<Delivery> deliveries(
      @PathVariable String id,
      @QueryValue @Nullable String after,
      @QueryValue @Nullable String limit) {
    Integer from = FindingsController.number("after", after);
    Integer most = FindingsController.number("limit", limit);
    return webhooks.deliveries(id, from == null ? 0 : from, most == null ? 100 : most);
  }
}
