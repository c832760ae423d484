package org.sgnet.webhooks;

import java.util.List;

/**
 * One change to send to one webhook, and what became of it: an entry of the delivery log.
 *
 * @param id the delivery's id, sent as the {@code Sgnet-Delivery} header (the same on every retry)
 * @param webhookId the webhook
 * @param seq the change's number in the feed
 * @param event the change's kind
 * @param status PENDING, DELIVERED, FAILED (given up after the most attempts) or CANCELLED (the
 *     webhook was removed first)
 * @param attempts how many POSTs were made
 * @param lastStatus the HTTP status of the last answer, or {@code null} when none came
 * @param lastError the class of the last error when no answer came (refused, timed out), or null
 * @param nextAttemptAt when a pending delivery is tried next (UTC, ISO-8601)
 * @param createdAt when the delivery was created from the feed
 * @param updatedAt when it last changed
 * @param deliveredAt when the receiver accepted it, or {@code null}
 * @param outcomes the last ten attempts, each {@code TIME HTTP 500} or {@code TIME ErrorClass}
 */
public record Delivery(
    String id,
    String webhookId,
    long seq,
    String event,
    String status,
    int attempts,
    Integer lastStatus,
    String lastError,
    String nextAttemptAt,
    String createdAt,
    String updatedAt,
    String deliveredAt,
    List<String> outcomes) {

  public Delivery {
    outcomes = List.copyOf(outcomes);
  }
}
