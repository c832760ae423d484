package org.sgnet.webhooks;

import java.time.Duration;

/**
 * How the dispatcher works ({@code sgnet.webhooks.*}).
 *
 * @param poll how often it looks for new changes and due deliveries
 * @param backoff the waits between attempts at one delivery
 * @param maxAttempts after this many failed attempts a delivery is FAILED and the next one goes; 0
 *     for never
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for an answer
 */
public record DispatchSettings(
    Duration poll,
    Backoff backoff,
    int maxAttempts,
    Duration connectTimeout,
    Duration requestTimeout) {

  /** The defaults: poll every second, 1 s to 10 min back-off, 100 attempts, 5 s and 10 s. */
  public static DispatchSettings defaults() {
    return new DispatchSettings(
        Duration.ofSeconds(1),
        new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10)),
        100,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10));
  }
}
