package org.sgnet.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sgnet.SgnetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the webhooks' deliveries, on one background thread of the served process: it turns new
 * changes into deliveries, then POSTs each webhook's due deliveries one at a time in the feed's
 * order. An answer 2xx delivers; any other answer, a refused connection or a timeout is tried again
 * after the back-off. Redirects are not followed: only the URL an ADMIN registered is called.
 */
public final class Dispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** Most deliveries sent to one webhook per round, so that one busy webhook does not hold all. */
  private static final int ROUND = 100;

  private final Webhooks webhooks;
  private final ChildCodes codes;
  private final DispatchSettings settings;
  private final HttpClient http;
  private final ScheduledExecutorService thread;
  private volatile boolean stopping;

  public Dispatcher(Webhooks webhooks, ChildCodes codes, DispatchSettings settings) {
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.codes = Objects.requireNonNull(codes, "codes");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sgnet-webhooks");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the rounds, one every poll interval. */
  public void start() {
    long poll = settings.poll().toMillis();
    thread.scheduleWithFixedDelay(this::safeRound, poll, poll, TimeUnit.MILLISECONDS);
  }

  /**
   * Stops promptly: the round under way ends after its current step; a POST still waiting after a
   * second is interrupted, and its delivery, not recorded as made, goes again after the next start.
   * The store's transactions are not interrupted (the driver would retry them, and delay the stop).
   */
  @Override
  public void close() {
    stopping = true;
    thread.shutdown();
    try {
      if (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
        thread.shutdownNow();
        if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
          LOG.warn("The webhook dispatcher did not stop within 6 s");
        }
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void safeRound() {
    try {
      round();
    } catch (RuntimeException e) {
      // A round that fails (the store stopping, a lost connection) is tried again at the next
      // poll; what it did is in the store. The class and kind only: a message could carry data.
      LOG.warn(
          "A webhook round failed ({}{}); trying again in {} ms",
          e.getClass().getSimpleName(),
          e instanceof SgnetException s ? " " + s.kind() : "",
          settings.poll().toMillis());
    }
  }

  /** One round: new changes into deliveries, then every webhook's due deliveries. */
  void round() {
    for (Webhooks.Target target : webhooks.targets()) {
      if (stopping) {
        return;
      }
      webhooks.enqueue(target.id());
      for (int i = 0; i < ROUND && !stopping && !Thread.currentThread().isInterrupted(); i++) {
        Optional<Webhooks.Pending> next = webhooks.next(target.id());
        if (next.isEmpty()
            || Instant.parse(next.get().delivery().nextAttemptAt()).isAfter(webhooks.now())
            || !send(target, next.get())) {
          break;
        }
      }
    }
  }

  /** Makes one attempt at a delivery and records it; returns whether it was delivered. */
  private boolean send(Webhooks.Target target, Webhooks.Pending pending) {
    Delivery d = pending.delivery();
    byte[] body = Payload.of(d, pending.change(), target.names(), codes);
    long timestamp = webhooks.now().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(target.url()))
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "sgnet-webhooks")
            .header("Sgnet-Delivery", d.id())
            .header("Sgnet-Event", d.event())
            .header("Sgnet-Timestamp", Long.toString(timestamp))
            .header("Sgnet-Signature", Signature.sign(target.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    Integer status = null;
    String error = null;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      error = e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      // Stopping: the attempt is not recorded, so the delivery goes again after a restart.
      Thread.currentThread().interrupt();
      return false;
    }
    int attempts = d.attempts() + 1;
    if (status != null && status >= 200 && status < 300) {
      webhooks.attempt(d.id(), status, null, "DELIVERED", null);
      return true;
    }
    boolean giveUp = settings.maxAttempts() > 0 && attempts >= settings.maxAttempts();
    Instant next = webhooks.now().plus(settings.backoff().after(attempts));
    webhooks.attempt(d.id(), status, error, giveUp ? "FAILED" : "PENDING", giveUp ? null : next);
    LOG.warn(
        "Webhook {} delivery {} attempt {} failed ({}){}",
        target.id(),
        d.id(),
        attempts,
        status != null ? "HTTP " + status : error,
        giveUp ? "; given up" : "; next at " + next);
    return false;
  }
}
