package org.sgnet.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Duration;
import java.util.List;
import org.reactivestreams.Publisher;
import org.sgnet.security.LoginRefusal;

/**
 * Answers 429 with {@code Retry-After} where a login was refused for too many failed attempts (or
 * for want of hashing capacity), in place of the 401 Micronaut Security gives every failed login.
 * The one place that does it, for HTTP Basic and {@code /api/token} alike; the body names no user.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class LoginRefusalFilter implements HttpServerFilter {

  @Override
  public int getOrder() {
    // Inside the audit filter (which then records the 429), outside the security filter.
    return ServerFilterPhase.SECURITY.before() - 5;
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    return Publishers.map(
        chain.proceed(request),
        response ->
            response.code() == HttpStatus.UNAUTHORIZED.getCode()
                ? LoginRefusal.of(request)
                    .<MutableHttpResponse<?>>map(LoginRefusalFilter::tooManyAttempts)
                    .orElse(response)
                : response);
  }

  /** The answer to a login refused for a while. */
  static MutableHttpResponse<Problem> tooManyAttempts(Duration retryAfter) {
    long seconds = retryAfter.toSeconds();
    return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(seconds))
        .contentType(ProblemHandler.PROBLEM_JSON)
        .body(
            new Problem(
                "urn:sgnet:problem:too-many-attempts",
                "Too many attempts",
                HttpStatus.TOO_MANY_REQUESTS.getCode(),
                "too many failed logins for this name, or too many at once; try again in "
                    + seconds
                    + " s",
                List.of()));
  }
}
