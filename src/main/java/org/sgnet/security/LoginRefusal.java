package org.sgnet.security;

import io.micronaut.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Marks a request whose login was refused for too many attempts, so that the edge answers 429 with
 * {@code Retry-After} instead of the 401 that Micronaut Security gives every failed login.
 */
public final class LoginRefusal {

  private static final String ATTRIBUTE = "sgnet.login.retry-after";

  private LoginRefusal() {}

  static void mark(HttpRequest<?> request, Duration retryAfter) {
    request.setAttribute(ATTRIBUTE, retryAfter);
  }

  /** How long the caller must wait, when the request's login was refused for too many attempts. */
  public static Optional<Duration> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, Duration.class);
  }
}
