package org.sgnet.webhooks;

import java.util.List;

/**
 * A registered webhook as it is shown: never its secret, only the secret's fingerprint.
 *
 * @param id the registration's id
 * @param url where changes are POSTed ({@code http} or {@code https})
 * @param events the kinds of change sent (OPENED, CHANGED, RESOLVED, REOPENED)
 * @param names whether payloads carry the store's ids instead of codes
 * @param fingerprint the first 12 hex digits of the secret's SHA-256, to tell secrets apart
 * @param createdBy who registered it
 * @param createdAt when (UTC, ISO-8601)
 * @param active false once removed
 * @param cursor the last change of the feed turned into a delivery or passed over
 * @param removedBy who removed it, or {@code null}
 * @param removedAt when, or {@code null}
 */
public record Webhook(
    String id,
    String url,
    List<String> events,
    boolean names,
    String fingerprint,
    String createdBy,
    String createdAt,
    boolean active,
    long cursor,
    String removedBy,
    String removedAt) {

  public Webhook {
    events = List.copyOf(events);
  }
}
