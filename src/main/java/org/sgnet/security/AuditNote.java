package org.sgnet.security;

import io.micronaut.http.HttpRequest;
import java.util.Map;

/**
 * What a controller adds to the audit line of its request: the named query it ran, parameters from
 * the body, how many items it answered, or the before and after of a correction.
 *
 * @param query the named query, or {@code null}
 * @param params body parameters (masked by the audit filter like query parameters)
 * @param size the number of items answered, or {@code null}
 * @param change before and after of a correction, or {@code null}
 * @param event what the request did beyond being answered ({@code unlock}, {@code revoke}, {@code
 *     triage}), or {@code null}
 */
public record AuditNote(
    String query,
    Map<String, String> params,
    Long size,
    Map<String, Map<String, Object>> change,
    String event) {

  static final String ATTRIBUTE = "sgnet.audit.note";

  /** Attaches a note to the request being answered. */
  public static void attach(HttpRequest<?> request, AuditNote note) {
    request.setAttribute(ATTRIBUTE, note);
  }

  /** A note that only names the event the request caused. */
  public static AuditNote event(String event) {
    return new AuditNote(null, Map.of(), null, null, event);
  }

  /** A note that only says how many items were answered. */
  public static AuditNote size(long size) {
    return new AuditNote(null, Map.of(), size, null, null);
  }
}
