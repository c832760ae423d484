package org.sgnet.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Keeps {@code /health} DOWN (HTTP 503) until the server has done what it does before it serves:
 * {@code sgnet demo} loads its case and makes its users, so that a client that waits for UP finds
 * them there. The command line starts the server with {@code sgnet.server.starting=true} and calls
 * {@link #ready()} when it is done; a server started any other way is ready at once.
 */
@Singleton
public final class Readiness implements HealthIndicator {

  private volatile boolean ready;

  Readiness(@Value("${sgnet.server.starting:false}") boolean starting) {
    this.ready = !starting;
  }

  /** Says that the server is ready: {@code /health} is UP from now on (as far as this goes). */
  public void ready() {
    ready = true;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(
        HealthResult.builder("readiness", ready ? HealthStatus.UP : HealthStatus.DOWN).build());
  }
}
