package org.sgnet.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one request did.
 *
 * @param time when it was answered
 * @param user who asked ({@code anonymous} when nobody logged in)
 * @param roles the user's roles
 * @param method the HTTP method
 * @param route the route template, such as {@code /api/children/{id}/network}
 * @param path the path as requested
 * @param query the named query run, or {@code null}
 * @param params the parameters, personal values already masked
 * @param status the HTTP status answered
 * @param allowed whether the request was let through (not refused 401 or 403)
 * @param size how many items the answer held, or {@code null} when that has no meaning
 * @param change for corrections, the record before and after, else {@code null}
 * @param event what happened beside the request itself ({@code lockout}, {@code unlock}, {@code
 *     revoke}), or {@code null} for a plain request
 */
public record AuditEntry(
    Instant time,
    String user,
    List<String> roles,
    String method,
    String route,
    String path,
    String query,
    Map<String, String> params,
    int status,
    boolean allowed,
    Long size,
    Map<String, Map<String, Object>> change,
    String event) {}
